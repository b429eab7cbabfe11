// Decides each finding's exposure: shipped in a bundle, under a public env name, committed, or local. Pure; no node:*.
import { hasPublicPrefix, isBuiltOutput, isDotenv, variableName } from './scan-places';
import type { Exposure } from './scan-types';

export interface ExposureFacts {
  /** Relative paths git tracks (git ls-files); empty outside a repository. */
  tracked: ReadonlySet<string>;
  /** Variables browser code reads through import.meta.env. */
  browserEnvNames: ReadonlySet<string>;
}

/** The worst place a finding at `file` under `name` reached. */
export function exposureOf(file: string, name: string, facts: ExposureFacts): Exposure {
  if (isBuiltOutput(file)) return 'client-bundle';
  const fileName = file.slice(file.lastIndexOf('/') + 1);
  const envName = variableName(name);
  if (hasPublicPrefix(name) || (isDotenv(fileName) && facts.browserEnvNames.has(envName)) || name.startsWith('import.meta.env.')) {
    return 'client-env';
  }
  return facts.tracked.has(file) ? 'committed' : 'local';
}

/** Names read as import.meta.env.NAME in a text: a linear global match. */
export function importMetaEnvNames(text: string): string[] {
  return [...text.matchAll(/import\.meta\.env\.([A-Za-z_][A-Za-z0-9_]{0,127})/g)].map((match) => match[1] ?? '');
}
