// Runs git for the scan under Node without a shell or prompts; standard output is cut at a byte limit (the process is then stopped). Must not import electron.
import { spawn } from 'node:child_process';
import type { GitAnswer, GitRunner } from '../core/scan/scan-ports';

export function createGitRunner(gitPath = 'git'): GitRunner {
  return {
    run: (cwd, args, maxBytes) =>
      new Promise<GitAnswer>((resolve) => {
        const child = spawn(gitPath, ['-c', 'core.quotepath=off', ...args], {
          cwd,
          stdio: ['ignore', 'pipe', 'ignore'],
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
        });
        const chunks: Buffer[] = [];
        let bytes = 0;
        let truncated = false;
        child.stdout.on('data', (chunk: Buffer) => {
          if (truncated) return;
          const room = maxBytes - bytes;
          if (chunk.length > room) {
            chunks.push(chunk.subarray(0, room));
            bytes = maxBytes;
            truncated = true;
            child.kill();
            return;
          }
          chunks.push(chunk);
          bytes += chunk.length;
        });
        child.on('error', (error) => resolve({ ok: false, reason: error.message }));
        child.on('close', (code) => {
          if (code === 0 || truncated) resolve({ ok: true, stdout: Buffer.concat(chunks).toString('utf8'), truncated });
          else resolve({ ok: false, reason: `git ${args[0] ?? ''} exited with ${code ?? 'a signal'}` });
        });
      }),
  };
}
