// Proves the Akool code table: every published code gets its status, severity and our own text; others stay generic.
import { describe, expect, it } from 'vitest';
import {
  classifyCode,
  knownAkoolCodes,
  statusAdvice,
  type CodeStatus,
  type CodeSubject,
} from '../../../../main/core/akool/status-codes';

const subjects: readonly CodeSubject[] = ['credentials', 'token', 'api-key'];

const expected: readonly [number, CodeStatus, 'alert' | 'attention'][] = [
  [1101, 'invalid', 'alert'],
  [1102, 'invalid', 'alert'],
  [1109, 'invalid', 'alert'],
  [1200, 'banned', 'alert'],
  [1103, 'payment-overdue', 'alert'],
  [1006, 'out-of-credit', 'attention'],
  [1104, 'out-of-credit', 'attention'],
  [1213, 'subscription-needed', 'attention'],
  [1221, 'subscription-needed', 'attention'],
];

describe('classifyCode', () => {
  it.each(expected)('maps %i to %s (%s) for every subject', (code, status, severity) => {
    for (const subject of subjects) {
      const result = classifyCode(code, subject);
      expect(result).toMatchObject({ kind: 'status', code, status, severity });
      if (result.kind !== 'status') throw new Error('unreachable');
      expect(result.text).toContain(`code ${code}`);
      expect(result.whatToDo).toBe(statusAdvice[status].whatToDo);
    }
  });

  it('names what was sent in the invalid texts', () => {
    expect(classifyCode(1101, 'api-key')).toMatchObject({
      text: 'Akool rejected the API key as invalid or expired (code 1101).',
    });
    expect(classifyCode(1102, 'token')).toMatchObject({ text: 'Akool reports that the token was missing (code 1102).' });
    expect(classifyCode(1109, 'credentials')).toMatchObject({
      text: 'Akool has no account for the clientId/clientSecret (code 1109).',
    });
  });

  it('treats 1005 as transient for every subject, never as a status', () => {
    for (const subject of subjects) {
      expect(classifyCode(1005, subject)).toEqual({
        kind: 'transient',
        code: 1005,
        text: 'Akool asked to slow down: too many requests (code 1005).',
      });
    }
  });

  it('answers success for 1000', () => {
    expect(classifyCode(1000, 'api-key')).toEqual({ kind: 'success', code: 1000 });
  });

  it.each([1003, 1107, 1201, 1220, 0, -1, 999_999])('keeps %i generic: "Akool answered code N."', (code) => {
    expect(classifyCode(code, 'token')).toEqual({ kind: 'other', code, text: `Akool answered code ${code}.` });
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 1101.5, 2 ** 60])('never prints an unreadable code (%s)', (code) => {
    const result = classifyCode(code, 'api-key');
    expect(result.kind).toBe('other');
    if (result.kind !== 'other') throw new Error('unreachable');
    expect(result.text).toBe('Akool answered an unreadable code.');
  });

  it('gives every status one sentence of advice and lists every known code once', () => {
    for (const advice of Object.values(statusAdvice)) {
      expect(advice.whatToDo).toMatch(/^[A-Z].*\.$/);
      expect(advice.whatToDo).not.toContain('. ');
    }
    expect([...knownAkoolCodes].sort()).toEqual([1000, 1005, 1006, 1101, 1102, 1103, 1104, 1109, 1200, 1213, 1221]);
  });
});
