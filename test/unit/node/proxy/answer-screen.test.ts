// Proves the answer screen puts the stand-in where any form of a secret stood, keeps every other byte, and withholds a secret it cannot replace.
import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { screenBody, screenText } from '../../../../main/node/proxy/answer-screen';

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

  it('withholds (null) a secret split by separators below the piece length', () => {
    expect(screenText(Array.from(key).join(' - '), [key], standIn)).toBeNull();
    expect(screenText(Array.from(key).join('\u200D'), [key], standIn)).toBeNull();
  });
});

describe('screenBody', () => {
  it('keeps UTF-8 text exact around the replacement', () => {
    const body = Buffer.from(`{"msg":"é ✓ ${key}","code":1000}`);
    const screened = screenBody(body, [key], standIn);
    expect(screened?.bytes.toString('utf8')).toBe(`{"msg":"é ✓ ${standIn}","code":1000}`);
    expect(screened?.text).toBe(`{"msg":"é ✓ ${standIn}","code":1000}`);
  });

  it('keeps every byte of a binary body outside the replaced span', () => {
    const head = Buffer.from([0xff, 0xfe, 0x00, 0x80, 0xc3]);
    const tail = Buffer.from([0xe2, 0x82, 0x00, 0xff]);
    const screened = screenBody(Buffer.concat([head, Buffer.from(key), tail]), [key], standIn);
    expect(screened?.bytes).toEqual(Buffer.concat([head, Buffer.from(standIn), tail]));
  });

  it('returns the very buffer when there is nothing to replace', () => {
    const body = Buffer.from('{"code":1000}');
    expect(screenBody(body, [key], standIn)?.bytes).toBe(body);
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
