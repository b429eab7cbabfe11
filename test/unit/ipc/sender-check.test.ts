// Proves the IPC sender check admits only the vault's own top frame from an exact trusted origin.
import { describe, expect, it } from 'vitest';
import { isTrustedSender, untrustedSenderReply } from '../../../main/ipc/sender-check';

const trusted = ['app://akool-vault'] as const;
const top = (url: string) => ({ url, isMainFrame: true });

describe('isTrustedSender', () => {
  it('admits the top frame of the app origin, on any path', () => {
    expect(isTrustedSender(top('app://akool-vault/index.html'), trusted)).toBe(true);
    expect(isTrustedSender(top('app://akool-vault/'), trusted)).toBe(true);
    expect(isTrustedSender(top('app://akool-vault/index.html?x=1#y'), trusted)).toBe(true);
  });

  it('refuses a sub-frame even from the app origin', () => {
    expect(isTrustedSender({ url: 'app://akool-vault/index.html', isMainFrame: false }, trusted)).toBe(false);
  });

  it('refuses a missing frame', () => {
    expect(isTrustedSender(null, trusted)).toBe(false);
  });

  it('refuses other origins, schemes and ports', () => {
    for (const url of [
      'https://akool-vault/index.html',
      'http://localhost:5173/',
      'app://other/index.html',
      'app://akool-vault:8080/index.html',
      'https://openapi.akool.com/',
    ]) {
      expect(isTrustedSender(top(url), trusted), url).toBe(false);
    }
  });

  it('refuses lookalike hosts', () => {
    for (const url of ['app://akool-vault.evil/', 'app://evil.akool-vault/', 'app://akool-vault-evil/', 'app://akool-vault%2eevil/']) {
      expect(isTrustedSender(top(url), trusted), url).toBe(false);
    }
  });

  it('refuses credentials in the URL, even with the right host', () => {
    expect(isTrustedSender(top('app://user@akool-vault/'), trusted)).toBe(false);
    expect(isTrustedSender(top('app://:pw@akool-vault/'), trusted)).toBe(false);
    expect(isTrustedSender(top('app://user:pw@akool-vault/'), trusted)).toBe(false);
    expect(isTrustedSender(top('app://akool-vault@evil/'), trusted)).toBe(false);
  });

  it('refuses file:, about:, data: and blob: pages', () => {
    for (const url of ['file:///opt/akool-vault/index.html', 'about:blank', 'data:text/html,hi', 'blob:app://akool-vault/5f1c']) {
      expect(isTrustedSender(top(url), trusted), url).toBe(false);
    }
  });

  it('never trusts a URL without a host, even if such an origin were listed', () => {
    expect(isTrustedSender(top('file:///opt/akool-vault/index.html'), ['file://'])).toBe(false);
  });

  it('refuses malformed and empty URLs', () => {
    for (const url of ['', 'not a url', 'app://', '://akool-vault', 'http://[::1']) {
      expect(isTrustedSender(top(url), trusted), url).toBe(false);
    }
  });

  it('trusts nothing when no origin is trusted', () => {
    expect(isTrustedSender(top('app://akool-vault/index.html'), [])).toBe(false);
  });

  it('admits the dev server origin when that is the trusted one, and only it', () => {
    const dev = ['http://localhost:5173'];
    expect(isTrustedSender(top('http://localhost:5173/'), dev)).toBe(true);
    expect(isTrustedSender(top('http://localhost:5174/'), dev)).toBe(false);
    expect(isTrustedSender(top('app://akool-vault/index.html'), dev)).toBe(false);
  });
});

describe('untrustedSenderReply', () => {
  it('is a failed envelope that explains nothing', () => {
    expect(untrustedSenderReply).toEqual({ ok: false, error: { code: 'internal', message: 'Request refused.' } });
  });
});
