// In-memory Clipboard for the harness and tests; only Node code holding the object can read it. Must not import electron.
import type { Clipboard } from '../core/ports';

export function createMemoryClipboard(): Clipboard & { text(): string } {
  let content = '';
  return {
    readText: async () => content,
    writeText: async (text) => {
      content = text;
    },
    clear: async () => {
      content = '';
    },
    text: () => content,
  };
}
