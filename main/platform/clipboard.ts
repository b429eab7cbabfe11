// Clipboard port over Electron's system clipboard (text only; Electron 45's API is asynchronous). Must not import core services.
import { clipboard } from 'electron';
import type { Clipboard } from '../core/ports';

export function createSystemClipboard(): Clipboard {
  return {
    readText: () => clipboard.readText(),
    writeText: (text) => clipboard.writeText(text),
    clear: async () => clipboard.clear(),
  };
}
