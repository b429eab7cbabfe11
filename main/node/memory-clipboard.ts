// In-memory Clipboard for the harness and tests; only Node code holding the object can read it. Must not import electron.
import type { Clipboard } from '../core/ports';

export interface MemoryClipboard extends Clipboard {
  text(): string;
  /** From now on writes succeed only as plain text, as when the platform refuses the "do not keep" formats. */
  refuseConcealment(): void;
}

export function createMemoryClipboard(): MemoryClipboard {
  let content = '';
  let concealed = true;
  return {
    readText: async () => content,
    writeText: async (text) => {
      content = text;
      return { concealed };
    },
    clear: async () => {
      content = '';
    },
    text: () => content,
    refuseConcealment: () => {
      concealed = false;
    },
  };
}
