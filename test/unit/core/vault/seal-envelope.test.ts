// Proves a sealed envelope carries its binding, and that any edit of it (field, value or digest) makes it unbound.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { envelopeText, readEnvelope, sameBinding, type SealBinding } from '../../../../main/core/vault/seal-envelope';

const binding: SealBinding = {
  accountId: '6f1c2b8e-0d3a-4c55-9a43-3b8f1f0a2c11',
  kind: 'akool-vault/token',
  baseUrl: 'https://openapi.akool.com',
  clientId: 'client-1',
};

describe('seal envelope', () => {
  it('round-trips the value with its binding, whatever characters the value holds', () => {
    for (const value of ['s3cret', 'eyJhbGciOiJIUzI1NiJ9.e30.sig', 'quote " backslash \\ unicode ✓', '{"v":2}']) {
      expect(readEnvelope(envelopeText(binding, value))).toEqual({ kind: 'bound', binding, value, version: 3 });
    }
  });

  it.each([
    ['baseUrl', { baseUrl: 'http://127.0.0.1:9' }],
    ['clientId', { clientId: 'client-2' }],
    ['kind', { kind: 'akool-vault/client-secret' }],
    ['accountId', { accountId: '00000000-0000-4000-8000-000000000000' }],
  ])('an envelope whose %s was edited without fixing the digest is unbound', (_field, change) => {
    const edited = { ...JSON.parse(envelopeText(binding, 'value')), ...change };
    expect(readEnvelope(JSON.stringify(edited))).toEqual({ kind: 'unbound' });
  });

  it('an envelope whose value or digest was edited is unbound', () => {
    const original = JSON.parse(envelopeText(binding, 'value'));
    expect(readEnvelope(JSON.stringify({ ...original, value: 'other' }))).toEqual({ kind: 'unbound' });
    expect(readEnvelope(JSON.stringify({ ...original, digest: '0'.repeat(64) }))).toEqual({ kind: 'unbound' });
    expect(readEnvelope(JSON.stringify({ ...original, extra: 1 }))).toEqual({ kind: 'unbound' });
  });

  it('plain secrets of the pre-binding format, and damaged JSON, are unbound', () => {
    expect(readEnvelope('demo-secret-active')).toEqual({ kind: 'unbound' });
    expect(readEnvelope(envelopeText(binding, 'value').slice(0, -5))).toEqual({ kind: 'unbound' });
  });

  it('compares every bound field', () => {
    expect(sameBinding(binding, { ...binding })).toBe(true);
    for (const key of ['accountId', 'kind', 'baseUrl', 'clientId'] as const) {
      expect(sameBinding(binding, { ...binding, [key]: `${binding[key]}x` })).toBe(false);
    }
  });
  it('still opens a version-2 envelope (sealed before the generation marker) and says which version it is', () => {
    const { accountId, kind, baseUrl, clientId } = binding;
    const digest = createHash('sha256').update(JSON.stringify([2, accountId, kind, baseUrl, clientId, 'old']), 'utf8').digest('hex');
    const old = JSON.stringify({ v: 2, accountId, kind, baseUrl, clientId, value: 'old', digest });
    expect(readEnvelope(old)).toEqual({ kind: 'bound', binding, value: 'old', version: 2 });
    // The version is under the digest: relabelling a version-2 envelope as 3 unbinds it.
    expect(readEnvelope(old.replace('"v":2', '"v":3'))).toEqual({ kind: 'unbound' });
    expect(readEnvelope(old.replace('"v":2', '"v":4'))).toEqual({ kind: 'unbound' });
  });
});
