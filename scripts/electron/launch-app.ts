// Runs `electron-vite preview|dev` on the resolved Electron executable and returns the app's own exit code. Must not import electron.
import { spawn } from 'node:child_process';
import { resolveExecutable } from './electron-executable';
import { oldNodeNote, type ProvisionOptions } from './provision';

export interface LaunchOptions extends ProvisionOptions {
  command: 'preview' | 'dev';
  /** Passed on to electron-vite (e.g. `--skipBuild`, or `-- --password-store=basic` for Electron). */
  args: readonly string[];
  /** The project electron-vite runs in (it starts Electron with entry `.` from there). */
  cwd: string;
  /** electron-vite's CLI script. */
  electronViteCli: string;
  /** Where the one failure line goes. */
  report: (line: string) => void;
}

/** 1 with one line when no executable can be had; otherwise whatever electron-vite (hence the app) exits with. */
export async function launchApp(options: LaunchOptions): Promise<number> {
  const executable = resolveExecutable(options);
  if (!executable.ok) {
    options.report(executable.line);
    return 1;
  }
  // A failed provisioning already says which Node it needs (provision.ts nodeHint); a start that can go on says it here.
  const note = oldNodeNote(options.nodeVersion);
  if (note !== null) options.report(note);
  const child = spawn(process.execPath, [options.electronViteCli, options.command, ...options.args], {
    cwd: options.cwd,
    env: { ...options.env, ELECTRON_EXEC_PATH: executable.path },
    stdio: 'inherit',
  });
  // Stay alive on Ctrl+C / SIGTERM and pass them on, so the app's exit code is the one we return.
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  const handlers = signals.map((signal) => ({ signal, handler: () => child.kill(signal) }));
  for (const { signal, handler } of handlers) process.on(signal, handler);
  try {
    return await new Promise<number>((resolve) => {
      child.once('error', (error) => {
        options.report(`akool-vault: could not run electron-vite: ${error.message}`);
        resolve(1);
      });
      // A signal death has no code: report it as a failure, never as success.
      child.once('close', (code) => resolve(code ?? 1));
    });
  } finally {
    for (const { signal, handler } of handlers) process.off(signal, handler);
  }
}
