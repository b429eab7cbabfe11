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
