// Proves each platform's clipboard entry carries the token as text plus exactly its "do not keep" formats, as Electron 45 raw formats.
import { describe, expect, it } from 'vitest';
import { concealedTextEntry, concealmentFormats, rawClipboardFormat } from '../../../main/platform/clipboard-concealment';

const token = 'eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl';

async function bytes(value: string | Blob | undefined): Promise<number[]> {
  if (!(value instanceof Blob)) throw new Error('expected a Blob payload');
  return [...new Uint8Array(await value.arrayBuffer())];
}

describe('rawClipboardFormat', () => {
  it('names a platform format the way Electron 45 expects', () => {
    expect(rawClipboardFormat('x-kde-passwordManagerHint')).toBe(
      'electron application/osclipboard;format="x-kde-passwordManagerHint"',
    );
  });
});

describe('concealedTextEntry', () => {
  it('Linux: the KDE password-manager hint "secret"', () => {
    expect(concealedTextEntry(token, 'linux')).toEqual({
      'text/plain': token,
      'electron application/osclipboard;format="x-kde-passwordManagerHint"': 'secret',
    });
  });

  it('macOS: the nspasteboard.org concealed type', () => {
    expect(concealedTextEntry(token, 'darwin')).toEqual({
      'text/plain': token,
      'electron application/osclipboard;format="org.nspasteboard.ConcealedType"': 'secret',
    });
  });

  it('Windows: excluded from monitors, history and cloud sync, each as a DWORD 0', async () => {
    const entry = concealedTextEntry(token, 'win32');

    expect(Object.keys(entry)).toEqual([
      'text/plain',
      'electron application/osclipboard;format="ExcludeClipboardContentFromMonitorProcessing"',
      'electron application/osclipboard;format="CanIncludeInClipboardHistory"',
      'electron application/osclipboard;format="CanUploadToCloudClipboard"',
    ]);
    expect(entry['text/plain']).toBe(token);
    for (const name of ['ExcludeClipboardContentFromMonitorProcessing', 'CanIncludeInClipboardHistory', 'CanUploadToCloudClipboard']) {
      expect(await bytes(entry[rawClipboardFormat(name)]), name).toEqual([0, 0, 0, 0]);
    }
  });

  it('other platforms: the text alone', () => {
    expect(concealedTextEntry(token, 'freebsd')).toEqual({ 'text/plain': token });
    expect(concealmentFormats('aix')).toEqual({});
  });

  it('never puts the token into a concealment format', async () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      for (const value of Object.values(concealmentFormats(platform))) {
        const text = typeof value === 'string' ? value : await value.text();
        expect(text, platform).not.toContain(token);
      }
    }
  });
});
