// Turns a failed start into one safe sentence for a native error box, the log and stderr; never the error's own message. Must not import electron.
import { ownField } from '../core/shared/json-object';
import type { Logger } from '../core/ports';

export const startupFailureTitle = 'akool-vault could not start';

/** A refusal whose message is our own text, written to be shown as is (e.g. a refused switch, a bad data directory). */
export class StartupRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupRefusal';
  }
}

const systemCode = /^E[A-Z0-9]{1,24}$/;
const errorName = /^[A-Za-z][A-Za-z0-9]{0,39}$/;
const maxPathLength = 400;

function ownString(value: object, key: string): string | null {
  const field = ownField(value, key);
  return typeof field === 'string' ? field : null;
}

/**
 * What went wrong, from fields that cannot carry a secret: our own refusal text, a system error's code and path
 * (e.g. `EACCES`, `/home/…/akool-vault`), or the error's class name. An arbitrary error message could quote a request
 * or a stored value, so it is never used.
 */
export function describeStartupFailure(error: unknown): string {
  if (error instanceof StartupRefusal) return error.message;
  if (typeof error === 'object' && error !== null) {
    const code = ownString(error, 'code');
    const path = ownString(error, 'path');
    if (code !== null && systemCode.test(code)) {
      const where = path === null ? '' : `: ${path.replace(/[\p{Cc}]/gu, '?').slice(0, maxPathLength)}`;
      return `A file or folder it needs could not be used (${code})${where}.`;
    }
  }
  const name = error instanceof Error && errorName.test(error.name) ? error.name : 'unknown error';
  return `An unexpected error stopped it (${name}).`;
}

export interface StartupFailureSinks {
  /** Opens the app's log and returns it with its path; may throw (e.g. the data directory is the problem). */
  openLog(): { logger: Logger; path: string };
  writeStderr(line: string): void;
  /** Electron's dialog.showErrorBox: synchronous, returns once the user closed it. */
  showErrorBox(title: string, content: string): void;
}

/** Writes the reason to the log (when it can be opened) and stderr, then shows it in the error box, saying where the log is. */
export function reportStartupFailure(error: unknown, sinks: StartupFailureSinks): string {
  const reason = describeStartupFailure(error);
  let logPath: string | null = null;
  try {
    const log = sinks.openLog();
    log.logger.error('akool-vault failed to start', { reason });
    logPath = log.path;
  } catch {
    // The log lives in the data directory, which may be what failed; stderr and the box still say it.
  }
  sinks.writeStderr(`akool-vault failed to start: ${reason}\n`);
  const content = logPath === null ? reason : `${reason}\n\nThis was also written to ${logPath}.`;
  sinks.showErrorBox(startupFailureTitle, content);
  return content;
}

/**
 * True where dialog.showErrorBox shows a window before `ready`: macOS runs an NSAlert and Windows a task dialog at
 * once, while Linux only prints the text to stderr until ready (electron/electron v45.0.0-nightly.20260821
 * shell/browser/ui/message_box_mac.mm:195-201, message_box_win.cc:349-353, message_box_gtk.cc:260-280).
 */
export const errorBoxIsWindowBeforeReady = (platform: NodeJS.Platform): boolean => platform !== 'linux';

/**
 * A refusal stops the app before `ready`, never after it: Electron starts the --remote-debugging-port endpoint in
 * PreMainMessageLoopRun, just before it emits `ready` (shell/browser/electron_browser_main_parts.cc:509-519,
 * shell/browser/browser.cc:250-255), and only
 * once the main script's top level has run (node_bindings_->JoinAppCode(), electron_browser_main_parts.cc:300-303).
 * app.exit() before the message loop exits the process at once (shell/browser/browser.cc:140-147), so a refused switch
 * never gets a listening endpoint. The reason goes to the log and stderr, and to the error box where it is a window.
 */
export function refuseBeforeReady(refusal: StartupRefusal, sinks: StartupFailureSinks & { platform: NodeJS.Platform; exit(code: number): void }): void {
  try {
    reportStartupFailure(refusal, {
      openLog: sinks.openLog,
      writeStderr: sinks.writeStderr,
      showErrorBox: errorBoxIsWindowBeforeReady(sinks.platform) ? sinks.showErrorBox : () => undefined,
    });
  } catch {
    // Only the box can throw here (openLog's failure is caught inside); stderr already has the reason.
  }
  sinks.exit(1);
}
