// Proves a failed start is described without the error's own text, written to the log (a real file) and stderr, and shown in the error box.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLogger } from '../../../main/platform/file-logger';
import {
  describeStartupFailure,
  errorBoxIsWindowBeforeReady,
  refuseBeforeReady,
  reportStartupFailure,
  StartupRefusal,
  startupFailureTitle,
} from '../../../main/platform/startup-failure';
import { useTempDirs } from '../../support/use-temp-dirs';

const canary = 'canary-secret-startup-4f9c';
const tempDir = useTempDirs();

function recordingSinks(openLog: () => { logger: ReturnType<typeof createFileLogger>; path: string }) {
  const boxes: { title: string; content: string }[] = [];
  const stderr: string[] = [];
  return {
    boxes,
    stderr,
    sinks: { openLog, writeStderr: (line: string) => void stderr.push(line), showErrorBox: (title: string, content: string) => void boxes.push({ title, content }) },
  };
}

describe('describeStartupFailure', () => {
  it('shows our own refusal text as it is', () => {
    expect(describeStartupFailure(new StartupRefusal('AKOOL_VAULT_DATA_DIR must be an absolute path.'))).toBe(
      'AKOOL_VAULT_DATA_DIR must be an absolute path.',
    );
  });

  it('names a system error by its code and path, not its message', () => {
    const error = Object.assign(new Error(`EACCES: permission denied ${canary}`), { code: 'EACCES', path: '/home/u/.config/akool-vault' });
    expect(describeStartupFailure(error)).toBe('A file or folder it needs could not be used (EACCES): /home/u/.config/akool-vault.');
  });

  it('never uses an arbitrary message, a malformed code or a strange name', () => {
    expect(describeStartupFailure(new TypeError(`bad ${canary}`))).toBe('An unexpected error stopped it (TypeError).');
    expect(describeStartupFailure(Object.assign(new Error('x'), { code: `E ${canary}` }))).toBe('An unexpected error stopped it (Error).');
    expect(describeStartupFailure(Object.assign(new Error('x'), { name: `Bad ${canary}` }))).toBe('An unexpected error stopped it (unknown error).');
    expect(describeStartupFailure(canary)).toBe('An unexpected error stopped it (unknown error).');
    expect(describeStartupFailure(null)).toBe('An unexpected error stopped it (unknown error).');
  });

  it('keeps control characters out of a path', () => {
    const error = Object.assign(new Error('x'), { code: 'ENOENT', path: '/tmp/a\nb' });
    expect(describeStartupFailure(error)).toBe('A file or folder it needs could not be used (ENOENT): /tmp/a?b.');
  });
});

describe('reportStartupFailure', () => {
  it('logs, writes stderr and shows the error box, naming the log file, with no canary anywhere', () => {
    const logPath = join(tempDir(), 'logs', 'akool-vault.log');
    const { boxes, stderr, sinks } = recordingSinks(() => ({ logger: createFileLogger(logPath), path: logPath }));
    const error = Object.assign(new Error(`open failed ${canary}`), { code: 'EROFS', path: '/data' });

    reportStartupFailure(error, sinks);

    const reason = 'A file or folder it needs could not be used (EROFS): /data.';
    expect(boxes).toEqual([{ title: startupFailureTitle, content: `${reason}\n\nThis was also written to ${logPath}.` }]);
    expect(stderr).toEqual([`akool-vault failed to start: ${reason}\n`]);
    const logged = readFileSync(logPath, 'utf8');
    expect(JSON.parse(logged)).toMatchObject({ level: 'error', message: 'akool-vault failed to start', fields: { reason } });
    expect([logged, ...stderr, JSON.stringify(boxes)].join('\n')).not.toContain(canary.slice(0, 6));
  });

  it('still shows the box and writes stderr when the log cannot be opened (the data directory is the problem)', () => {
    const blocker = join(tempDir(), 'not-a-directory');
    writeFileSync(blocker, '');
    const { boxes, stderr, sinks } = recordingSinks(() => ({ logger: createFileLogger(join(blocker, 'logs', 'x.log')), path: 'unused' }));

    reportStartupFailure(new StartupRefusal('Refused.'), sinks);

    expect(boxes).toEqual([{ title: startupFailureTitle, content: 'Refused.' }]);
    expect(stderr).toEqual(['akool-vault failed to start: Refused.\n']);
  });
});

describe('refuseBeforeReady', () => {
  const refusal = new StartupRefusal('akool-vault does not start with options that could expose your Akool credentials.');

  function run(platform: NodeJS.Platform, showErrorBox?: () => void) {
    const events: string[] = [];
    const { boxes, stderr, sinks } = recordingSinks(() => {
      throw new Error('no log');
    });
    const box = showErrorBox ?? sinks.showErrorBox;
    refuseBeforeReady(refusal, {
      ...sinks,
      writeStderr: (line) => {
        events.push('stderr');
        sinks.writeStderr(line);
      },
      showErrorBox: (title, content) => {
        events.push('box');
        box(title, content);
      },
      platform,
      exit: (code) => events.push(`exit ${code}`),
    });
    return { events, boxes, stderr };
  }

  it('writes stderr, then exits with 1, at once: no box on Linux, where before ready it would only repeat stderr', () => {
    const { events, boxes, stderr } = run('linux');
    expect(events).toEqual(['stderr', 'exit 1']);
    expect(boxes).toEqual([]);
    expect(stderr).toEqual([`akool-vault failed to start: ${refusal.message}\n`]);
  });

  it('shows the box first on macOS and Windows, where it is a window before ready', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const { events, boxes } = run(platform);
      expect(events).toEqual(['stderr', 'box', 'exit 1']);
      expect(boxes).toEqual([{ title: startupFailureTitle, content: refusal.message }]);
    }
    expect(errorBoxIsWindowBeforeReady('linux')).toBe(false);
  });

  it('exits with 1 even when the box throws', () => {
    const { events } = run('win32', () => {
      throw new Error('no box');
    });
    expect(events).toEqual(['stderr', 'box', 'exit 1']);
  });
});
