// Reads the structured log the app under test wrote to its private data dir, and calls a bridge method from its page. Must not import app code.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { z } from 'zod';

const logLine = z.object({ message: z.string(), fields: z.record(z.string(), z.unknown()).optional() });
export type LogLine = z.infer<typeof logLine>;

/** The log lines the app wrote to its (private) data dir: AKOOL_VAULT_DATA_DIR also moves the logs there. */
export function logLines(dataDir: string): LogLine[] {
  const file = join(dataDir, 'logs', 'akool-vault.log');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => logLine.parse(JSON.parse(line)));
}

/** Calls one window.vault method in the page, as the renderer does; resolves with the envelope it returned. */
export async function callBridge(page: Page, method: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ([name, argument]) => {
      const vault: unknown = Reflect.get(globalThis, 'vault');
      const fn: unknown = typeof vault === 'object' && vault !== null ? Reflect.get(vault, name) : undefined;
      const reply: unknown = typeof fn === 'function' ? await Reflect.apply(fn, vault, [argument]) : 'no such method';
      return reply;
    },
    [method, input] as const,
  );
}
