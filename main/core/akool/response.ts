// Interprets an Akool answer: a JSON code wins (through the one code table), then the HTTP status decides. Must not import electron or node:*.
import type { AkoolFailure } from './outcome';
import type { RawAnswer } from './request';
import { classifyCode, type CodeClass, type CodeSubject } from './status-codes';
import { asJsonObject, ownField, parseJson } from '../shared/json-object';
import { parseRetryAfter } from './retry-after';
import { serverExcerpt } from '../redaction/server-excerpt';

/** What the credentials sent were: the clientId/clientSecret pair, a token, or an API key. */
export type AnswerSubject = CodeSubject;

export type Interpreted = { kind: 'success'; body: object } | AkoolFailure;

const numericCodePattern = /^-?\d{1,15}$/;

function readCode(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  return typeof value === 'string' && numericCodePattern.test(value) ? Number(value) : null;
}

/** Our failure for a code other than success: its status from the table, a throttle, or `rejected`. */
function failureForCode(
  answer: RawAnswer,
  known: Exclude<CodeClass, { kind: 'success' }>,
  msg: unknown,
  secrets: readonly string[],
  nowMs: number,
): AkoolFailure {
  const excerpt = serverExcerpt(msg, secrets);
  const said = excerpt === null ? {} : { excerpt };
  const { code } = known;
  switch (known.kind) {
    case 'transient':
      return { kind: 'throttled', code, message: known.text, retryAfterMs: parseRetryAfter(answer.retryAfter, nowMs), ...said };
    case 'other':
      return { kind: 'rejected', code, message: known.text, ...said };
    case 'status':
      return known.status === 'banned'
        ? { kind: 'banned', message: known.text, ...said }
        : { kind: known.status, code, message: known.text, ...said };
  }
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
    const known = classifyCode(code, subject);
    if (known.kind === 'success') return { kind: 'success', body };
    return failureForCode(answer, known, ownField(body, 'msg'), secrets, nowMs);
  }
  return failureForStatus(answer, nowMs) ?? { kind: 'bad-response', detail: unusableBody(answer.text) };
}
