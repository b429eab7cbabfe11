// The forms a hostile server echoes a secret or token in: plain, URL-encoded, JSON-escaped, base64, base64url, the JWT signature, 8-character pieces, and split below any window (7-character chunks, one character at a time, zero-width joiners, HTML entities). Must not import main/.
import { Buffer } from 'node:buffer';

export type EchoForm = (value: string) => string;

const pieces = (value: string): string =>
  [0, 3, 11, 19].map((at) => value.slice(at, at + 8)).filter((piece) => piece.length === 8).join(' … ');

/** `value` cut into `size`-character chunks joined by `separator`. */
const chunks = (value: string, size: number, separator: string): string =>
  Array.from({ length: Math.ceil(value.length / size) }, (_, index) => value.slice(index * size, (index + 1) * size)).join(separator);

export const echoForms: Record<string, EchoForm> = {
  plain: (value) => value,
  'URL-encoded': (value) => encodeURIComponent(value),
  'URL-encoded, lower-case hex': (value) => encodeURIComponent(value).toLowerCase(),
  'form-encoded': (value) => new URLSearchParams({ clientSecret: value }).toString(),
  'JSON-escaped': (value) => JSON.stringify({ clientSecret: value }),
  'JSON-escaped ASCII': (value) => JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/\//g, '\\/'),
  base64: (value) => Buffer.from(value).toString('base64'),
  base64url: (value) => Buffer.from(value).toString('base64url'),
  'base64 of a piece at another alignment': (value) => Buffer.from(value.slice(4, 30)).toString('base64'),
  'base64url of a piece at another alignment': (value) => Buffer.from(value.slice(5, 29)).toString('base64url'),
  'signature only': (value) => value.split('.')[2] ?? value.slice(-20),
  '8-character pieces': pieces,
  'URL-encoded 8-character pieces': (value) => encodeURIComponent(pieces(value)),
  '7-character chunks, space-separated': (value) => chunks(value, 7, ' '),
  "one character at a time, ' - ' between": (value) => chunks(value, 1, ' - '),
  'zero-width-joined': (value) => chunks(value, 1, '\u200D'),
  'HTML numeric entities': (value) => Array.from(value, (character) => `&#${character.codePointAt(0) ?? 0};`).join(''),
};
