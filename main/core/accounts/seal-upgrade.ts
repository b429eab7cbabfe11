// At start, opens every account's seals once: migrates secrets sealed before bindings, re-seals rotated or weak ones, marks changed records. Must not import electron.
import { clientSecretService, tokenService } from './account-records';
import { openSealed, saveResealed, type Resealed, type SealDeps } from './account-seals';
import type { Logger } from '../ports';

export interface SealUpgradeReport {
  /** Seals opened and found bound to their record (or migrated). */
  opened: number;
  /** Seals written again: migrated, rotated, or stronger now. */
  sealedAgain: number;
  /** Seals that could not be opened or re-sealed now; an unmigrated file stays wholly unmigrated while any is among them. */
  failed: number;
}

/**
 * Opening decides what is due (account-seals.ts); this opens each seal in turn and saves all re-seals in one write. A file
 * not yet migrated is re-sealed and marked `seals: 'bound'` only when every seal opened and every due re-seal worked;
 * otherwise nothing is written, the next start tries again and, until then, legacy seals stay usable and no account is dropped.
 */
export async function upgradeSeals(deps: SealDeps, logger: Logger): Promise<SealUpgradeReport> {
  const report: SealUpgradeReport = { opened: 0, sealedAgain: 0, failed: 0 };
  const resealed: Resealed[] = [];
  for (const { id } of deps.documents.current().accounts) {
    for (const kind of [clientSecretService, tokenService]) {
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
