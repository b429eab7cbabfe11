// Proves every URL credential in a printed line is removed, as the WHATWG URL parser would split it, and nothing else changes.
import { describe, expect, it } from 'vitest';
import { cannotStartLine, postinstallLine } from '../../../scripts/electron/provision-messages';
import { withoutUrlCredentials } from '../../../scripts/electron/url-credentials';

describe('withoutUrlCredentials', () => {
  it('removes user:password@ and user@ from every URL in the line', () => {
    expect(withoutUrlCredentials('for https://u:tok@mirror.example/a and http://tok2@h:8080/b')).toBe(
      'for https://***@mirror.example/a and http://***@h:8080/b',
    );
  });

  it('removes up to the last @ of the authority, where the URL parser splits the userinfo', () => {
    const line = 'GET https://user:p@ss@mirror.example/x';
    expect(new URL('https://user:p@ss@mirror.example/x').hostname).toBe('mirror.example');
    expect(withoutUrlCredentials(line)).toBe('GET https://***@mirror.example/x');
  });

  it('leaves an @ in the path, query or fragment, and URLs without credentials, as they are', () => {
    for (const line of ['https://mirror.example/@scope/pkg', 'https://h/x?to=a@b', 'https://h#a@b', 'see //h/ and me@example.com', 'no url here']) {
      expect(withoutUrlCredentials(line), line).toBe(line);
    }
  });

  it('is applied to the lines the install step and npm start print', () => {
    const reason = 'downloading Electron 45.4.1 failed: HTTPError for https://ci:secret-canary@mirror.example/e.zip';
    expect(postinstallLine({ state: 'failed', reason })).not.toContain('secret-canary');
    expect(postinstallLine({ state: 'skipped', reason })).not.toContain('secret-canary');
    expect(cannotStartLine(reason)).not.toContain('secret-canary');
    expect(cannotStartLine(reason)).toContain('https://***@mirror.example/e.zip');
  });
});
