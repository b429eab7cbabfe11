// Remembers, in memory only, the last secrets and tokens the client sent anywhere, so no later answer can echo one back. Must not import electron or node:*.

/** Enough for every secret and token of a few accounts' add, renew and replace in one session; older ones fall out. */
export const rememberedSecrets = 16;

export interface SentSecrets {
  remember(value: string): void;
  /** The remembered values, most recent last. */
  all(): string[];
}

export function createSentSecrets(limit = rememberedSecrets): SentSecrets {
  const values = new Set<string>();
  return {
    remember: (value) => {
      values.delete(value);
      values.add(value);
      for (const oldest of values) {
        if (values.size <= limit) break;
        values.delete(oldest);
      }
    },
    all: () => [...values],
  };
}
