// Safe JSON parsing and own-property reads, so `__proto__` keys pollute nothing. Must not import electron or node:*.

export type JsonParse = { ok: true; value: unknown } | { ok: false };

/** Akool's answers and JWT payloads nest a few levels; deeper text is refused before JSON.parse builds (and GC walks) it. */
export const maxJsonDepth = 32;

/** The index of the quote closing the string opened at `open` (not one escaped by an odd run of backslashes), or -1. */
function closingQuote(text: string, open: number): number {
  for (let at = text.indexOf('"', open + 1); at !== -1; at = text.indexOf('"', at + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes += 1;
    if (backslashes % 2 === 0) return at;
  }
  return -1;
}

/**
 * True when no array or object in `text` nests deeper than `maxDepth`; brackets inside strings do not count. One pass
 * (strings are skipped with indexOf), no allocation. Unterminated strings pass: JSON.parse refuses them.
 */
function nestsWithin(text: string, maxDepth: number): boolean {
  let depth = 0;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 0x22) {
      at = closingQuote(text, at);
      if (at === -1) return true;
    } else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > maxDepth) return false;
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
  }
  return true;
}

/** The parsed value, or `{ ok: false }` for text that is not JSON or nests deeper than maxJsonDepth. Never throws. */
export function parseJson(text: string): JsonParse {
  if (!nestsWithin(text, maxJsonDepth)) return { ok: false };
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, value };
  } catch {
    return { ok: false };
  }
}

/** The value when it is a plain JSON object (not null, not an array), else null. */
export function asJsonObject(value: unknown): object | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
}

/** The object's own property, never an inherited one; undefined when absent. */
export function ownField(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? Reflect.get(record, key) : undefined;
}
