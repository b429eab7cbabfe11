// --fix for dotenv files: replaces values the vault now holds by akool:// references in place, keeping comments, order and quoting. Pure; no node:*.
import type { HeldFinding } from './scan-types';

export type ReferencePart = 'api-key' | 'token' | 'base-url';

/** The reference `akool-vault run --env-file` resolves for the child only. */
export const referenceTo = (accountId: string, part: ReferencePart): string => `akool://${accountId}/${part}`;

export interface DotenvReplacement {
  finding: HeldFinding;
  reference: string;
}

export type DotenvRewrite = { ok: true; text: string; replaced: number } | { ok: false; reason: string };

/**
 * Replaces each finding's value at its line and column by its reference. Every value is checked to be exactly where
 * the scan saw it; if the file changed since, nothing is rewritten.
 */
export function rewriteDotenv(text: string, replacements: readonly DotenvReplacement[]): DotenvRewrite {
  const lines = text.split('\n');
  // Right to left within a line, so earlier columns stay valid.
  const ordered = [...replacements].sort((a, b) => a.finding.line - b.finding.line || b.finding.column - a.finding.column);
  for (const { finding, reference } of ordered) {
    const line = lines[finding.line - 1];
    const start = finding.column - 1;
    if (line === undefined || line.slice(start, start + finding.value.length) !== finding.value) {
      return { ok: false, reason: `${finding.file}:${finding.line} changed since the scan; nothing was rewritten` };
    }
    lines[finding.line - 1] = line.slice(0, start) + reference + line.slice(start + finding.value.length);
  }
  return { ok: true, text: lines.join('\n'), replaced: ordered.length };
}
