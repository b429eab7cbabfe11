// Replaces secrets (and their pieces), JWT-shaped tokens, Bearer values and credential header or field values in text with a marker, in linear time. Must not import electron or node:*.
import { secretPieceSpans, type Span } from './secret-pieces';

export const redactionMarker = '[redacted]';
/** Maximal runs of JWT characters; a JWT is searched inside each run, so no character is scanned twice. */
const tokenRunPattern = /[A-Za-z0-9_.-]+/g;
/** `Bearer` then whitespace then the value: the two quantified classes are disjoint, so a failed match backs off in O(its whitespace). */
const bearerPattern = /\bBearer\s+([^\s"'<>]+)/gi;
/** `authorization: Basic x`, `x-api-key=x`, `"clientSecret":"x"`: the value after a credential name; an auth scheme word stays. */
const credentialFieldPattern =
  /\b(?:proxy-authorization|authorization|x-api-key|api[-_]?key|client[-_]?secret)["']?\s*[:=]\s*["']?(?:(?:bearer|basic|digest|token)\s+)?([^\s"',;{}<>]+)/gi;

/** JWT-shaped spans (`eyJ…` `.` one or more `.` any) inside one run of JWT characters starting at `offset`. */
function jwtSpansInRun(run: string, offset: number, spans: Span[]): void {
  let from = 0;
  for (;;) {
    const start = run.indexOf('eyJ', from);
    if (start === -1) return;
    const firstDot = run.indexOf('.', start + 3);
    if (firstDot === -1) return;
    const secondDot = run.indexOf('.', firstDot + 1);
    if (secondDot === -1) return;
    if (secondDot === firstDot + 1) {
      from = secondDot;
      continue;
    }
    const thirdDot = run.indexOf('.', secondDot + 1);
    const end = thirdDot === -1 ? run.length : thirdDot;
    spans.push({ start: offset + start, end: offset + end });
    from = end;
  }
}

function patternSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(tokenRunPattern)) jwtSpansInRun(match[0], match.index, spans);
  for (const pattern of [bearerPattern, credentialFieldPattern]) {
    for (const match of text.matchAll(pattern)) {
      const value = match[1] ?? '';
      const end = match.index + match[0].length;
      spans.push({ start: end - value.length, end });
    }
  }
  return spans;
}

/** Sorts `spans` in place and merges overlapping ones in place (no copies: the 1 MiB worst cases make ~100,000 spans). */
function mergeOwnSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start);
  let kept = 0;
  for (const span of spans) {
    const last = kept > 0 ? spans[kept - 1] : undefined;
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else spans[kept++] = span;
  }
  spans.length = kept;
  return spans;
}

export function mergeSpans(spans: readonly Span[]): Span[] {
  return mergeOwnSpans(spans.map((span) => ({ ...span })));
}

/** `text` with every span replaced by one marker; spans must be merged (sorted, disjoint). */
export function replaceSpans(text: string, spans: readonly Span[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const span of spans) {
    parts.push(text.slice(from, span.start), redactionMarker);
    from = span.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Replaces every secret (4+ chars) and every 8-character piece of one in any form secretForms knows, every JWT-shaped
 * string, Bearer value and credential field value, overlaps included, with `[redacted]`. Linear in the text.
 */
export function redact(text: string, secrets: readonly string[]): string {
  const spans = patternSpans(text);
  for (const span of secretPieceSpans(text, secrets)) spans.push(span);
  return replaceSpans(text, mergeOwnSpans(spans));
}
