// Says once in the vault's lifetime that closing the window keeps akool-vault running in the tray. Must not import electron.
import type { DocumentStore } from '../vault/document-store';
import type { Logger } from '../ports';

/** True the first time ever (remembered in the vault file), false after that; at most once per run if the file cannot be written. */
export function createCloseHint(documents: DocumentStore, logger: Logger): () => boolean {
  let shownThisRun = false;
  return () => {
    if (shownThisRun || documents.current().closeHintShown) return false;
    shownThisRun = true;
    try {
      documents.update((document) => ({ ...document, closeHintShown: true }));
    } catch {
      logger.warn('could not save that the tray hint was shown');
    }
    return true;
  };
}
