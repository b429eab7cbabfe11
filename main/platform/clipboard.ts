// Clipboard port over Electron 45's asynchronous clipboard: a token is written with the platform's "do not keep" formats. Must not import core services.
import { clipboard, ClipboardItem } from 'electron';
import type { Clipboard } from '../core/ports';
import { concealedTextEntry, concealmentFormats } from './clipboard-concealment';

/**
 * writeText commits text/plain and the concealment formats in one atomic clipboard.write (electron.d.ts
 * `Clipboard.write`: "All entries supplied in a single `write()` call are committed to the system clipboard
 * atomically"; electron/electron docs/api/clipboard.md). Should the platform refuse a raw format, the write is retried
 * as plain text and reported as `concealed: false`: the copy must still work, and the window and log say it is
 * unprotected. readText and write resolve once done (Promise<string> / Promise<void>); clear() is synchronous in the
 * d.ts (`clear(): void`), so the port's promise settles after the clipboard is empty.
 */
export function createSystemClipboard(platform: NodeJS.Platform = process.platform): Clipboard {
  return {
    readText: () => clipboard.readText(),
    writeText: async (text) => {
      try {
        await clipboard.write([new ClipboardItem(concealedTextEntry(text, platform))]);
        // A platform without a "do not keep" format (e.g. FreeBSD) wrote plain text only.
        return { concealed: Object.keys(concealmentFormats(platform)).length > 0 };
      } catch {
        await clipboard.writeText(text);
        return { concealed: false };
      }
    },
    clear: async () => clipboard.clear(),
  };
}
