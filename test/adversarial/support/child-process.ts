// Runs a bundled child in plain Node and follows its stdout line by line. Must not import main/.
import { spawn } from 'node:child_process';

export interface Child {
  readonly lines: readonly string[];
  /** Resolves at the first line (seen or to come) that matches. */
  waitFor(match: (line: string) => boolean): Promise<string>;
  /** Resolves once the process is gone and its stdout fully read. */
  readonly closed: Promise<void>;
  kill(signal: NodeJS.Signals): void;
}

export function startChild(script: string, args: readonly string[]): Child {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
  const lines: string[] = [];
  const waiters: Array<{ match: (line: string) => boolean; resolve: (line: string) => void }> = [];
  let pending = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of [...waiters]) {
        if (!waiter.match(line)) continue;
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return {
    lines,
    waitFor: (match) => {
      const seen = lines.find(match);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise<string>((resolve, reject) => {
        waiters.push({ match, resolve });
        void closed.then(() => reject(new Error(`the child ended without the expected line; last: ${lines.at(-1) ?? '(none)'}`)));
      });
    },
    closed,
    kill: (signal) => void child.kill(signal),
  };
}
