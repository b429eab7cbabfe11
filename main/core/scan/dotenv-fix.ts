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

/** `NAME=value` lines whose name is an Akool base URL variable (AKOOL_BASE_URL, VITE_AKOOL_API_URL…). */
const baseUrlLine = /^(\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]{0,127}\s*=\s*)(["']?)([^"'#\s]{1,2048})\2/;
const isBaseUrlName = (name: string): boolean => /akool/i.test(name) && /(base_?url|api_?url|endpoint|host)/i.test(name);

/**
 * In a file whose secrets now all refer to one account, the base URL variable holding that account's base URL becomes
 * `akool://<account>/base-url` too, so the file names the account once. Answers the text unchanged otherwise.
 */
export function referBaseUrl(text: string, accountId: string, baseUrl: string): string {
  return text
    .split('\n')
    .map((line) => {
      const match = baseUrlLine.exec(line);
      if (match === null) return line;
      const [whole, head = '', quote = '', value = ''] = match;
      if (!isBaseUrlName(head) || value.replace(/\/+$/, '') !== baseUrl.replace(/\/+$/, '')) return line;
      return `${head}${quote}${referenceTo(accountId, 'base-url')}${quote}${line.slice(whole.length)}`;
    })
    .join('\n');
}
