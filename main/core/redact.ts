// Replaces secrets, JWT-shaped tokens, Bearer values and credential header or field values in text with a marker. Must not import electron or node:*.

export const redactionMarker = '[redacted]';
const minSecretLength = 4;
const maxServerTextLength = 200;
const jwtPattern = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;
const bearerPattern = /\bBearer\s+([^\s"'<>]+)/gi;
/** `authorization: Basic x`, `x-api-key=x`, `"clientSecret":"x"`: the value after a credential name; an auth scheme word stays. */
const credentialFieldPattern =
  /\b(?:proxy-authorization|authorization|x-api-key|api[-_]?key|client[-_]?secret)["']?\s*[:=]\s*["']?(?:(?:bearer|basic|digest|token)\s+)?([^\s"',;{}<>]+)/gi;
const invisiblePattern = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

interface Span {
  start: number;
  end: number;
}

function secretSpans(text: string, secrets: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const secret of secrets) {
    if (secret.length < minSecretLength) continue;
    for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + 1)) {
      spans.push({ start: at, end: at + secret.length });
    }
  }
  return spans;
}

function patternSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(jwtPattern)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const pattern of [bearerPattern, credentialFieldPattern]) {
    for (const match of text.matchAll(pattern)) {
      const value = match[1] ?? '';
      const end = match.index + match[0].length;
      spans.push({ start: end - value.length, end });
    }
  }
  return spans;
}

function mergeSpans(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Replaces every secret (4+ chars), JWT-shaped string, Bearer value and credential field value, overlaps included, with `[redacted]`. */
export function redact(text: string, secrets: readonly string[]): string {
  const spans = mergeSpans([...secretSpans(text, secrets), ...patternSpans(text)]);
  let result = '';
  let from = 0;
  for (const span of spans) {
    result += text.slice(from, span.start) + redactionMarker;
    from = span.end;
  }
  return result + text.slice(from);
}

/**
 * A server-supplied message made safe to show: '' for non-strings; invisible and control characters become
 * spaces; whitespace collapses; redacted; at most 200 characters, the last one '…' when cut.
 */
export function safeServerText(text: unknown, secrets: readonly string[]): string {
  if (typeof text !== 'string') return '';
  const plain = redact(text, secrets).replace(invisiblePattern, ' ').replace(/\s+/g, ' ').trim();
  const characters = Array.from(redact(plain, secrets));
  if (characters.length <= maxServerTextLength) return characters.join('');
  return `${characters.slice(0, maxServerTextLength - 1).join('')}…`;
}
