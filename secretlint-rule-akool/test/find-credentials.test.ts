// The rule's detection, case by case: each form found with its kind, each look-alike left alone, and no message that carries a value.
import { randomBytes } from 'node:crypto';
import { lintSource } from '@secretlint/core';
import { describe, expect, it } from 'vitest';
import { creator, findCredentials, findStorageWrites } from '../src/index.js';

/** Random values of the real shapes, new each run, so no expectation can be hard-coded. */
const clientId = (): string => randomBytes(16).toString('base64');
const secret = (): string => randomBytes(24).toString('base64');
const kindsIn = (text: string) => findCredentials(text).map((finding) => ({ kind: finding.kind, value: text.slice(finding.start, finding.end) }));

describe('findCredentials', () => {
  it('finds a value under an Akool name with the kind its name and shape give', () => {
    const [id, key] = [clientId(), secret()];
    expect(kindsIn(`AKOOL_CLIENT_ID=${id}\nAKOOL_API_KEY="${key}"\n`)).toEqual([
      { kind: 'client-id', value: id },
      { kind: 'api-key', value: key },
    ]);
  });

  it('finds a getToken body only in a file that mentions Akool', () => {
    const body = `fetch(u + "/getToken", { body: JSON.stringify({ clientSecret: "${secret()}" }) })`;
    expect(kindsIn(`// akool\n${body}`).map((row) => row.kind)).toEqual(['client-secret']);
    expect(kindsIn(body)).toEqual([]);
  });

  it('finds an x-api-key literal only in a file that talks to openapi.akool.com', () => {
    const header = `headers: { 'x-api-key': '${secret()}' }`;
    expect(kindsIn(`const base = "https://openapi.akool.com";\n${header}`).map((row) => row.kind)).toEqual(['api-key']);
    expect(kindsIn(`// akool video, but this call goes elsewhere\n${header}`)).toEqual([]);
  });

  it('leaves values shorter than the real shapes, placeholders and other names alone', () => {
    const key = secret();
    const text = `// akool\nAKOOL_API_KEY=${key.slice(0, 31)}\nAKOOL_API_KEY=your_akool_api_key_goes_right_here\nOTHER_API_KEY=${key}\nAKOOL_API_KEY=\${KEY}\n`;
    expect(kindsIn(text)).toEqual([]);
  });

  it('leaves mixed-case placeholders and other vendors\' keys alone even under Akool names or headers to Akool', () => {
    const text = [
      "const base = 'https://openapi.akool.com';",
      'AKOOL_API_KEY=Your0Akool1Api2Key3Goes4Here5Now6',
      "anthropic.headers = { 'x-api-key': 'sk-ant-api03-Hq3xL9vT2mW8nR4kP7sJ1dF6gY0cZ5bA' };",
      'AKOOL_SECRET_KEY=AKIAQ3XL9VT2MW8NR4KP7SJ1DF6GY0CZ5BA',
    ].join('\n');
    expect(kindsIn(text)).toEqual([]);
    expect(kindsIn(text.replace('sk-ant-api03-', 'Zt7').replace('AKIA', 'Zt7q'))).toHaveLength(2);
  });

  it('reports a JWT only under a token name or after Bearer', () => {
    const jwt = `eyJhbGciOiJIUzI1NiJ9.eyJ${randomBytes(24).toString('base64url')}.${randomBytes(32).toString('base64url')}`;
    expect(kindsIn(`AKOOL_TOKEN=${jwt}\nAKOOL_API_KEY=${jwt}\nAuthorization: Bearer ${jwt}`).map((row) => row.kind)).toEqual(['token', 'token']);
  });
});

describe('findStorageWrites', () => {
  it('finds setItem, property and index writes of credential names, not reads', () => {
    const text = "localStorage.setItem('akoolKey', k); sessionStorage.token = t; localStorage['x'] = 1; localStorage.getItem('akoolKey');";
    expect(findStorageWrites(text, true).map((write) => write.name)).toEqual(['akoolKey', 'token']);
    expect(findStorageWrites(text, false)).toEqual([]);
  });
});

describe('messages', () => {
  it('carry the fingerprint and never the value', async () => {
    const key = secret();
    const result = await lintSource({
      source: { filePath: 'a.env', content: `AKOOL_API_KEY=${key}\n`, ext: '.env', contentType: 'text' },
      options: { config: { rules: [{ id: 'secretlint-rule-akool', rule: creator }] } },
    });
    const [message] = result.messages;
    expect(message?.messageId).toBe('AKOOL_API_KEY');
    expect(JSON.stringify(result.messages)).not.toContain(key.slice(0, 8));
    expect(message?.message).toMatch(/sha256 [0-9a-f]{8}…/);
  });
});
