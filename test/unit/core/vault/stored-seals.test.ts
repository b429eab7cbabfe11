// Proves the lenient reading of a vault file's ciphertexts: only strings inside objects count, digests name the set whatever the file's order, and a seal that does not open is no seal from marker times.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sealDigest } from '../../../../main/core/vault/generation-marker';
import { envelopeText } from '../../../../main/core/vault/seal-envelope';
import { sealSecret } from '../../../../main/core/vault/secret-vault';
import { createSealDigests, holdsSealFromMarkerTimes, storedSeals } from '../../../../main/core/vault/stored-seals';
import { createAesGcmCipher } from '../../../../main/node/aes-gcm-cipher';

const binding = { accountId: 'account', kind: 'akool-vault/client-secret', baseUrl: 'https://openapi.akool.com', clientId: 'c' };

describe('storedSeals', () => {
  it.each([
    ['no secrets field', {}],
    ['secrets null', { secrets: null }],
    ['secrets a string', { secrets: 'sealed' }],
    ['a service that is a string', { secrets: { 'akool-vault/token': 'sealed' } }],
    ['a service that is null', { secrets: { 'akool-vault/token': null } }],
    ['seals that are not strings', { secrets: { 'akool-vault/token': { a: 1, b: null, c: { d: 'e' } } } }],
  ])('holds no seal in a file with %s (another program\'s doing)', (_name, document) => {
    expect(storedSeals(document)).toEqual([]);
  });

  it('holds every string of every service, and only those', () => {
    expect(storedSeals({ secrets: { one: { a: 'A', b: 2 }, two: { c: 'C' } } })).toEqual(['A', 'C']);
  });
});

describe('createSealDigests', () => {
  it('names the set of seals: the same seals listed in another order (a file rewritten by another program) give the same digests', () => {
    const digests = createSealDigests();
    const listed = digests({ secrets: { one: { a: 'A', b: 'B' }, two: { c: 'C' } } });
    const reordered = createSealDigests()({ secrets: { two: { c: 'C' }, one: { b: 'B', a: 'A' } } });
    expect(reordered).toEqual(listed);
    expect(new Set(listed)).toEqual(new Set(['A', 'B', 'C'].map(sealDigest)));
  });
});

describe('holdsSealFromMarkerTimes', () => {
  it('reads a seal the cipher cannot open (another keyring) as none from marker times, and still finds one that opens', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const foreign = await sealSecret(createAesGcmCipher(randomBytes(32)), envelopeText(binding, 'secret'));
    expect(await holdsSealFromMarkerTimes(cipher, { secrets: { svc: { a: foreign } } })).toBe(false);
    const own = await sealSecret(cipher, envelopeText(binding, 'secret'));
    expect(await holdsSealFromMarkerTimes(cipher, { secrets: { svc: { a: foreign, b: own } } })).toBe(true);
  });
});
