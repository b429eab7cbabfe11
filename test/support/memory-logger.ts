// A Logger that keeps every line in memory so tests can search the logs for canaries.
import type { Logger } from '../../main/core/ports';
import { createConsoleLogger } from '../../main/node/console-logger';

export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(createConsoleLogger((line) => lines.push(line)), { lines });
}
