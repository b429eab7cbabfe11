// Proves the Electron browser adapter hands shell.openExternal only an address on the guide list.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openInBrowser } from '../../../main/platform/browser';

const opened = vi.hoisted(() => ({ urls: [] as string[] }));
vi.mock('electron', () => ({ shell: { openExternal: async (url: string) => void opened.urls.push(url) } }));

describe('openInBrowser (Electron shell)', () => {
  beforeEach(() => {
    opened.urls = [];
  });

  it('opens the listed guide', async () => {
    await openInBrowser('https://docs.akool.com/authentication/usage');
    expect(opened.urls).toEqual(['https://docs.akool.com/authentication/usage']);
  });

  it.each(['https://evil.example/', 'file:///etc/passwd', 'https://docs.akool.com/authentication/usage/../../x'])(
    'refuses %j before shell.openExternal sees it',
    async (url) => {
      await expect(openInBrowser(url)).rejects.toThrow(/not on the guide list/);
      expect(opened.urls).toEqual([]);
    },
  );
});
