// Undoes the escapes a child's ordinary parsers undo on their own (JSON \u and \x escapes, HTML numeric entities, percent escapes), keeping where each character came from, so a secret written one escaped character at a time is found and replaced where it stands. Must not import electron.

/** Each alternative starts with its own literal and has bounded quantifiers: one linear pass. */
const escape = /\\u([0-9A-Fa-f]{4})|\\x([0-9A-Fa-f]{2})|\\([\\/"'])|&#[xX]([0-9A-Fa-f]{1,6});?|&#([0-9]{1,7});?|%([0-9A-Fa-f]{2})/g;

export interface UnescapedText {
  readonly text: string;
  /** origin[i]: where the i-th code unit of `text` starts in the original; origin[text.length]: the original's length. */
  readonly origin: Int32Array;
}

function character(match: RegExpMatchArray): string {
  const [, u, x, plain, htmlHex, htmlDecimal, percent] = match;
  if (plain !== undefined) return plain;
  const hex = u ?? x ?? htmlHex ?? percent;
  const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(htmlDecimal);
  return code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/** `text` with every such escape replaced by the character it stands for, once (`%2541` becomes `%41`, not `A`). */
export function undoEscapes(text: string): UnescapedText {
  const origin = new Int32Array(text.length + 1);
  let out = '';
  let from = 0;
  const copy = (until: number): void => {
    for (let at = from; at < until; at += 1) origin[out.length + at - from] = at;
    out += text.slice(from, until);
  };
  for (const match of text.matchAll(escape)) {
    copy(match.index);
    const decoded = character(match);
    for (let unit = 0; unit < decoded.length; unit += 1) origin[out.length + unit] = match.index;
    out += decoded;
    from = match.index + match[0].length;
  }
  copy(text.length);
  origin[out.length] = text.length;
  return { text: out, origin: origin.subarray(0, out.length + 1) };
}
