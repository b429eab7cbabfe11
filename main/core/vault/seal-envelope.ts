// The sealed form of one secret: the value together with the account id, kind, base URL and clientId it may be used with. May import node:crypto only; never electron.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { parseJson } from '../shared/json-object';

/** What a sealed secret may be used with; any difference from the account record means the record was changed outside the app. */
export interface SealBinding {
  readonly accountId: string;
  /** The keytar service the secret is stored under: client secret or token. */
  readonly kind: string;
  readonly baseUrl: string;
  readonly clientId: string;
}

/**
 * 3 since the generation marker (generation-guard.ts): a file holding a version-3 seal was written by a version that
 * keeps a marker, so it cannot pass for a file from before markers. Version 2 still opens, and is sealed again.
 */
export const currentEnvelopeVersion = 3;
const envelopeVersions = [2, 3] as const;
export type EnvelopeVersion = (typeof envelopeVersions)[number];

/**
 * A digest over every field, the secret included. safeStorage's ciphertexts on macOS and Linux are AES-CBC without a
 * MAC (chromium/chromium components/os_crypt/sync/os_crypt_linux.cc), so a same-user process could flip bits to edit
 * a known part of the plain text; it cannot fix this digest up without knowing the secret.
 */
function digestOf(version: EnvelopeVersion, binding: SealBinding, value: string): string {
  const fields = [version, binding.accountId, binding.kind, binding.baseUrl, binding.clientId, value];
  return createHash('sha256').update(JSON.stringify(fields), 'utf8').digest('hex');
}

const envelopeSchema = z.strictObject({
  v: z.union(envelopeVersions.map((version) => z.literal(version))),
  accountId: z.string(),
  kind: z.string(),
  baseUrl: z.string(),
  clientId: z.string(),
  value: z.string(),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});

/** The plain text to seal for `value` bound to `binding`. */
export function envelopeText(binding: SealBinding, value: string): string {
  const { accountId, kind, baseUrl, clientId } = binding;
  return JSON.stringify({ v: currentEnvelopeVersion, accountId, kind, baseUrl, clientId, value, digest: digestOf(currentEnvelopeVersion, binding, value) });
}

export type ReadEnvelope =
  /** `version` 2: sealed before the generation marker existed. */
  | { kind: 'bound'; binding: SealBinding; value: string; version: EnvelopeVersion }
  /** Not an intact envelope: a secret sealed before bindings existed, or a tampered one. */
  | { kind: 'unbound' };

/** Reads decrypted text as an envelope; anything malformed or with a wrong digest is 'unbound'. */
export function readEnvelope(text: string): ReadEnvelope {
  const json = parseJson(text);
  const parsed = json.ok ? envelopeSchema.safeParse(json.value) : undefined;
  if (parsed === undefined || !parsed.success) return { kind: 'unbound' };
  const { v: version, accountId, kind, baseUrl, clientId, value, digest } = parsed.data;
  const binding = { accountId, kind, baseUrl, clientId };
  return digest === digestOf(version, binding, value) ? { kind: 'bound', binding, value, version } : { kind: 'unbound' };
}

export function sameBinding(a: SealBinding, b: SealBinding): boolean {
  return a.accountId === b.accountId && a.kind === b.kind && a.baseUrl === b.baseUrl && a.clientId === b.clientId;
}
