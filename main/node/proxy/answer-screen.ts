// Replaces every piece of a real key or token in an answer (any form the redaction knows) by the stand-in, and withholds an answer that still carries one in a form that cannot be replaced. Must not import electron.
import { mergeSpans } from '../../core/redaction/redact';
import { secretPieceSpans } from '../../core/redaction/secret-pieces';
import { carriesSqueezedPiece } from '../../core/redaction/squeezed-pieces';
import { undoEscapes } from './undo-escapes';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * `text` with each run of secret pieces (secretPieceSpans: 8-character windows of every form, overlaps merged)
 * replaced by `standIn`; null when the result still holds a secret split by separators (carriesSqueezedPiece), as is
 * or once its escapes are undone (a JSON parser or a browser would undo them). Linear in the text.
 */
export function screenText(text: string, secrets: readonly string[], standIn: string): string | null {
  let screened = text;
  const spans = mergeSpans(secretPieceSpans(text, secrets));
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
  return carriesSqueezedPiece(`${screened}\n${undoEscapes(screened)}`, secrets) ? null : screened;
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
