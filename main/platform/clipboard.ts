// Clipboard port over Electron 45's asynchronous clipboard: a token is written with the platform's "do not keep" formats. Must not import core services.
import { clipboard, ClipboardItem } from 'electron';
import type { Clipboard } from '../core/ports';
import { concealedTextEntry } from './clipboard-concealment';

/**
 * writeText commits text/plain and the concealment formats in one atomic clipboard.write. Should the platform refuse
 * a raw format, the write is retried as plain text: the copy must still work, only unconcealed.
 */
export function createSystemClipboard(platform: NodeJS.Platform = process.platform): Clipboard {
  return {
    readText: () => clipboard.readText(),
    writeText: async (text) => {
      try {
        await clipboard.write([new ClipboardItem(concealedTextEntry(text, platform))]);
      } catch {
        await clipboard.writeText(text);
      }
    },
    clear: async () => clipboard.clear(),
  };
}
