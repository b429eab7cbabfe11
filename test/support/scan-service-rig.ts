// A scan service over a real vault (AES cipher, conf file), a sandbox seeded with a generated project's keys, real files and git. Must not import electron.
import { join } from 'node:path';
import { createAkoolClient } from '../../main/core/akool/client';
import type { ImportOffer, ScanServiceDeps } from '../../main/core/scan/scan-service';
import { createDotenvFiles } from '../../main/node/dotenv-files';
import { createGitRunner } from '../../main/node/git-runner';
import { createScanFileSystem } from '../../main/node/scan-file-system';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { newClientId } from './scan-project';
import type { ScanProject } from './scan-project';
import type { VaultFixture } from './vault-fixture';

export interface ScanRig {
  deps: ScanServiceDeps;
  sandbox: Sandbox;
  /** Every approval request the service made, as the window would have shown it. */
  offers: ImportOffer[][];
}

/**
 * The browser key and the server pair are live, the script's key is banned, the history secret is unknown to Akool
 * (rejected). `allow` picks, from each request, the fingerprints the person approves.
 */
export async function startScanRig(project: ScanProject, vault: VaultFixture, allow: (offers: ImportOffer[]) => string[]): Promise<ScanRig> {
  const seed = (clientId: string, clientSecret: string, state: 'active' | 'banned') => ({
    clientId,
    clientSecret,
    state,
    credit: 100,
    email: `${state}@sandbox.test`,
    uid: '1',
    tokenTtlSeconds: 86_400,
  });
  const sandbox = await startSandbox({
    accounts: [
      seed(newClientId(), project.browserKey, 'active'),
      seed(project.serverClientId, project.serverSecret, 'active'),
      seed(newClientId(), project.scriptKey, 'banned'),
    ],
  });
  const offers: ImportOffer[][] = [];
  const deps: ScanServiceDeps = {
    host: { fileSystem: createScanFileSystem(), git: createGitRunner(), join },
    client: createAkoolClient({ http: fetch }),
    accounts: vault.service,
    approveImport: async (_root, request) => {
      offers.push(request);
      return allow(request);
    },
    dotenvFiles: createDotenvFiles(),
    toolVersion: '0.0.0-test',
  };
  return { deps, sandbox, offers };
}
