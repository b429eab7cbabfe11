// Proves the app:// scheme gets a real secure origin and no privilege beyond it.
import { describe, expect, it } from 'vitest';
import { appEntryUrl, appOrigin, appSchemeDefinition } from '../../../main/platform/app-scheme';

describe('app scheme', () => {
  it('is standard and secure, so the bundle has an origin and a secure context', () => {
    expect(appSchemeDefinition.scheme).toBe('app');
    expect(appSchemeDefinition.privileges).toMatchObject({ standard: true, secure: true });
  });

  it('grants no fetch, CORS, CSP bypass, service workers, streaming, code cache or extensions', () => {
    expect(appSchemeDefinition.privileges).toMatchObject({
      supportFetchAPI: false,
      corsEnabled: false,
      bypassCSP: false,
      allowServiceWorkers: false,
      stream: false,
      codeCache: false,
      allowExtensions: false,
    });
  });

  it('names the entry page under the trusted origin', () => {
    expect(appOrigin).toBe('app://akool-vault');
    expect(appEntryUrl).toBe('app://akool-vault/index.html');
  });
});
