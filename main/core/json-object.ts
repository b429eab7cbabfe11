// Safe JSON parsing and own-property reads, so `__proto__` keys pollute nothing. Must not import electron or node:*.

export type JsonParse = { ok: true; value: unknown } | { ok: false };

export function parseJson(text: string): JsonParse {
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
