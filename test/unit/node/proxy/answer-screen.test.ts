// Proves the answer screen puts the stand-in where any form of a secret stood, keeps every other byte, and withholds a secret it cannot replace.
import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { screenAnswer, screenText } from '../../../../main/node/proxy/answer-screen';

const key = `Kx9${randomBytes(21).toString('base64').replace(/[+/=]/g, 'q')}`;
const standIn = randomBytes(32).toString('base64url');

describe('screenText', () => {
  it('replaces the secret in each form the redaction knows by the stand-in', () => {
    for (const form of [key, encodeURIComponent(`${key}/`), JSON.stringify(key), Buffer.from(key).toString('base64'), Buffer.from(key).toString('base64url'), Buffer.from(key).toString('hex'), key.toLowerCase()]) {
      const screened = screenText(`before ${form} after`, [key], standIn);
      expect(screened, form).toContain(standIn);
      expect(screened, form).toMatch(/^before .*after$/);
      expect(screened?.toLowerCase(), form).not.toContain(key.slice(4, 12).toLowerCase());
    }
  });

  it('leaves text without a secret exactly as it was', () => {
    const text = '{"code":1000,"msg":"OK","data":{"credit":12}}';
    expect(screenText(text, [key], standIn)).toBe(text);
  });

  it('replaces a secret spelled out with separators, separators and all, and nothing around it', () => {
    expect(screenText(`a: ${Array.from(key).join(' - ')}, b`, [key], standIn)).toBe(`a: ${standIn}, b`);
    expect(screenText(`"${Array.from(key).join('\u200D')}"`, [key], standIn)).toBe(`"${standIn}"`);
    expect(screenText(`x-${key.slice(0, 7)}+${key.slice(7)}: 1`, [key], standIn)).toBe(`x-${standIn}: 1`);
    const slashed = `${key.slice(0, 7)}+${key.slice(7, 13)}/${key.slice(13)}`;
    expect(screenText(`x-${slashed.replace(/[+/]/g, '')}: 1`, [slashed], standIn)).toBe(`x-${standIn}: 1`);
  });
});

describe('screenAnswer', () => {
  const json = ['Content-Type', 'application/json'];

  it('keeps UTF-8 text exact around the replacement', () => {
    const screened = screenAnswer(json, Buffer.from(`{"msg":"é ✓ ${key}","code":1000}`), [key], standIn);
    expect(screened?.bytes.toString('utf8')).toBe(`{"msg":"é ✓ ${standIn}","code":1000}`);
    expect(screened?.text).toBe(`{"msg":"é ✓ ${standIn}","code":1000}`);
  });

  it('keeps every byte of a binary body outside the replaced span', () => {
    const head = Buffer.from([0xff, 0xfe, 0x00, 0x80, 0xc3]);
    const tail = Buffer.from([0xe2, 0x82, 0x00, 0xff, 0x0a]);
    const screened = screenAnswer(json, Buffer.concat([head, Buffer.from(key), tail]), [key], standIn);
    expect(screened?.bytes).toEqual(Buffer.concat([head, Buffer.from(standIn), tail]));
  });

  it('returns the very buffer when there is nothing to replace, and screens a body without headers too', () => {
    const body = Buffer.from('{"code":1000}\n');
    expect(screenAnswer(json, body, [key], standIn)?.bytes).toBe(body);
    expect(screenAnswer(['Content-Length', '99'], Buffer.from(key), [key], standIn)).toEqual({ headers: {}, bytes: Buffer.from(standIn), text: standIn, replaced: true });
  });

  it('replaces the secret in header names and values, and keeps headers and body apart', () => {
    const screened = screenAnswer(['X-Echo', `k=${key}`, 'Location', `/cb?${encodeURIComponent(key)}`], Buffer.from(`line one\n${key}\n`), [key], standIn);
    expect(screened?.headers).toEqual({ 'x-echo': `k=${standIn}`, location: `/cb?${standIn}` });
    expect(screened?.text).toBe(`line one\n${standIn}\n`);
  });

  it('replaces a secret spelled out across the last header and the body, each part where it stands', () => {
    const half = key.length / 2;
    const screened = screenAnswer(['X-A', key.slice(0, half).split('').join(' ')], Buffer.from(key.slice(half).split('').join(' ')), [key], standIn);
    expect([screened?.headers, screened?.text]).toEqual([{ 'x-a': standIn }, standIn]);
  });

  it('withholds an answer whose secret is spelled out a few characters a line, too short to replace where they stand', () => {
    const lines = key.match(/.{1,4}/g) ?? [];
    expect(screenAnswer(['X-A', lines.join(' ')], Buffer.from(lines.join('\n')), [key], standIn)).toBeNull();
  });

  it('keeps a header name whose last letter happens to continue the secret in its value', () => {
    // The key's 16th character is B: squeezed across the line break, 'x-b' + value read 'b9w9ijyo…', a window of the key.
    const fixed = 'Kx9hNk4sOTj4n3HB9w9IjYOieH4OBHT';
    expect(screenAnswer(['X-A', fixed.slice(0, 16), 'X-B', fixed.slice(16)], Buffer.from('{}'), [fixed], standIn)?.headers).toEqual({ 'x-a': standIn, 'x-b': standIn });
  });

  it('says whether it replaced anything, in the headers or the body', () => {
    const clean = screenAnswer(['X-A', 'plain'], Buffer.from('{"code":1000}'), [key], standIn);
    const inHead = screenAnswer(['X-A', key], Buffer.from('{"code":1000}'), [key], standIn);
    const inBody = screenAnswer(['X-A', 'plain'], Buffer.from(`{"k":"${key}"}`), [key], standIn);
    expect([clean?.replaced, inHead?.replaced, inBody?.replaced]).toEqual([false, true, true]);
  });

  it('replaces each half of a secret split between two headers', () => {
    expect(screenAnswer(['X-A', key.slice(0, 16), 'X-B', key.slice(16)], Buffer.from('{}'), [key], standIn)?.headers).toEqual({ 'x-a': standIn, 'x-b': standIn });
  });
});

describe('screenText on escaped secrets', () => {
  const escapedForms: Record<string, (value: string) => string> = {
    'JSON \\u per character': (value) => Array.from(value, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
    'HTML decimal entities': (value) => Array.from(value, (c) => `&#${c.charCodeAt(0)};`).join(''),
    'HTML hex entities': (value) => Array.from(value, (c) => `&#x${c.charCodeAt(0).toString(16)};`).join(''),
    'percent per character': (value) => Array.from(value, (c) => `%${c.charCodeAt(0).toString(16)}`).join(''),
    '\\x per character': (value) => Array.from(value, (c) => `\\x${c.charCodeAt(0).toString(16)}`).join(''),
  };
  it.each(Object.keys(escapedForms))('puts the stand-in where the secret stood written as %s', (name) => {
    const form = escapedForms[name] ?? ((value: string) => value);
    expect(screenText(`{"msg":"${form(key)}","code":1000}`, [key], standIn)).toBe(`{"msg":"${standIn}","code":1000}`);
  });

  it('finds the secret JSON-escaped twice, as a JSON string inside a JSON string', () => {
    const slashed = `${key.slice(0, 7)}/${key.slice(7)}`;
    const twice = JSON.stringify(JSON.stringify(slashed).replace(/\//g, '\\/'));
    const screened = screenText(`{"msg":${twice}}`, [slashed], standIn);
    expect(screened).toContain(standIn);
    expect(screened).not.toContain(key.slice(0, 6));
  });
});
