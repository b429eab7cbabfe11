// Proves the Http adapter reaches only https, or plain http on this computer.
import { describe, expect, it } from 'vitest';
import { isFetchableUrl } from '../../../main/platform/fetch-url-policy';

describe('isFetchableUrl', () => {
  it('allows https anywhere', () => {
    expect(isFetchableUrl('https://openapi.akool.com/api/open/v3/getToken')).toBe(true);
  });

  it('allows plain http only on loopback', () => {
    expect(isFetchableUrl('http://127.0.0.1:8787/api/open/v3/getToken')).toBe(true);
    expect(isFetchableUrl('http://localhost:8787/')).toBe(true);
    expect(isFetchableUrl('http://[::1]:8787/')).toBe(true);
    expect(isFetchableUrl('http://openapi.akool.com/')).toBe(false);
    expect(isFetchableUrl('http://127.0.0.1.evil.example/')).toBe(false);
    expect(isFetchableUrl('http://localhost.evil.example/')).toBe(false);
    expect(isFetchableUrl('http://notlocalhost/')).toBe(false);
    expect(isFetchableUrl('http://10.127.0.0.1/')).toBe(false);
  });

  it('refuses the schemes net.fetch would otherwise serve', () => {
    for (const url of ['file:///etc/passwd', 'app://akool-vault/index.html', 'data:text/plain,x', 'ftp://example.com/', 'blob:https://x/y']) {
      expect(isFetchableUrl(url), url).toBe(false);
    }
  });

  it('refuses credentials in the URL and malformed URLs', () => {
    expect(isFetchableUrl('https://user:pass@openapi.akool.com/')).toBe(false);
    expect(isFetchableUrl('not a url')).toBe(false);
  });
});
