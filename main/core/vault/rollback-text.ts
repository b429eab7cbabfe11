// akool-vault's own sentence for each reason a vault file is locked as not the one last saved; never text from a file. Must not import electron.
import type { RollbackReason } from './generation-verdict';

const readOnly = 'akool-vault opened it read only and sends nothing for any account.';
const wayOut =
  'If you put this file back on purpose, choose "Accept this vault file…" below this notice. Otherwise quit, put back your newest vault.json together with its vault-generation.json, and start again.';

const reasonText: Record<RollbackReason, string> = {
  'rolled-back': 'The vault file is older than the last one akool-vault saved: a copy was put back, by you or another program.',
  'marker-missing': 'The record of which vault file akool-vault saved last (vault-generation.json) is missing, so this file cannot be vouched for.',
  'marker-unreadable': 'The record of which vault file akool-vault saved last (vault-generation.json) is damaged or was not written by akool-vault.',
  'marker-behind': 'The vault file is newer than the record of which file akool-vault saved last (vault-generation.json): that record was put back from a copy.',
};

/** The notice and error text for a locked vault. */
export function rollbackText(reason: RollbackReason): string {
  return `${reasonText[reason]} ${readOnly} ${wayOut}`;
}
