// Proves the marker opens only with the cipher that sealed its key and an intact MAC, refuses hostile content with a typed problem in linear time, and re-seals a rotated key.
import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { markerContent, maxMarkerSeals, newMarkerKey, openMarker, sealDigest, stateDigest, type MarkerBody } from '../../../../main/core/vault/generation-marker';
import { createAesGcmCipher } from '../../../../main/node/aes-gcm-cipher';

const body: MarkerBody = { generation: 7, committed: true, previous: 'a'.repeat(64), seals: [sealDigest('x'), sealDigest('y')].sort() };

describe('generation marker', () => {
  it('opens what it wrote, with the same body and key', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const key = await newMarkerKey(cipher);
    const opened = await openMarker(cipher, JSON.parse(JSON.stringify(markerContent(key, body))));
    expect(opened).toMatchObject({ ok: true, body, resealed: false });
    expect(opened.ok && opened.key.secret.equals(key.secret)).toBe(true);
  });

  it.each([
    ['a higher generation', { generation: 8 }],
    ['committed flipped', { committed: false }],
    ['another previous file', { previous: 'b'.repeat(64) }],
    ['a seal added', { seals: [...body.seals, sealDigest('z')] }],
  ])('refuses %s written without the key: the MAC does not match', async (_name, change) => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const content = markerContent(await newMarkerKey(cipher), body);
    expect(await openMarker(cipher, { ...content, ...change })).toEqual({ ok: false, problem: 'mac-mismatch' });
  });

  it('refuses a marker whose key another cipher sealed, or whose key is not a MAC key', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const foreign = markerContent(await newMarkerKey(createAesGcmCipher(randomBytes(32))), body);
    expect(await openMarker(cipher, foreign)).toEqual({ ok: false, problem: 'key-unopened' });
    for (const plainText of ['short', `x${'a'.repeat(64)}`, `${'a'.repeat(64)}x`]) {
      const notAKey = { ...markerContent(await newMarkerKey(cipher), body), key: Buffer.from(await cipher.encrypt(plainText)).toString('base64') };
      expect(await openMarker(cipher, notAKey)).toEqual({ ok: false, problem: 'key-unopened' });
    }
  });

  it.each([
    ['not an object', 'text'],
    ['another version', { v: 2 }],
    ['an extra field', { extra: 1 }],
    ['a negative generation', { generation: -1 }],
    ['a seal digest of the wrong shape', { seals: ['zz'] }],
    ['a previous digest of the wrong shape', { previous: 'zz' }],
    ['a MAC of the wrong shape', { mac: 'zz' }],
    ['a key with a character base64 does not have first', { key: `!${'A'.repeat(40)}` }],
    ['a key with a character base64 does not have last', { key: `${'A'.repeat(40)}!` }],
    ['too many seals', { seals: Array.from({ length: maxMarkerSeals + 1 }, () => '0'.repeat(32)) }],
  ])('refuses %s as malformed, without decrypting', async (_name, change) => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const content = typeof change === 'string' ? change : { ...markerContent(await newMarkerKey(cipher), body), ...change };
    let decrypted = 0;
    const counting = { ...cipher, decrypt: (data: Uint8Array) => ((decrypted += 1), cipher.decrypt(data)) };
    expect(await openMarker(counting, content)).toEqual({ ok: false, problem: 'malformed' });
    expect(decrypted).toBe(0);
  });

  it('seals a rotated key again and says so', async () => {
    const oldKey = randomBytes(32);
    const content = markerContent(await newMarkerKey(createAesGcmCipher(oldKey)), body);
    const rotated = createAesGcmCipher(randomBytes(32), undefined, { previousKeys: [oldKey] });
    const opened = await openMarker(rotated, content);
    expect(opened).toMatchObject({ ok: true, resealed: true });
    if (!opened.ok) return;
    expect(await openMarker(rotated, markerContent(opened.key, body))).toMatchObject({ ok: true, resealed: false });
  });

  it('digests: a seal digest is 32 hex characters and tells seals apart; a state digest changes with the generation and every seal', () => {
    expect(sealDigest('abc')).toMatch(/^[0-9a-f]{32}$/);
    expect(sealDigest('abc')).not.toBe(sealDigest('abd'));
    const seals = [sealDigest('x'), sealDigest('y')];
    expect(stateDigest(3, seals)).toMatch(/^[0-9a-f]{64}$/);
    expect(stateDigest(3, seals)).toBe(stateDigest(3, [...seals]));
    expect(stateDigest(4, seals)).not.toBe(stateDigest(3, seals));
    expect(stateDigest(3, seals.slice(1))).not.toBe(stateDigest(3, seals));
  });
  it('a MAC over the same fields without the marker\'s own label is refused: no other HMAC made with the key can pass for one', async () => {
    const cipher = createAesGcmCipher(randomBytes(32));
    const key = await newMarkerKey(cipher);
    const unlabelled = createHmac('sha256', key.secret)
      .update(JSON.stringify(['', 1, body.generation, body.committed, body.previous, body.seals]), 'utf8')
      .digest('hex');
    expect(await openMarker(cipher, { ...markerContent(key, body), mac: unlabelled })).toEqual({ ok: false, problem: 'mac-mismatch' });
  });
});
