// Reads, backwards from a value, the name it is assigned to: `NAME=`, `name: `, `"name": "`, `NAME ?? "`, `'x-api-key', '`, `Bearer `. Imports nothing.

/** How far back from a value the name may start: a name, quotes, a separator and some spaces. */
const maxLookBack = 160;
const maxNameLength = 128;
const quotes = new Set(['"', "'", '`']);
const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\t';
const isNameChar = (char: string | undefined): boolean => char !== undefined && /[A-Za-z0-9_$.-]/.test(char);

export type AssignedName = { name: string; separator: 'assign' | 'comma' | 'bearer' };

/** Steps back over spaces from `index` (exclusive), never past `floor`. */
function skipSpaces(text: string, index: number, floor: number): number {
  let at = index;
  while (at > floor && isSpace(text[at - 1])) at -= 1;
  return at;
}

/** The separator ending at `index` (exclusive) and where it starts, or null: `=`, `:`, `??`, `||`, `,`; never `==`, `!=`, `<=`, `>=`. */
function separatorBefore(text: string, index: number): { start: number; kind: 'assign' | 'comma' } | null {
  const last = text[index - 1];
  const before = text[index - 2];
  if (last === ',') return { start: index - 1, kind: 'comma' };
  if (last === ':') return { start: index - 1, kind: 'assign' };
  if ((last === '?' && before === '?') || (last === '|' && before === '|')) return { start: index - 2, kind: 'assign' };
  if (last === '=' && before !== undefined && !'=!<>'.includes(before)) return { start: before === ':' ? index - 2 : index - 1, kind: 'assign' };
  return null;
}

/**
 * The name a value starting at `valueStart` is given, read within the same line and at most 160 characters back, or
 * null when the value is not directly assigned (an argument, an expression, a comparison). Constant work per call.
 */
export function assignedName(text: string, valueStart: number): AssignedName | null {
  const floor = Math.max(0, valueStart - maxLookBack);
  let at = valueStart;
  if (quotes.has(text[at - 1] ?? '')) at -= 1;
  if (text.slice(Math.max(floor, at - 7), at).toLowerCase() === 'bearer ') return { name: 'authorization', separator: 'bearer' };
  at = skipSpaces(text, at, floor);
  const separator = separatorBefore(text, at);
  if (separator === null) return null;
  at = skipSpaces(text, separator.start, floor);
  if (quotes.has(text[at - 1] ?? '') || text[at - 1] === ']') at -= 1;
  const end = at;
  while (at > floor && end - at < maxNameLength && isNameChar(text[at - 1])) at -= 1;
  if (at === end) return null;
  return { name: text.slice(at, end), separator: separator.kind };
}
