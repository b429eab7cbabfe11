// Logger writing one JSON line per entry to a sink (stdout by default). Must not import electron.
import type { LogFields, Logger } from '../core/ports';

export function createConsoleLogger(sink: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  const write = (level: string, message: string, fields?: LogFields): void =>
    sink(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }));
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}
