// Proves static paths stay inside the renderer build and get the right content types. Must not import main/.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveStaticPath } from '../../harness/static-files';

const root = resolve('/srv/renderer');

describe('resolveStaticPath', () => {
  it('maps paths inside the build', () => {
    expect(resolveStaticPath(root, '/assets/index-1.js')).toBe(join(root, 'assets', 'index-1.js'));
    expect(resolveStaticPath(root, '/assets/a%20b.css?v=2#x')).toBe(join(root, 'assets', 'a b.css'));
  });

  it('maps / and directories to index.html', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/?x=1')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/')).toBe(join(root, 'assets', 'index.html'));
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/assets/../index.html',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/%2E%2E%2Fpackage.json',
    '/..\\package.json',
    '/%5c..%5cpackage.json',
    '/index.html%00.js',
    '/%E0%A4%A',
    'index.html',
    'http://127.0.0.1/index.html',
  ])('refuses %j', (target) => {
    expect(resolveStaticPath(root, target)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['data.bin', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});
