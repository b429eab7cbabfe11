// Proves interpretAnswer decides by the JSON code (only an integer 1000 is success), uses its own sentence per code, and keeps server text apart as a scrubbed excerpt.
import { describe, expect, it } from 'vitest';
import { interpretAnswer } from '../../../../main/core/akool/response';
import { maxServerTextScan } from '../../../../main/core/redaction/server-excerpt';

const answer = (text: string, status = 200) => ({ kind: 'answer' as const, status, retryAfter: null, text });
const interpret = (body: unknown, subject: 'credentials' | 'token' | 'api-key' = 'credentials', secrets: string[] = []) =>
  interpretAnswer(answer(JSON.stringify(body)), subject, secrets, 0);

describe('interpretAnswer', () => {
  it('is success only for code 1000 as an integer or numeric string', () => {
    expect(interpret({ code: 1000, token: 't' }).kind).toBe('success');
    expect(interpret({ code: '1000', token: 't' }).kind).toBe('success');
  });

  it.each([[[1000]], [['1000']], [{ value: 1000 }], [true], ['1e3'], [' 1000'], [1000.5], [null]])(
    'never takes code %j for success',
    (code) => {
      expect(interpret({ code, token: 't' })).toEqual({ kind: 'bad-response', detail: 'the answer has an unreadable code' });
    },
  );

  it('gives 1101 and 1102 their own sentences, for credentials and for a token', () => {
    expect(interpret({ code: 1101 })).toEqual({
      kind: 'invalid',
      code: 1101,
      message: 'Akool rejected the clientId/clientSecret as invalid or expired (code 1101).',
    });
    expect(interpret({ code: 1102 })).toEqual({
      kind: 'invalid',
      code: 1102,
      message: 'Akool reports that the clientId/clientSecret was missing (code 1102).',
    });
    expect(interpret({ code: 1101 }, 'token')).toMatchObject({ message: 'Akool rejected the token as invalid or expired (code 1101).' });
    expect(interpret({ code: 1102 }, 'token')).toMatchObject({ message: 'Akool reports that the token was missing (code 1102).' });
  });

  it('keeps the message our own and puts the server text, scrubbed, in the excerpt; none when it carried a secret', () => {
    const secret = 'canary-secret-0a1b2c3d';
    expect(interpret({ code: 1200, msg: `banned, secret ${secret}` }, 'credentials', [secret])).toEqual({
      kind: 'banned',
      message: 'Akool reports this account as banned (code 1200).',
    });
    expect(interpret({ code: 1200, msg: 'banned, Bearer abc' }, 'credentials', [secret])).toEqual({
      kind: 'banned',
      message: 'Akool reports this account as banned (code 1200).',
      excerpt: 'banned, Bearer [redacted]',
    });
    expect(interpret({ code: 4242, msg: 'odd' })).toEqual({ kind: 'rejected', code: 4242, message: 'Akool answered code 4242.', excerpt: 'odd' });
  });

  it('gives no excerpt for a message over the scan bound, a missing one, or one that is not text', () => {
    for (const msg of ['m'.repeat(maxServerTextScan + 1), undefined, 42, { text: 'x' }]) {
      expect(interpret({ code: 1101, msg })).not.toHaveProperty('excerpt');
    }
  });

  it('turns a 1 MiB hostile message into a typed outcome without an excerpt', () => {
    const msg = 'eyJ'.repeat(350_000);
    expect(interpretAnswer(answer(`{"code":1101,"msg":"${msg}"}`), 'credentials', ['s3cret-value'], 0)).toEqual({
      kind: 'invalid',
      code: 1101,
      message: 'Akool rejected the clientId/clientSecret as invalid or expired (code 1101).',
    });
  });
});

describe('interpretAnswer through the code table', () => {
  it.each([
    [1101, 'invalid', 'Akool rejected the token as invalid or expired (code 1101).'],
    [1102, 'invalid', 'Akool reports that the token was missing (code 1102).'],
    [1109, 'invalid', 'Akool has no account for the token (code 1109).'],
    [1103, 'payment-overdue', 'Akool reports a payment pending or overdue (code 1103).'],
    [1006, 'out-of-credit', 'Akool reports not enough credit for this (code 1006).'],
    [1104, 'out-of-credit', 'Akool reports not enough credit for this (code 1104).'],
    [1213, 'subscription-needed', 'Akool says this needs a subscription (code 1213).'],
    [1221, 'subscription-needed', 'Akool says this needs a subscription (code 1221).'],
  ] as const)('maps code %i to %s with our own sentence, as a number or a numeric string', (code, kind, message) => {
    expect(interpret({ code, msg: 'srv' }, 'token')).toEqual({ kind, code, message, excerpt: 'srv' });
    expect(interpret({ code: String(code) }, 'token')).toEqual({ kind, code, message });
  });

  it('keeps the banned sentence for 1200, also as a string', () => {
    expect(interpret({ code: '1200' })).toEqual({ kind: 'banned', message: 'Akool reports this account as banned (code 1200).' });
  });

  it('names an API key as the subject', () => {
    expect(interpret({ code: 1101 }, 'api-key')).toMatchObject({ message: 'Akool rejected the API key as invalid or expired (code 1101).' });
  });

  it('treats 1005 as a throttle with the Retry-After of the answer, never as a status', () => {
    const throttled = { kind: 'throttled', code: 1005, message: 'Akool asked to slow down: too many requests (code 1005).' };
    expect(interpret({ code: 1005 })).toEqual({ ...throttled, retryAfterMs: null });
    const withHeader = { kind: 'answer' as const, status: 200, retryAfter: '120', text: '{"code":"1005","msg":"Frequent operation"}' };
    expect(interpretAnswer(withHeader, 'token', [], 0)).toEqual({ ...throttled, retryAfterMs: 120_000, excerpt: 'Frequent operation' });
  });

  it('keeps "Akool answered code N." for any other code', () => {
    expect(interpret({ code: '1007' })).toEqual({ kind: 'rejected', code: 1007, message: 'Akool answered code 1007.' });
    expect(interpret({ code: -5 })).toEqual({ kind: 'rejected', code: -5, message: 'Akool answered code -5.' });
  });
});
