// Proves checkApiPath passes plain paths under /api/open/ with their query, and refuses other forms, other paths and every traversal trick.
import { describe, expect, it } from 'vitest';
import { checkApiPath } from '../../../../main/node/proxy/api-path';

describe('checkApiPath', () => {
  it('passes a plain path under /api/open/ and keeps its query apart, untouched', () => {
    expect(checkApiPath('/api/open/v3/faceswap/quota/info')).toEqual({ ok: true, path: '/api/open/v3/faceswap/quota/info', query: '' });
    expect(checkApiPath('/api/open/v3/list?page=2&q=%2F..%2F')).toEqual({ ok: true, path: '/api/open/v3/list', query: '?page=2&q=%2F..%2F' });
    expect(checkApiPath('/api/open/v3/x/')).toEqual({ ok: true, path: '/api/open/v3/x/', query: '' });
    expect(checkApiPath('/api/open/v3/a%20b;c=d')).toMatchObject({ ok: true });
  });

  it.each(['http://evil.test/api/open/v3/x', 'HTTP://127.0.0.1:1/api/open/x', 'evil.test:443', '*', '', 'api/open/v3/x'])(
    'refuses %j as not origin-form',
    (target) => expect(checkApiPath(target)).toEqual({ ok: false, code: 'not-origin-form' }),
  );

  it.each([
    '/api/open/../../admin',
    '/api/open/v3/../../../etc/passwd',
    '/api/open/./v3/x',
    '/api/open/v3/..',
    '/api/open/..;/admin',
    '/api/open/.%2e/admin',
    '/api/open/%2e%2e/admin',
    '/api/open/%2E%2E/admin',
    '/api/open/v3%2f..%2f..%2fadmin',
    '/api/open/v3%2F..%2Fadmin',
    '/api/open/v3%5c..%5cadmin',
    '/api/open/v3\\..\\admin',
    '/api/open/%252e%252e/admin',
    '/api/open/v3%00x',
    '/api/open/v3%0d%0aX-Injected:1',
    '/api/open/v3%',
    '/api/open/v3%zz',
    '/api/open//v3/x',
    '//evil.test/api/open/v3/x',
    '/api/open/v3/x#frag',
    '/api/open/v3/é',
    '/api/open/v3/a b',
  ])('refuses %j as a bad path', (target) => expect(checkApiPath(target)).toEqual({ ok: false, code: 'bad-path' }));

  it.each(['/', '/api/open', '/api/open/', '/api/v3/x', '/API/open/v3/x', '/api/opener/x', '/x/api/open/v3', '/api/open?/v3'])(
    'refuses %j as outside /api/open/',
    (target) => expect(checkApiPath(target)).toEqual({ ok: false, code: 'outside-api' }),
  );
});
