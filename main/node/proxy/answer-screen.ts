// Replaces every piece of a real key or token in an answer's headers and body (any form the redaction knows) by the stand-in, and withholds an answer that still carries one in a form that cannot be replaced. Must not import electron.
import { mergeSpans } from '../../core/redaction/redact';
import { secretPieceSpans, type Span } from '../../core/redaction/secret-pieces';
import { secretForms } from '../../core/redaction/secret-forms';
import { carriesSqueezedPiece, squeeze } from '../../core/redaction/squeezed-pieces';
import type { OutgoingHttpHeaders } from 'node:http';
import { childHeaders } from './header-swap';
import { squeezedView } from './squeezed-view';
import { undoEscapes, type UnescapedText } from './undo-escapes';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Spans found in a view of `text`, mapped back to where they stand in `text` (a span ends where its last character does). */
function spansThrough(view: UnescapedText, text: string, secrets: readonly string[], gaps: boolean): Span[] {
  const start = (at: number): number => view.origin[at] ?? text.length;
  // In a view that drops characters (gaps), the next kept character may lie past separators that are not the secret's.
  const end = (at: number): number => (gaps ? (view.origin[at - 1] ?? text.length - 1) + 1 : start(at));
  return secretPieceSpans(view.text, secrets).map((span) => ({ start: start(span.start), end: end(span.end) }));
}

/**
 * Where the secret's pieces stand in `text`: found as they are, once the escapes are undone, and, when the text
 * spells a secret out with separators (carriesSqueezedPiece), among its letters and digits alone; all mapped back.
 */
function pieceSpans(text: string, secrets: readonly string[]): Span[] {
  const spans = secretPieceSpans(text, secrets);
  const unescaped = undoEscapes(text);
  if (unescaped.text !== text) spans.push(...spansThrough(unescaped, text, secrets, false));
  if (carriesSqueezedPiece(`${text}\n${unescaped.text}`, secrets)) {
    const squeezedForms = [...new Set(secrets.flatMap((secret) => secretForms(secret).map(squeeze)))];
    spans.push(...spansThrough(squeezedView(text), text, squeezedForms, true));
  }
  return mergeSpans(spans);
}

/**
 * `text` with each run of secret pieces (secretPieceSpans: 8-character windows of every form, overlaps merged, also
 * under one level of JSON, HTML or percent escapes a parser would undo) replaced by `standIn`; null when the result
 * still holds a secret split by separators (carriesSqueezedPiece), as is or unescaped. Linear in the text.
 */
export function screenText(text: string, secrets: readonly string[], standIn: string): string | null {
  let screened = text;
  const spans = pieceSpans(text, secrets);
  if (spans.length > 0) {
    screened = '';
    let from = 0;
    for (const span of spans) {
      screened += text.slice(from, span.start) + standIn;
      from = span.end;
    }
    screened += text.slice(from);
  }
  // One scan over both texts: the squeezed windows are built once.
  return carriesSqueezedPiece(`${screened}\n${undoEscapes(screened).text}`, secrets) ? null : screened;
}

/** The body as text: UTF-8 when the bytes are valid UTF-8 (decoding and encoding back is then exact), else Latin-1, one character per byte. */
function bodyText(body: Buffer): { text: string; encoding: 'utf8' | 'latin1' } {
  try {
    return { text: strictUtf8.decode(body), encoding: 'utf8' };
  } catch {
    return { text: body.toString('latin1'), encoding: 'latin1' };
  }
}

/** Where `head` ends in `screened` (head, a line break, then the rest): after as many line breaks as head has lines. */
function headEnd(screened: string, head: string): number {
  let lines = 1;
  for (let at = head.indexOf('\n'); at !== -1; at = head.indexOf('\n', at + 1)) lines += 1;
  let end = -1;
  for (let line = 0; line < lines; line += 1) {
    end = screened.indexOf('\n', end + 1);
    if (end === -1) return -1;
  }
  return end;
}

export interface ScreenedAnswer {
  readonly headers: OutgoingHttpHeaders;
  readonly bytes: Buffer;
  /** The body as text, for reading its Akool code. */
  readonly text: string;
  /** Whether any piece of a secret was found and replaced, in the headers or the body. */
  readonly replaced: boolean;
}

/**
 * The answer's headers for the child (childHeaders) and its body, screened as one text, so the secret's windows are
 * built once and a secret split between a header and the body is found too; binary bodies keep every byte outside
 * the replaced spans. Null when the answer carries a secret that cannot be replaced: it must be withheld.
 */
export function screenAnswer(rawHeaders: readonly string[], body: Buffer, secrets: readonly string[], standIn: string): ScreenedAnswer | null {
  const decoded = bodyText(body);
  let screenedBody: string | null = null;
  let headReplaced = false;
  const headers = childHeaders(rawHeaders, (head) => {
    const whole = `${head}\n${decoded.text}`;
    const screened = screenText(whole, secrets, standIn);
    headReplaced = screened !== whole;
    // No window holds a line break (secrets are visible ASCII), so the head keeps its line count; if not, withhold.
    const end = screened === null ? -1 : headEnd(screened, head);
    if (screened === null || end === -1) return null;
    screenedBody = screened.slice(end + 1);
    return screened.slice(0, end);
  });
  if (headers === null) return null;
  const text = screenedBody ?? screenText(decoded.text, secrets, standIn);
  if (text === null) return null;
  const bodyReplaced = text !== decoded.text;
  return { headers, bytes: bodyReplaced ? Buffer.from(text, decoded.encoding) : body, text, replaced: headReplaced || bodyReplaced };
}
