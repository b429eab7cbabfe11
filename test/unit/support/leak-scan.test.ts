// Proves the leak scan finds any 6-character run of a canary in each form a leak could take, the canary split by separators or entities, and nothing shorter.
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { findLeaks, leakRunLength } from '../../support/leak-scan';

const canary = 'Zq8/"w\\Rk3+ =&é%Tb7Yx2Lm9Pv4';

describe('findLeaks', () => {
  it.each([
    ['plain', canary.slice(2, 8)],
    ['URL-encoded', encodeURIComponent(canary).slice(3, 9)],
    ['JSON-escaped', JSON.stringify(canary).slice(4, 10)],
    ['base64', Buffer.from(canary).toString('base64').slice(8, 14)],
    ['base64url of a piece at another alignment', Buffer.from(canary.slice(1)).toString('base64url').slice(4, 10)],
    ['hex, upper-case', Buffer.from(canary).toString('hex').toUpperCase().slice(6, 18)],
  ])('finds a run of the %s form and says where, not what', (_form, run) => {
    const found = findLeaks(`before ${run} after`, [canary]);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).not.toContain(run);
  });

  it.each([
    ['7-character chunks, space-separated', canary.replace(/[^A-Za-z0-9]/g, '').replace(/(.{7})/g, '$1 ')],
    ['one character at a time with dashes', Array.from(canary).join('-')],
    ['zero-width-joined', Array.from(canary).join('\u200D')],
    ['HTML numeric entities', Array.from(canary, (character) => `&#${character.codePointAt(0) ?? 0};`).join('')],
    ['hex entities', Array.from(canary, (character) => `&#x${(character.codePointAt(0) ?? 0).toString(16)};`).join('')],
  ])('finds the canary split up as %s', (_form, text) => {
    expect(findLeaks(`before ${text} after`, [canary]).some((place) => place.includes('squeezed'))).toBe(true);
  });

  it('finds nothing in text holding only shorter runs', () => {
    const short = canary.slice(0, leakRunLength - 1);
    expect(findLeaks(`${short} ${canary.slice(8, 8 + leakRunLength - 1)} unrelated text`, [canary])).toEqual([]);
  });
});
