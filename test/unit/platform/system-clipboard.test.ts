// Proves the Electron clipboard adapter reports a copy as concealed only when every concealment format is read back from the clipboard after the write.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { concealmentFormats } from '../../../main/platform/clipboard-concealment';

/** A stand-in for Electron 45's clipboard: `write` resolves whatever it keeps, as the real one does. */
const fake = vi.hoisted(() => {
  const state = { text: '', formats: new Set<string>(), drop: new Set<string>() };
  class ClipboardItem {
    constructor(readonly entry: Record<string, unknown>) {}
  }
  const clipboard = {
    write: async (items: ClipboardItem[]) => {
      state.formats = new Set(Object.keys(items[0]?.entry ?? {}).filter((format) => !state.drop.has(format)));
      state.text = String(items[0]?.entry['text/plain'] ?? '');
    },
    has: async (format: string) => state.formats.has(format),
    readText: async () => state.text,
    writeText: async (text: string) => {
      state.text = text;
      state.formats = new Set(['text/plain']);
    },
    clear: () => {
      state.text = '';
      state.formats = new Set();
    },
  };
  return { state, clipboard, ClipboardItem };
});
vi.mock('electron', () => ({ clipboard: fake.clipboard, ClipboardItem: fake.ClipboardItem }));

const { createSystemClipboard } = await import('../../../main/platform/clipboard');

beforeEach(() => {
  fake.state.drop = new Set();
});

describe('createSystemClipboard', () => {
  it.each(['linux', 'darwin', 'win32'] as const)('%s: concealed when every concealment format is on the clipboard after the write', async (platform) => {
    expect(await createSystemClipboard(platform).writeText('eyJ.token')).toEqual({ concealed: true });
    expect(fake.state.text).toBe('eyJ.token');
  });

  it('not concealed when the platform kept the text but dropped one format, though the write resolved', async () => {
    const [dropped] = Object.keys(concealmentFormats('win32'));
    fake.state.drop = new Set([dropped ?? '']);
    expect(await createSystemClipboard('win32').writeText('eyJ.token')).toEqual({ concealed: false });
    expect(fake.state.text).toBe('eyJ.token');
  });

  it('not concealed on a platform with no concealment format', async () => {
    expect(await createSystemClipboard('freebsd').writeText('eyJ.token')).toEqual({ concealed: false });
  });
});
