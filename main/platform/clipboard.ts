// Clipboard port over Electron 45's asynchronous clipboard: a token is written with the platform's "do not keep" formats. Must not import core services.
import { clipboard, ClipboardItem } from 'electron';
import type { Clipboard } from '../core/ports';
import { concealedTextEntry, concealmentFormats } from './clipboard-concealment';

/**
 * writeText commits text/plain and the concealment formats in one atomic clipboard.write (electron.d.ts
 * `Clipboard.write`: "All entries supplied in a single `write()` call are committed to the system clipboard
 * atomically"). That write resolves whatever the platform kept: it rejects only for an argument that is not a
 * ClipboardItem (electron/electron v45.0.0-nightly.20260821 shell/browser/api/electron_api_clipboard.cc:333-371,
 * raw formats go through ScopedClipboardWriter::WriteUnsafeRawData, electron_api_clipboard_item.cc:68-76). So each
 * concealment format is read back with `has`, which lists the raw formats now on the clipboard
 * (electron_api_clipboard.cc:80-195, EnumerateAvailableTypes, and :236-250): the copy counts as concealed only when
 * all of them are there. A format that is missing (dropped by the platform, or the clipboard was taken over by a
 * manager that copied the text only) makes it `concealed: false`, which the window and the log then say.
 * readText, write and has resolve once done; clear() is synchronous in the d.ts (`clear(): void`), so the port's
 * promise settles after the clipboard is empty.
 */
export function createSystemClipboard(platform: NodeJS.Platform = process.platform): Clipboard {
  return {
    readText: () => clipboard.readText(),
    writeText: async (text) => {
      await clipboard.write([new ClipboardItem(concealedTextEntry(text, platform))]);
      // A platform without a "do not keep" format (e.g. FreeBSD) wrote plain text only.
      const formats = Object.keys(concealmentFormats(platform));
      const kept = await Promise.all(formats.map((format) => clipboard.has(format)));
      return { concealed: formats.length > 0 && kept.every(Boolean) };
    },
    clear: async () => clipboard.clear(),
  };
}
