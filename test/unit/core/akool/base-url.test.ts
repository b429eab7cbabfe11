// Proves the API base URL is https (http only on loopback), without credentials, query or fragment, and normalized.
import { describe, expect, it } from 'vitest';
import { defaultBaseUrl, normalizeBaseUrl } from '../../../../main/core/akool/base-url';

const accepted = (input: string | undefined): string => {
  const result = normalizeBaseUrl(input);
  if (!result.ok) throw new Error(`expected ${String(input)} to be accepted: ${result.reason}`);
  return result.url;
};

const refusal = (input: string): string => {
  const result = normalizeBaseUrl(input);
  if (result.ok) throw new Error(`expected ${input} to be refused, got ${result.url}`);
  return result.reason;
};

describe('normalizeBaseUrl', () => {
  it('uses the default for undefined, empty or blank input', () => {
    expect(defaultBaseUrl).toBe('https://openapi.akool.com');
    expect(accepted(undefined)).toBe(defaultBaseUrl);
    expect(accepted('')).toBe(defaultBaseUrl);
    expect(accepted('   ')).toBe(defaultBaseUrl);
  });

  it('accepts https and strips trailing slashes, keeping port and path', () => {
    expect(accepted('https://openapi.akool.com/')).toBe('https://openapi.akool.com');
    expect(accepted('https://Proxy.Example.com:8443/akool///')).toBe('https://proxy.example.com:8443/akool');
  });

  it('accepts plain http only for loopback hosts', () => {
    expect(accepted('http://127.0.0.1:5000/')).toBe('http://127.0.0.1:5000');
    expect(accepted('http://127.5.6.7')).toBe('http://127.5.6.7');
    expect(accepted('http://127.100.200.254')).toBe('http://127.100.200.254');
    expect(accepted('http://localhost:8080/base')).toBe('http://localhost:8080/base');
    expect(accepted('http://[::1]:9000')).toBe('http://[::1]:9000');
  });

  it('refuses plain http to any other host, including look-alikes', () => {
    for (const input of ['http://openapi.akool.com', 'http://127.0.0.1.evil.example', 'http://localhost.evil.example', 'http://10.0.0.1']) {
      expect(refusal(input)).toMatch(/https/);
    }
  });

  it('refuses other protocols and things that are not URLs', () => {
    expect(refusal('ftp://openapi.akool.com')).toMatch(/https:\/\//);
    expect(refusal('file:///etc/passwd')).toMatch(/https:\/\//);
    expect(refusal('openapi.akool.com')).toMatch(/not a valid URL/);
  });

  it('refuses a user name or password, a query and a fragment', () => {
    expect(refusal('https://user:pass@openapi.akool.com')).toMatch(/user name or password/);
    expect(refusal('https://user@openapi.akool.com')).toMatch(/user name or password/);
    expect(refusal('https://:pass@openapi.akool.com')).toMatch(/user name or password/);
    expect(refusal('https://openapi.akool.com/?x=1')).toMatch(/query/);
    expect(refusal('https://openapi.akool.com/#top')).toMatch(/fragment/);
  });

  it('refuses absurdly long input', () => {
    expect(refusal(`https://openapi.akool.com/${'a'.repeat(3000)}`)).toMatch(/too long/);
    const longest = `https://openapi.akool.com/${'a'.repeat(2048 - 'https://openapi.akool.com/'.length)}`;
    expect(longest).toHaveLength(2048);
    expect(accepted(longest)).toBe(longest);
    expect(refusal(`${longest}a`)).toMatch(/too long/);
  });

  it('accepts whitespace around the longest address, but refuses input padded past twice the limit before trimming it', () => {
    const longest = `https://openapi.akool.com/${'a'.repeat(2048 - 'https://openapi.akool.com/'.length)}`;
    expect(accepted(`  ${longest}\n`)).toBe(longest);
    expect(refusal(`https://openapi.akool.com${' '.repeat(4096)}`)).toMatch(/too long/);
  });
});
