// Builds a real vault runtime (AES cipher, conf file, memory clipboard) in a temp dir for tests.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAkoolClient } from '../../main/core/akool/client';
import { createAccountService, type AccountService } from '../../main/core/accounts/account-service';
import { clearDelayMs, createClipboardGuard } from '../../main/core/clipboard/clipboard-guard';
import { openDocumentStore } from '../../main/core/vault/document-store';
import type { Protection } from '../../main/core/ports';
import { createAesGcmCipher } from '../../main/node/aes-gcm-cipher';
import { openConfStore } from '../../main/node/open-conf-store';
import { createMemoryClipboard } from '../../main/node/memory-clipboard';
import { createFakeClock, type FakeClock } from './fake-clock';
import { createMemoryLogger } from './memory-logger';
import { makeTempDir } from './temp-dir';

export interface VaultFixture {
  service: AccountService;
  clock: FakeClock;
  clipboard: { text(): string };
  logLines: string[];
  dataDir: string;
  /** Every file in the data directory, concatenated as text. */
  diskText(): string;
  /** A second service over the same files, as after a restart (which first writes what the first one recorded). */
  reopen(): AccountService;
  remove(): void;
}

export function createVaultFixture(protection?: Protection): VaultFixture {
  const dir = makeTempDir();
  const key = randomBytes(32);
  const clock = createFakeClock(Date.now());
  const clipboard = createMemoryClipboard();
  const logger = createMemoryLogger();
  let flushPrevious = (): void => undefined;
  const build = (): AccountService => {
    flushPrevious();
    const cipher = createAesGcmCipher(key, protection);
    const documents = openDocumentStore(openConfStore(dir.path), clock, logger);
    flushPrevious = documents.flush;
    const clearAfterMs = (): number | null => clearDelayMs(documents.current().settings.clipboardClearSeconds);
    return createAccountService({
      client: createAkoolClient({ http: fetch }),
      documents,
      cipher,
      clock,
      protection: protection ?? { available: true, backend: 'aes-256-gcm', weak: false },
      clipboardGuard: createClipboardGuard({ clipboard, clock, clearAfterMs, onCleared: () => undefined, logger }),
      clearing: { neverConfirmed: false },
      newId: () => crypto.randomUUID(),
    });
  };
  return {
    service: build(),
    clock,
    clipboard,
    logLines: logger.lines,
    dataDir: dir.path,
    diskText: () => readdirSync(dir.path).map((name) => readFileSync(join(dir.path, name), 'latin1')).join('\n'),
    reopen: build,
    remove: dir.remove,
  };
}
