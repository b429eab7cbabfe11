// Chooses the extra clipboard formats that ask clipboard managers and history not to keep a copied token, per platform. Must not import electron.

/** Electron 45's custom format for a raw, platform-specific clipboard format (see its clipboard docs). */
export const rawClipboardFormat = (name: string): string => `electron application/osclipboard;format="${name}"`;

/** A Windows clipboard DWORD 0: "no" for CanIncludeInClipboardHistory and CanUploadToCloudClipboard. */
const dwordZero = (): Blob => new Blob([new Uint8Array(4)]);

/**
 * Raw formats written together with the text, by platform:
 * - Linux: `x-kde-passwordManagerHint: secret` (Klipper and other history tools that honour it skip the entry);
 * - Windows: `ExcludeClipboardContentFromMonitorProcessing` (monitors skip it), and DWORD 0 for
 *   `CanIncludeInClipboardHistory` and `CanUploadToCloudClipboard` (Win+V history and cloud sync skip it);
 * - macOS: `org.nspasteboard.ConcealedType` (the nspasteboard.org marker pasteboard managers honour).
 * Other platforms get none.
 */
export function concealmentFormats(platform: NodeJS.Platform): Record<string, string | Blob> {
  if (platform === 'linux') return { [rawClipboardFormat('x-kde-passwordManagerHint')]: 'secret' };
  if (platform === 'darwin') return { [rawClipboardFormat('org.nspasteboard.ConcealedType')]: 'secret' };
  if (platform === 'win32') {
    return {
      [rawClipboardFormat('ExcludeClipboardContentFromMonitorProcessing')]: dwordZero(),
      [rawClipboardFormat('CanIncludeInClipboardHistory')]: dwordZero(),
      [rawClipboardFormat('CanUploadToCloudClipboard')]: dwordZero(),
    };
  }
  return {};
}

/** One clipboard entry: the text as text/plain plus the platform's concealment formats, committed together. */
export function concealedTextEntry(text: string, platform: NodeJS.Platform): Record<string, string | Blob> {
  return { 'text/plain': text, ...concealmentFormats(platform) };
}
