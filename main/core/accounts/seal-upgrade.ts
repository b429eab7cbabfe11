// At start, checks every base URL and opens every account's seals once, marks an account whose secret is missing as changed: migrates secrets sealed before bindings, re-seals rotated or weak ones, marks changed records. Must not import electron.
import { apiKeyService, secretServiceOf, tokenService } from './account-records';
import { markRecordChanged, openSealed, saveResealed, type Resealed, type SealDeps } from './account-seals';
import { sealedEntry } from '../vault/secret-vault';
import type { AccountRecord } from '../vault/vault-document';
import type { Logger } from '../ports';
import { checkStoredBaseUrls } from './stored-base-urls';

export interface SealUpgradeReport {
  /** Seals opened and found bound to their record (or migrated). */
  opened: number;
  /** Seals written again: migrated, rotated, or stronger now. */
  sealedAgain: number;
  /** Seals that could not be opened or re-sealed now; an unmigrated file stays wholly unmigrated while any is among them. */
  failed: number;
}

/** The seals an account keeps: its API key, or its client secret and token. */
const sealKinds = (record: AccountRecord): readonly string[] =>
  record.kind === 'api-key' ? [apiKeyService] : [secretServiceOf(record), tokenService];

/**
 * Opening decides what is due (account-seals.ts); this opens each seal in turn and saves all re-seals in one write. A file
 * not yet migrated is re-sealed and marked `seals: 'bound'` only when every seal opened and every due re-seal worked;
 * otherwise nothing is written, the next start tries again and, until then, legacy seals stay usable and no account is dropped.
 */
export async function upgradeSeals(deps: SealDeps, logger: Logger): Promise<SealUpgradeReport> {
  const report: SealUpgradeReport = { opened: 0, sealedAgain: 0, failed: 0 };
  const resealed: Resealed[] = [];
  // Seals are bound to normalized base URLs: an equivalent spelling in the file still matches, a look-alike does not.
  checkStoredBaseUrls(deps.documents, deps.clock);
  for (const record of deps.documents.current().accounts) {
    const { id } = record;
    // akool-vault never keeps an account without its secret: one missing was removed, or its record given another id.
    if (sealedEntry(deps.documents.current(), secretServiceOf(record), id) === undefined) markRecordChanged(deps, id);
    for (const kind of sealKinds(record)) {
      try {
        const result = await openSealed(deps, kind, id);
        if (result.opened !== null) report.opened += 1;
        if (result.resealed !== null) resealed.push(result.resealed);
        if (result.resealFailed) report.failed += 1;
      } catch {
        report.failed += 1;
      }
    }
  }
  // A file not yet migrated is migrated whole or not at all: a bound seal beside legacy ones makes the file refuse
  // them (account-seals.ts legacyAllowed), so a partial migration would strand the secrets it could not re-seal.
  const migrating = deps.documents.current().seals !== 'bound';
  if (migrating && report.failed > 0) {
    logger.info('vault seals checked', { ...report });
    return report;
  }
  // One write for all of them, the marker included: a thousand accounts must not cost two thousand whole-file writes.
  if (saveResealed(deps, resealed, migrating)) report.sealedAgain = resealed.length;
  // A failed write of the marker alone counts as one.
  else report.failed += Math.max(resealed.length, 1);
  if (report.sealedAgain > 0 || report.failed > 0) logger.info('vault seals checked', { ...report });
  return report;
}
