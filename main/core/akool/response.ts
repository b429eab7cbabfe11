// Interprets an Akool answer: a JSON code wins, then the HTTP status decides. Must not import electron or node:*.
import type { AkoolFailure } from './outcome';
import type { RawAnswer } from './request';
import { asJsonObject, ownField, parseJson } from '../shared/json-object';
import { parseRetryAfter } from './retry-after';
import { serverExcerpt } from '../redaction/server-excerpt';

/** What the credentials sent were: the clientId/clientSecret pair, or a token. */
export type AnswerSubject = 'credentials' | 'token';

export type Interpreted = { kind: 'success'; body: object } | AkoolFailure;

const successCode = 1000;
const numericCodePattern = /^-?\d{1,15}$/;

function readCode(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  return typeof value === 'string' && numericCodePattern.test(value) ? Number(value) : null;
}

function invalidSentence(code: 1101 | 1102, subject: AnswerSubject): string {
  const what = subject === 'credentials' ? 'the clientId/clientSecret' : 'the token';
  return code === 1101
    ? `Akool rejected ${what} as invalid or expired (code 1101).`
    : `Akool reports that ${what} was missing (code 1102).`;
}

function failureForCode(code: number, msg: unknown, subject: AnswerSubject, secrets: readonly string[]): AkoolFailure {
  const excerpt = serverExcerpt(msg, secrets);
  const said = excerpt === null ? {} : { excerpt };
  if (code === 1101 || code === 1102) return { kind: 'invalid', code, message: invalidSentence(code, subject), ...said };
  if (code === 1200) return { kind: 'banned', message: 'Akool reports this account as banned (code 1200).', ...said };
  return { kind: 'rejected', code, message: `Akool answered code ${code}.`, ...said };
}

function failureForStatus(answer: RawAnswer, nowMs: number): AkoolFailure | null {
  const { status } = answer;
  if (status >= 500 || status === 429) {
    const retryAfterMs = parseRetryAfter(answer.retryAfter, nowMs);
    return { kind: 'unreachable', detail: `HTTP ${status}`, status, retryAfterMs };
  }
  return status >= 200 && status < 300 ? null : { kind: 'bad-response', detail: `HTTP ${status}` };
}

function unusableBody(text: string): string {
  if (text.trim() === '') return 'the answer is empty';
  const parsed = parseJson(text);
  if (!parsed.ok) return 'the answer is not JSON';
  const body = asJsonObject(parsed.value);
  if (body === null) return 'the answer is not a JSON object';
  return ownField(body, 'code') === undefined ? 'the answer has no code' : 'the answer has an unreadable code';
}

/**
 * `success` with the JSON object when Akool's code is 1000 (number or numeric string); otherwise the failure, whose
 * message is our own text for the code. The server's `msg` only ever becomes a serverExcerpt scrubbed of `secrets`.
 */
export function interpretAnswer(
  answer: RawAnswer,
  subject: AnswerSubject,
  secrets: readonly string[],
  nowMs: number,
): Interpreted {
  const parsed = parseJson(answer.text);
  const body = parsed.ok ? asJsonObject(parsed.value) : null;
  const code = body === null ? null : readCode(ownField(body, 'code'));
  if (body !== null && code !== null) {
    if (code === successCode) return { kind: 'success', body };
    return failureForCode(code, ownField(body, 'msg'), subject, secrets);
  }
  return failureForStatus(answer, nowMs) ?? { kind: 'bad-response', detail: unusableBody(answer.text) };
}
