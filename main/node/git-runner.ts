// Runs git for the scan under Node with no shell; no prompts, no command and no file a scanned repository's config names; standard output is cut at a byte limit and the run at a time limit (the process is then stopped). Must not import electron.
import { spawn } from 'node:child_process';
import type { GitAnswer, GitRunner } from '../core/scan/scan-ports';
import { findSystemGit } from './git-path';

/**
 * A scanned folder's `.git/config` (or the repository a `.git` file points to) is the scanned project's, so nothing it
 * names may run. These settings override it (`-c` outranks every config file) for `ls-files` and `log -p`:
 * core.fsmonitor runs a hook on every index read; log.showSignature runs gpg.program; protocol.allow=never stops a
 * partial clone's lazy fetch from starting a transport (core.sshCommand, ext::); log.mailmap would read any file
 * mailmap.file names; log.showRoot=false would hide the first commit's lines; diff.orderFile and core.attributesFile
 * would be read by `log -p`, and a FIFO or /dev/zero
 * there makes git wait forever (git for Windows opens /dev/null as nul: compat/mingw.c, mingw_open). Textconv and
 * external diff drivers are refused by the log's own flags (git-history.ts). What no `-c` can override (an
 * include.path naming a FIFO blocks git while it reads its config) is ended by the time limit.
 */
export const neutralConfig: readonly string[] = [
  '-c', 'core.quotepath=off',
  '-c', 'core.fsmonitor=false',
  '-c', 'log.showSignature=false',
  '-c', 'log.mailmap=false',
  '-c', 'protocol.allow=never',
  '-c', 'log.showRoot=true',
  '-c', 'diff.orderFile=/dev/null',
  '-c', 'core.attributesFile=/dev/null',
];

/** How long one git run may take: far more than `log -p` needs for the commits and bytes the scan reads. */
export const gitTimeLimitMs = 120_000;

/** The caller's GIT_* variables (GIT_DIR, GIT_EXTERNAL_DIFF, GIT_CONFIG_PARAMETERS…) would point git elsewhere: drop them all. */
function gitEnvironment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toUpperCase().startsWith('GIT_')));
  // No pager runs either way (standard output is a pipe, and --no-pager); no prompt; no lazy fetching (git 2.44 and later).
  return { ...env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_NO_LAZY_FETCH: '1', LC_ALL: 'C' };
}

/** `gitPath` must be absolute: by default git is looked up once in PATH's absolute folders, never in `cwd`. */
export function createGitRunner(gitPath: () => string | null = findSystemGit, timeLimitMs = gitTimeLimitMs): GitRunner {
  let resolved: string | null | undefined;
  return {
    run: (cwd, args, maxBytes) =>
      new Promise<GitAnswer>((resolve) => {
        resolved ??= gitPath();
        if (resolved === null) {
          resolve({ ok: false, reason: 'git was not found in PATH' });
          return;
        }
        const child = spawn(resolved, ['--no-pager', ...neutralConfig, ...args], {
          cwd,
          stdio: ['ignore', 'pipe', 'ignore'],
          env: gitEnvironment(),
          windowsHide: true,
        });
        const chunks: Buffer[] = [];
        let bytes = 0;
        let done = false;
        /**
         * Answers once and lets go of the process: its pipe is closed here rather than awaited, since a git that is a
         * launcher (Git for Windows' cmd\git.exe) leaves the real git holding it after the kill.
         */
        const finish = (answer: GitAnswer): void => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          child.stdout.destroy();
          child.kill();
          resolve(answer);
        };
        const output = (truncated: boolean): GitAnswer => ({ ok: true, stdout: Buffer.concat(chunks).toString('utf8'), truncated });
        const timer = setTimeout(() => finish({ ok: false, reason: `git ${args[0] ?? ''} took longer than ${Math.round(timeLimitMs / 1000)} s`, timedOut: true }), timeLimitMs);
        child.stdout.on('data', (chunk: Buffer) => {
          const room = maxBytes - bytes;
          if (chunk.length > room) {
            chunks.push(chunk.subarray(0, room));
            bytes = maxBytes;
            finish(output(true));
            return;
          }
          chunks.push(chunk);
          bytes += chunk.length;
        });
        child.on('error', (error) => finish({ ok: false, reason: error.message }));
        child.on('close', (code) => {
          finish(code === 0 ? output(false) : { ok: false, reason: `git ${args[0] ?? ''} exited with ${code ?? 'a signal'}` });
        });
      }),
  };
}
