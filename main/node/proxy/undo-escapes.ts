// Undoes the escapes a child's ordinary parsers undo on their own (JSON \u and \x escapes, HTML numeric entities, percent escapes), so a secret written one escaped character at a time can be found. Must not import electron.

/** Each alternative starts with its own literal and has bounded quantifiers: one linear pass. */
const escape = /\\u([0-9A-Fa-f]{4})|\\x([0-9A-Fa-f]{2})|\\([\\/"'])|&#[xX]([0-9A-Fa-f]{1,6});?|&#([0-9]{1,7});?|%([0-9A-Fa-f]{2})/g;

function character(code: number): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/** `text` with every such escape replaced by the character it stands for (once: `%2541` becomes `%41`, not `A`). */
export function undoEscapes(text: string): string {
  return text.replace(escape, (_match, u?: string, x?: string, plain?: string, htmlHex?: string, htmlDecimal?: string, percent?: string) => {
    if (plain !== undefined) return plain;
    const hex = u ?? x ?? htmlHex ?? percent;
    return hex !== undefined ? character(Number.parseInt(hex, 16)) : character(Number(htmlDecimal));
  });
}
