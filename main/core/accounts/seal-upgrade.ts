// At start, opens every account's seals once: migrates secrets sealed before bindings, re-seals rotated or weak ones, marks changed records. Must not import electron.
import { clientSecretService, tokenService } from './account-records';
import { openSealed, saveResealed, type Resealed, type SealDeps } from './account-seals';
import type { Logger } from '../ports';

export interface SealUpgradeReport {
  /** Seals opened and found bound to their record (or migrated). */
  opened: number;
  /** Seals written again: migrated, rotated, or stronger now. */
  sealedAgain: number;
  /** Seals that could not be opened or re-sealed now; the file stays unmigrated while any legacy one is among them. */
  failed: number;
}

/**
 * Opening decides what is due (account-seals.ts); this opens each seal in turn and saves all re-seals in one write. The file is marked
 * `seals: 'bound'` only when every seal opened and every due re-seal worked; otherwise the next start tries again
 * and, until then, legacy seals stay usable and no account is dropped.
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
  // One write for all of them: a thousand accounts must not cost two thousand whole-file writes.
  if (saveResealed(deps, resealed)) report.sealedAgain = resealed.length;
  else report.failed += resealed.length;
  if (deps.documents.current().seals !== 'bound' && report.failed === 0) {
    try {
      deps.documents.update((document) => ({ ...document, seals: 'bound' }));
    } catch {
      report.failed += 1;
    }
  }
  if (report.sealedAgain > 0 || report.failed > 0) logger.info('vault seals checked', { ...report });
  return report;
}
