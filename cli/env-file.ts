// Reads a dotenv file: plain values for the child, and `akool://<account>/<field>` references the app resolves for the child only. Imports its own files only.
import { referenceFields, type Reference, type ReferenceField } from './contract';

export interface EnvFile {
  /** Values passed to the child as written. */
  readonly plain: Readonly<Record<string, string>>;
  readonly references: readonly Reference[];
}

/** A line the file cannot hold: its number and why (never the value). */
export class EnvFileError extends Error {
  override readonly name = 'EnvFileError';
}

export const maxEnvFileBytes = 1024 * 1024;
const namePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;
const referencePrefix = 'akool://';
const escapes: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

function unquote(raw: string, line: number): string {
  const value = raw.trim();
  const quote = value[0];
  if (quote === '"' || quote === "'") {
    const end = value.lastIndexOf(quote);
    if (end <= 0) throw new EnvFileError(`line ${line}: the quote is not closed`);
    const inner = value.slice(1, end);
    return quote === "'" ? inner : inner.replace(/\\(.)/g, (whole, char: string) => escapes[char] ?? whole);
  }
  const comment = value.search(/\s#/);
  return (comment === -1 ? value : value.slice(0, comment)).trimEnd();
}

const isField = (text: string): text is ReferenceField => referenceFields.some((field) => field === text);

function parseReference(name: string, value: string, line: number): Reference {
  const rest = value.slice(referencePrefix.length);
  const slash = rest.lastIndexOf('/');
  const field = rest.slice(slash + 1);
  let account: string;
  try {
    account = decodeURIComponent(rest.slice(0, slash));
  } catch {
    account = '';
  }
  if (slash <= 0 || account === '' || !isField(field)) {
    throw new EnvFileError(`line ${line}: a reference reads akool://<account>/${referenceFields.join('|')}`);
  }
  return { name, account, field };
}

export function parseEnvFile(text: string): EnvFile {
  if (text.length > maxEnvFileBytes) throw new EnvFileError(`the file is larger than ${maxEnvFileBytes} bytes`);
  const plain: Record<string, string> = {};
  const references: Reference[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim().replace(/^export\s+/, '');
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const equals = trimmed.indexOf('=');
    const name = trimmed.slice(0, equals).trim();
    if (equals <= 0 || !namePattern.test(name)) throw new EnvFileError(`line ${line}: expected NAME=value`);
    const value = unquote(trimmed.slice(equals + 1), line);
    if (value.startsWith(referencePrefix)) references.push(parseReference(name, value, line));
    else plain[name] = value;
  });
  return { plain, references };
}
