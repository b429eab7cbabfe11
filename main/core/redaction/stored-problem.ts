// Reads the problem stored with an account's status as one of akool-vault's own problem codes; text from the file is never kept. Must not import electron or node:*.

/**
 * What went wrong at the last check, as a code the window turns into our own sentence (accounts/problem-text.ts):
 * an Akool answer code, no answer that could be used, or a record changed outside akool-vault.
 */
export type ProblemCode = `akool:${number}` | 'unreachable' | 'bad-response' | 'record-changed';

const codePattern = /^(?:akool:-?\d{1,15}|unreachable|bad-response|record-changed)$/;
/** Older versions stored a sentence; the codes it carried, and nothing else, are read from it. */
const legacyAkoolCode = /^Akool answered code (-?\d{1,15})[.:]|\(code (-?\d{1,15})\)\./;
const legacyPrefixes: readonly (readonly [string, ProblemCode])[] = [
  ['Could not reach the Akool API', 'unreachable'],
  ['The Akool API gave an answer akool-vault cannot use', 'bad-response'],
  ["This account's base URL, client ID or stored secrets were changed outside akool-vault", 'record-changed'],
];
/** Older versions stored at most our sentence and a 200-character excerpt; anything longer is not looked at. */
const maxStoredLength = 600;

function isProblemCode(text: string): text is ProblemCode {
  return codePattern.test(text);
}

/**
 * The stored problem as a code: a code as akool-vault writes it now, or the code an older version's sentence began with;
 * anything else (server text, a sentence written into the file by another program) reads as no problem text at all.
 */
export function storedProblemCode(stored: string | null): ProblemCode | null {
  if (stored === null || stored.length > maxStoredLength) return null;
  if (isProblemCode(stored)) return stored;
  const akool = legacyAkoolCode.exec(stored);
  const code = akool?.[1] ?? akool?.[2];
  if (code !== undefined) return `akool:${Number(code)}`;
  return legacyPrefixes.find(([prefix]) => stored.startsWith(prefix))?.[1] ?? null;
}
