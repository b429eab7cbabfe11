// Proves the window gets a base URL's host in Unicode only beside its ASCII form: a look-alike host cannot pass for Akool's.
import { describe, expect, it } from 'vitest';
import { normalizeBaseUrl } from '../../../../main/core/akool/base-url';
import { unicodeBaseUrl } from '../../../../main/core/akool/host-display';

const normalized = (input: string): string => {
  const base = normalizeBaseUrl(input);
  if (!base.ok) throw new Error(base.reason);
  return base.url;
};

describe('unicodeBaseUrl', () => {
  it('tells a Cyrillic look-alike of openapi.akool.com apart by its punycode form', () => {
    const lookAlike = normalized('https://openapi.\u0430kool.com/v1/');
    expect(lookAlike).toBe('https://openapi.xn--kool-43d.com/v1');
    expect(unicodeBaseUrl(lookAlike)).toBe('https://openapi.\u0430kool.com/v1');
    expect(unicodeBaseUrl(lookAlike)).not.toBe('https://openapi.akool.com/v1');
  });

  it('keeps the port and path, and leaves an ASCII host as it is', () => {
    expect(unicodeBaseUrl(normalized('https://b\u00fccher.example:8443/api'))).toBe('https://b\u00fccher.example:8443/api');
    expect(unicodeBaseUrl('https://openapi.akool.com')).toBe('https://openapi.akool.com');
    expect(unicodeBaseUrl('http://127.0.0.1:4010')).toBe('http://127.0.0.1:4010');
  });

  it('returns text that is not a normalized URL unchanged', () => {
    expect(unicodeBaseUrl('not a url')).toBe('not a url');
    expect(unicodeBaseUrl('HTTPS://xn--bcher-kva.example/')).toBe('HTTPS://xn--bcher-kva.example/');
  });
});
