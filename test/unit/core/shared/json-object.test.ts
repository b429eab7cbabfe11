// Proves JSON parsing never throws, only plain objects count, and only own properties are read.
import { describe, expect, it } from 'vitest';
import { asJsonObject, maxJsonDepth, ownField, parseJson } from '../../../../main/core/shared/json-object';

describe('json-object', () => {
  it('parses JSON and reports failure instead of throwing', () => {
    expect(parseJson('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJson('<html>')).toEqual({ ok: false });
    expect(parseJson('')).toEqual({ ok: false });
  });

  it('refuses text nesting deeper than maxJsonDepth, counting brackets outside strings only', () => {
    const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
    expect(parseJson(nested(maxJsonDepth)).ok).toBe(true);
    expect(parseJson(nested(maxJsonDepth + 1))).toEqual({ ok: false });
    expect(parseJson(`{"a":${nested(maxJsonDepth - 1)}}`).ok).toBe(true);
    expect(parseJson(`{"a":${nested(maxJsonDepth)}}`)).toEqual({ ok: false });
    const brackets = '[{'.repeat(100);
    expect(parseJson(JSON.stringify({ msg: brackets, quoted: '\\"[[[' }))).toEqual({ ok: true, value: { msg: brackets, quoted: '\\"[[[' } });
  });

  it('accepts only plain objects', () => {
    expect(asJsonObject({ a: 1 })).toEqual({ a: 1 });
    for (const value of [null, [1], 'x', 3, true, undefined]) expect(asJsonObject(value)).toBeNull();
  });

  it('reads own fields only, so __proto__ keys and inherited names give undefined', () => {
    const parsed = parseJson('{"__proto__":{"token":"evil"},"code":1000}');
    const body = parsed.ok ? asJsonObject(parsed.value) : null;
    if (body === null) throw new Error('expected an object');
    expect(ownField(body, 'code')).toBe(1000);
    expect(ownField(body, 'token')).toBeUndefined();
    expect(ownField(body, 'toString')).toBeUndefined();
    expect(ownField(body, 'constructor')).toBeUndefined();
    expect('token' in {}).toBe(false);
  });
});
