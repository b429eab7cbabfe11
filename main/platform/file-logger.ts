// Logger port writing one redacted JSON line per entry to a 0600 file; a failed write is dropped, never thrown. Must not import electron.
import { appendFileSync, chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LogFields, Logger } from '../core/ports';
import { createRedactingLogger } from '../core/redaction/redacting-logger';

type Level = 'info' | 'warn' | 'error';

/** One log line; fields stay in their own object so they cannot overwrite time, level or message. */
export function formatLogLine(time: number, level: Level, message: string, fields: LogFields | undefined): string {
  return `${JSON.stringify({ time: new Date(time).toISOString(), level, message, ...(fields ? { fields } : {}) })}\n`;
}

/** Creates the directory (0700) and the file (0600, also tightening an existing one); every entry passes the redacting logger. */
export function createFileLogger(filePath: string, now: () => number = Date.now): Logger {
  mkdirSync(dirname(filePath), { recursive: true, mode: 0o700 });
  closeSync(openSync(filePath, 'a', 0o600));
  chmodSync(filePath, 0o600);
  const write = (level: Level, message: string, fields?: LogFields): void => {
    try {
      appendFileSync(filePath, formatLogLine(now(), level, message, fields), { mode: 0o600 });
    } catch {
      // A full disk or a removed directory must not take the vault down; the entry is lost.
    }
  };
  return createRedactingLogger({
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  });
}
