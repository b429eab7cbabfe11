// Reads Akool's `code` from a JSON answer in one pass that stops at the first top-level "code" key, without parsing the rest. Must not import electron.

const quote = 0x22;
const backslash = 0x5c;

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && ' \t\r\n'.includes(text.charAt(at))) at += 1;
  return at;
}

/** The integer at `from` (up to 15 digits, optional minus), when nothing number-like follows it. */
function integerAt(text: string, from: number): number | undefined {
  const match = /^-?\d{1,15}(?![\d.eE])/.exec(text.slice(from, from + 17));
  return match === null ? undefined : Number(match[0]);
}

/**
 * The integer value of the object's own `code` key (not one nested deeper), or undefined when the text is not a JSON
 * object or has none. Linear: each character is looked at once, strings are skipped escape by escape.
 */
export function akoolCode(text: string): number | undefined {
  let at = skipSpace(text, 0);
  if (text.charAt(at) !== '{') return undefined;
  let depth = 0;
  for (; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === quote) {
      const start = at + 1;
      at = start;
      while (at < text.length && text.charCodeAt(at) !== quote) at += text.charCodeAt(at) === backslash ? 2 : 1;
      // A key at the top level is a string followed by a colon; a string value never is.
      if (depth === 1 && at - start === 4 && text.startsWith('code', start)) {
        const colon = skipSpace(text, at + 1);
        if (text.charAt(colon) === ':') return integerAt(text, skipSpace(text, colon + 1));
      }
    } else if (code === 0x7b || code === 0x5b) depth += 1;
    else if (code === 0x7d || code === 0x5d) {
      depth -= 1;
      if (depth === 0) return undefined;
    }
  }
  return undefined;
}
