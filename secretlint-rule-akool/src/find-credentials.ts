// Finds Akool credentials in a text: values under Akool names, in a getToken body, in x-api-key or Bearer sent to Akool. Linear in the text. Imports nothing outside this package.
import { assignedName, type AssignedName } from './assignment-name.js';
import { maxValueLength, shapeOf, type ValueShape } from './value-shapes.js';

export type CredentialKind = 'client-secret' | 'api-key' | 'client-id' | 'token';
export type CredentialFinding = { kind: CredentialKind; start: number; end: number; name: string };

/** What the whole file says about Akool, read once. */
export type FileContext = { mentionsAkool: boolean; talksToAkool: boolean; callsGetToken: boolean };

/** Whether a text names Akool at all: nothing is reported in a text that does not, so callers may skip it. */
export const mentionsAkool = (text: string): boolean => /akool/i.test(text);

export function readFileContext(text: string): FileContext {
  if (!mentionsAkool(text)) return { mentionsAkool: false, talksToAkool: false, callsGetToken: false };
  return { mentionsAkool: true, talksToAkool: /openapi\.akool\.com/i.test(text), callsGetToken: /gettoken/i.test(text) };
}

/**
 * A run of value characters at least as long as a client ID, `=` only as trailing padding. A run that fails the
 * minimum is shorter than 22 characters, so retrying from each of its positions stays bounded: linear overall.
 */
const valueRun = /[A-Za-z0-9+/_.-]{22,}={0,2}/g;

/** The name with only letters and digits, upper-cased: `VITE_AKOOL_CLIENT_SECRET`, `akoolClientSecret` → comparable. */
const squeezeName = (name: string): string => name.replace(/[^A-Za-z0-9]/g, '').toUpperCase();

/** Which kind a value of `shape` under `assigned` is, given the file's context; null when it is not an Akool credential. */
export function classify(assigned: AssignedName, shape: ValueShape, file: FileContext): CredentialKind | null {
  const name = squeezeName(assigned.name);
  if (assigned.separator === 'bearer') return shape === 'jwt' && file.mentionsAkool ? 'token' : null;
  // A comma passes a value to a header setter (`set('x-api-key', value)`); for any other name it is just an argument list.
  if (assigned.separator === 'comma' && name !== 'XAPIKEY') return null;
  if (name.includes('AKOOL')) {
    if (shape === 'jwt') return name.includes('TOKEN') || name.includes('JWT') ? 'token' : null;
    if (name.includes('CLIENTID')) return shape === 'client-id' ? 'client-id' : null;
    if (shape !== 'secret') return null;
    if (name.includes('SECRET')) return 'client-secret';
    return name.includes('KEY') || name.includes('TOKEN') ? 'api-key' : null;
  }
  if (name === 'XAPIKEY') return file.talksToAkool && shape === 'secret' ? 'api-key' : null;
  if (name === 'AUTHORIZATION') return file.talksToAkool && shape === 'jwt' ? 'token' : null;
  if (!file.callsGetToken) return null;
  if (name.endsWith('CLIENTSECRET')) return shape === 'secret' ? 'client-secret' : null;
  if (name.endsWith('CLIENTID')) return shape === 'client-id' ? 'client-id' : null;
  return null;
}

/** Every Akool credential in `text`; nothing at all in a file that never mentions Akool. */
export function findCredentials(text: string): CredentialFinding[] {
  const file = readFileContext(text);
  if (!file.mentionsAkool) return [];
  const findings: CredentialFinding[] = [];
  for (const match of text.matchAll(valueRun)) {
    const value = match[0];
    if (value.length > maxValueLength) continue;
    const shape = shapeOf(value);
    if (shape === null) continue;
    const assigned = assignedName(text, match.index);
    if (assigned === null) continue;
    const kind = classify(assigned, shape, file);
    if (kind !== null) findings.push({ kind, start: match.index, end: match.index + value.length, name: assigned.name });
  }
  return findings;
}
