// Proves the file logger writes one private JSON line per entry and survives a broken sink.
import { chmodSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileLogger, formatLogLine } from '../../../main/platform/file-logger';
import { makeTempDir } from '../../support/temp-dir';

const posix = process.platform !== 'win32';
let dir: ReturnType<typeof makeTempDir>;

beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => dir.remove());

const lines = (path: string): unknown[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));

describe('formatLogLine', () => {
  it('keeps fields apart so they cannot overwrite level or message', () => {
    const line = formatLogLine(0, 'warn', 'checked', { level: 'info', message: 'forged', channel: 'vault:getState' });
    expect(JSON.parse(line)).toEqual({
      time: '1970-01-01T00:00:00.000Z',
      level: 'warn',
      message: 'checked',
      fields: { level: 'info', message: 'forged', channel: 'vault:getState' },
    });
  });

  it('stays on one line whatever the message holds', () => {
    const line = formatLogLine(0, 'info', 'two\nlines\r\u2028', undefined);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(/[\n\r]/);
  });
});

describe('createFileLogger', () => {
  it('creates missing directories and appends one JSON line per entry', () => {
    const path = join(dir.path, 'logs', 'nested', 'akool-vault.log');
    const logger = createFileLogger(path, () => Date.UTC(2030, 0, 2));
    logger.info('started');
    logger.warn('refused', { channel: 'vault:addAccount' });
    logger.error('failed', { code: 500, retry: false, id: null });
    expect(lines(path)).toEqual([
      { time: '2030-01-02T00:00:00.000Z', level: 'info', message: 'started' },
      { time: '2030-01-02T00:00:00.000Z', level: 'warn', message: 'refused', fields: { channel: 'vault:addAccount' } },
      { time: '2030-01-02T00:00:00.000Z', level: 'error', message: 'failed', fields: { code: 500, retry: false, id: null } },
    ]);
  });

  it.runIf(posix)('creates the file 0600 and tightens an existing one', () => {
    const fresh = join(dir.path, 'fresh.log');
    createFileLogger(fresh).info('x');
    expect(statSync(fresh).mode & 0o777).toBe(0o600);

    const loose = join(dir.path, 'loose.log');
    writeFileSync(loose, '');
    chmodSync(loose, 0o644);
    createFileLogger(loose).info('x');
    expect(statSync(loose).mode & 0o777).toBe(0o600);
  });

  it('keeps earlier entries of an existing file', () => {
    const path = join(dir.path, 'akool-vault.log');
    createFileLogger(path).info('first run');
    createFileLogger(path).info('second run');
    expect(lines(path)).toHaveLength(2);
  });

  it('does not throw when the log file can no longer be written', () => {
    const logs = join(dir.path, 'logs');
    const logger = createFileLogger(join(logs, 'akool-vault.log'));
    rmSync(logs, { recursive: true, force: true });
    writeFileSync(logs, 'now a file, not a directory');
    expect(() => logger.error('lost')).not.toThrow();
  });
});
