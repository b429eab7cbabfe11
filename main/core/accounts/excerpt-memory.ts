// Keeps, in memory only, the scrubbed server excerpt of each account's last failed check; never written anywhere. Must not import electron or node:*.

export interface ExcerptMemory {
  /** Remembers the excerpt of the account's latest outcome; null forgets it. */
  set(id: string, excerpt: string | null): void;
  get(id: string): string | null;
}

export function createExcerptMemory(): ExcerptMemory {
  const excerpts = new Map<string, string>();
  return {
    set: (id, excerpt) => {
      if (excerpt === null) excerpts.delete(id);
      else excerpts.set(id, excerpt);
    },
    get: (id) => excerpts.get(id) ?? null,
  };
}
