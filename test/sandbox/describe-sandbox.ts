// Formats a running sandbox's base URL and demo credentials as a plain-text table. Must not import main/ or node:*.
import type { SandboxAccountSeed } from './accounts';

const daySeconds = 24 * 60 * 60;

function firstTokenNote(account: SandboxAccountSeed): string {
  if (account.firstTokenExpired === true) return ' (first token expired)';
  if (account.firstTokenAgeSeconds === undefined) return '';
  const daysLeft = Math.round((account.tokenTtlSeconds - account.firstTokenAgeSeconds) / daySeconds);
  return ` (first token ${daysLeft} d from exp)`;
}

/** What the quota endpoint does for this account besides answering its credit. */
function quotaNote(account: SandboxAccountSeed): string {
  const notes: string[] = [];
  if (account.quotaCode !== undefined) notes.push(`quota answers ${account.quotaCode}`);
  if (account.throttleEvery !== undefined) notes.push(`1005 once every ${account.throttleEvery} checks`);
  if (account.creditDropPerCheck !== undefined) notes.push(`credit -${account.creditDropPerCheck} per check`);
  return notes.length === 0 ? '' : ` (${notes.join(', ')})`;
}

export function describeSandbox(baseUrl: string, accounts: readonly SandboxAccountSeed[]): string {
  const rows = accounts.map((account) => [
    account.clientId,
    account.clientSecret,
    account.state + firstTokenNote(account) + quotaNote(account),
    String(account.credit),
    `${Math.round(account.tokenTtlSeconds / daySeconds)} d`,
  ]);
  const table = [['clientId', 'clientSecret', 'state', 'credit', 'token ttl'], ...rows];
  const widths = table[0]?.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length))) ?? [];
  const lines = table.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd());
  const keyNote = 'API key (x-api-key) = clientSecret, as in Akool.';
  return [`Akool sandbox listening at ${baseUrl}`, keyNote, '', ...lines].join('\n');
}
