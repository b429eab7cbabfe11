// Proves where the window loads from and which single origin IPC then trusts.
import { describe, expect, it } from 'vitest';
import { resolveRendererLocation } from '../../../main/platform/renderer-location';

const bundled = { url: 'app://akool-vault/index.html', origin: 'app://akool-vault' };

describe('resolveRendererLocation', () => {
  it('always uses the bundle when packaged, whatever the environment says', () => {
    expect(resolveRendererLocation(true, 'http://localhost:5173')).toEqual(bundled);
    expect(resolveRendererLocation(true, 'https://evil.example/')).toEqual(bundled);
  });

  it('uses the bundle when unpackaged without a dev server', () => {
    expect(resolveRendererLocation(false, undefined)).toEqual(bundled);
    expect(resolveRendererLocation(false, '')).toEqual(bundled);
  });

  it('uses a dev server on this computer and trusts exactly its origin', () => {
    expect(resolveRendererLocation(false, 'http://localhost:5173/')).toEqual({
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
    });
    expect(resolveRendererLocation(false, 'http://127.0.0.1:5173').origin).toBe('http://127.0.0.1:5173');
  });

  it('refuses a dev server elsewhere, or a URL that is not http(s)', () => {
    for (const url of ['http://192.168.1.5:5173', 'https://localhost.evil.example/', 'file:///tmp/index.html', 'localhost:5173', 'nonsense']) {
      expect(() => resolveRendererLocation(false, url), url).toThrow(/ELECTRON_RENDERER_URL/);
    }
  });
});
