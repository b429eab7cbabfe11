// Proves app:// requests map only to files inside the renderer bundle.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveBundleFile } from '../../../main/platform/bundle-path';

const root = join('/', 'opt', 'akool-vault', 'out', 'renderer');

describe('resolveBundleFile', () => {
  it('serves index.html for the root', () => {
    expect(resolveBundleFile(root, 'app://akool-vault/')).toBe(join(root, 'index.html'));
    expect(resolveBundleFile(root, 'app://akool-vault')).toBe(join(root, 'index.html'));
  });

  it('maps a path to the file under the root, ignoring query and fragment', () => {
    expect(resolveBundleFile(root, 'app://akool-vault/assets/index-4f2a.js')).toBe(join(root, 'assets', 'index-4f2a.js'));
    expect(resolveBundleFile(root, 'app://akool-vault/index.html?v=1#top')).toBe(join(root, 'index.html'));
  });

  it('decodes percent-encoding once', () => {
    expect(resolveBundleFile(root, 'app://akool-vault/a%20b.css')).toBe(join(root, 'a b.css'));
    expect(resolveBundleFile(root, 'app://akool-vault/a%2520b.css')).toBe(join(root, 'a%20b.css'));
  });

  it('refuses traversal, plain or encoded', () => {
    for (const url of [
      'app://akool-vault/..%2f..%2fetc%2fpasswd',
      'app://akool-vault/assets/..%2F..%2Fsecret',
      'app://akool-vault/%2e%2e%2fsecret',
      'app://akool-vault/%2e%2e%5csecret',
    ]) {
      expect(resolveBundleFile(root, url), url).toBeNull();
    }
  });

  it('keeps dot segments that URL parsing resolves clamped inside the root', () => {
    expect(resolveBundleFile(root, 'app://akool-vault/assets/../../../secret')).toBe(join(root, 'secret'));
    expect(resolveBundleFile(root, 'app://akool-vault/assets/%2e%2e/%2e%2e/secret')).toBe(join(root, 'secret'));
  });

  it('refuses encoded dot segments even when they would stay inside the root', () => {
    expect(resolveBundleFile(root, 'app://akool-vault/assets/..%2Findex.html')).toBeNull();
    expect(resolveBundleFile(root, 'app://akool-vault/assets/.%2Findex.html')).toBeNull();
  });

  it('refuses backslashes and NUL bytes', () => {
    expect(resolveBundleFile(root, 'app://akool-vault/..%5c..%5csecret')).toBeNull();
    expect(resolveBundleFile(root, 'app://akool-vault/index.html%00.png')).toBeNull();
  });

  it('refuses malformed percent-encoding', () => {
    expect(resolveBundleFile(root, 'app://akool-vault/%E0%A4%A')).toBeNull();
  });

  it('refuses other hosts, lookalikes, ports, credentials and schemes', () => {
    for (const url of [
      'app://other/index.html',
      'app://akool-vault.evil/index.html',
      'app://akool-vault:81/index.html',
      'app://me@akool-vault/index.html',
      'https://akool-vault/index.html',
      'file:///opt/akool-vault/out/renderer/index.html',
      'not a url',
    ]) {
      expect(resolveBundleFile(root, url), url).toBeNull();
    }
  });
});
