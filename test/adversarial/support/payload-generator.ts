// Seeded generator of hostile IPC payloads: wrong types, missing and extra fields, huge strings, deep nesting, __proto__ and constructor keys. Must not import main/.
import type { Random } from './seeded-random';

type Json = unknown;

const uuid = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';

/** A valid-looking input per channel, which the generator then breaks; channels it does not know start from {}. */
export const templates: Readonly<Record<string, Record<string, Json>>> = {
  addAccount: { label: 'Main', clientId: 'client', clientSecret: 'secret', baseUrl: 'https://openapi.akool.com' },
  checkAccount: { id: uuid },
  renewToken: { id: uuid },
  renameAccount: { id: uuid, label: 'Renamed' },
  replaceSecret: { id: uuid, clientSecret: 'secret', baseUrl: 'https://openapi.akool.com' },
  removeAccount: { id: uuid },
  copyToken: { id: uuid, format: 'token' },
  dismissBanAlert: { id: uuid },
  updateSettings: { clipboardClearSeconds: 30, checkIntervalMinutes: 15, notifications: true, lowCreditThreshold: 500 },
  setWeakProtectionOptIn: { optIn: true },
  setLowCreditThreshold: { id: uuid, threshold: 500 },
  acceptVaultFile: { confirmed: true },
};

/** More valid-looking starting points for channels with more than one shape: the API-key add and the key copies. */
export const alternativeTemplates: Readonly<Record<string, readonly Record<string, Json>[]>> = {
  addAccount: [
    { kind: 'api-key', label: 'Main', apiKey: 'key', baseUrl: 'https://openapi.akool.com' },
    { kind: 'client-credentials', label: 'Main', clientId: 'client', clientSecret: 'secret' },
  ],
  copyToken: [
    { id: uuid, format: 'api-key' },
    { id: uuid, format: 'api-key-header' },
  ],
};

const hugeString = (random: Random): string => 'x'.repeat(random.pick([10_000, 100_000, 1_000_000]));

function deep(random: Random, depth: number): Json {
  let value: Json = random.pick([0, 'leaf', null]);
  const asArray = random.next() < 0.5;
  for (let level = 0; level < depth; level += 1) value = asArray ? [value] : { a: value };
  return value;
}

/** A key that is dangerous or odd as an object key. */
function oddKey(random: Random): string {
  return random.pick([
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    `k${random.int(0, 1e6)}`,
    'é\u0000\u202e',
    'k'.repeat(10_000),
  ]);
}

/** A value of some type, rarely the right one. */
function oddValue(random: Random): Json {
  switch (random.int(0, 13)) {
    case 0: return null;
    case 1: return undefined;
    case 2: return random.pick([0, -1, 1.5, Number.MAX_SAFE_INTEGER + 2, Number.NaN, Number.POSITIVE_INFINITY, 1e308]);
    case 3: return random.next() < 0.5;
    case 4: return '';
    case 5: return random.next() < 0.1 ? hugeString(random) : 'y'.repeat(random.int(1, 5000));
    case 6: return 'line\r\nbreak\u0000nul\u001b[31m';
    case 7: return [];
    case 8: return [uuid, 'Main'];
    case 9: return {};
    case 10: return deep(random, random.int(50, 2000));
    case 11: return JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}');
    case 12: return 'not-a-uuid-3f2b8c1e';
    default: return uuid.toUpperCase().replace('-', '');
  }
}

/** Sets `key` as an own property, even `__proto__`, the way JSON.parse would. */
function withOwn(object: Record<string, Json>, key: string, value: Json): Record<string, Json> {
  const copy = { ...object };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** One hostile payload for a channel; it may by chance be valid, so callers check it against the contract. */
export function hostilePayload(random: Random, channel: string): Json {
  const base = templates[channel] ?? {};
  const alternatives = alternativeTemplates[channel] ?? [];
  const template = alternatives.length > 0 ? random.pick([base, ...alternatives]) : base;
  const keys = Object.keys(template);
  switch (random.int(0, 6)) {
    case 0:
      return oddValue(random);
    case 1: {
      const key = random.pick(keys.length > 0 ? keys : ['id']);
      const { [key]: _dropped, ...rest } = template;
      return keys.length > 0 ? rest : withOwn(template, oddKey(random), oddValue(random));
    }
    case 2:
      return keys.length > 0 ? withOwn(template, random.pick(keys), oddValue(random)) : oddValue(random);
    case 3:
      return withOwn(template, oddKey(random), oddValue(random));
    case 4:
      return JSON.parse(`{"__proto__":${JSON.stringify(template)},"polluted":true}`);
    case 5:
      return deep(random, random.int(100, 2000));
    default: {
      let payload: Record<string, Json> = template;
      for (let count = random.int(2, 5); count > 0; count -= 1) payload = withOwn(payload, random.pick([...keys, oddKey(random)]), oddValue(random));
      return payload;
    }
  }
}
