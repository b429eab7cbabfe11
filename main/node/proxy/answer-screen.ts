// Replaces every piece of a real key or token in an answer (any form the redaction knows) by the stand-in, and withholds an answer that still carries one in a form that cannot be replaced. Must not import electron.
import { mergeSpans } from '../../core/redaction/redact';
import { secretPieceSpans, type Span } from '../../core/redaction/secret-pieces';
import { carriesSqueezedPiece } from '../../core/redaction/squeezed-pieces';
import { undoEscapes } from './undo-escapes';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Where the secret's pieces stand in `text`: found as they are, and found once the escapes are undone, mapped back. */
function pieceSpans(text: string, secrets: readonly string[]): Span[] {
  const unescaped = undoEscapes(text);
  const back = (at: number): number => unescaped.origin[at] ?? text.length;
  const escapedSpans = unescaped.text === text ? [] : secretPieceSpans(unescaped.text, secrets).map((span) => ({ start: back(span.start), end: back(span.end) }));
  return mergeSpans([...secretPieceSpans(text, secrets), ...escapedSpans]);
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

/**
 * An answer body screened as text: UTF-8 when the bytes are valid UTF-8 (decoding and encoding back is then exact),
 * otherwise Latin-1, one character per byte, so binary bodies keep every byte outside the replaced spans. Returns the
 * bytes to send and their text.
 */
export function screenBody(body: Buffer, secrets: readonly string[], standIn: string): { bytes: Buffer; text: string } | null {
  let encoding: 'utf8' | 'latin1' = 'utf8';
  let text: string;
  try {
    text = strictUtf8.decode(body);
  } catch {
    encoding = 'latin1';
    text = body.toString('latin1');
  }
  const screened = screenText(text, secrets, standIn);
  if (screened === null) return null;
  return { bytes: screened === text ? body : Buffer.from(screened, encoding), text: screened };
}
