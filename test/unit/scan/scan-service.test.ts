// One scan run end to end under Node: verified against the sandbox, imported after approval, marked in-vault, .env fixed to references; outputs carry no secret.
import { existsSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenFingerprint } from '../../../main/core/accounts/fingerprint';
import { runScan } from '../../../main/core/scan/scan-service';
import type { ScanRequest } from '../../../main/core/scan/scan-request';
import { findCanaryPiece } from '../../support/canary-pieces';
import { createScanProject, type ScanProject } from '../../support/scan-project';
import { startScanRig } from '../../support/scan-service-rig';
import { useTempDirs } from '../../support/use-temp-dirs';
import { createVaultFixture } from '../../support/vault-fixture';

const tempDir = useTempDirs();
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function setUp(allow: Parameters<typeof startScanRig>[2] = (offers) => offers.map((offer) => offer.fingerprint)) {
  const project = createScanProject(tempDir());
  const vault = createVaultFixture();
  const rig = await startScanRig(project, vault, allow);
  cleanups.push(() => rig.sandbox.close(), () => vault.remove());
  const request = (change: Partial<ScanRequest> = {}): ScanRequest => ({
    dir: project.root,
    history: true,
    format: 'table',
    verify: false,
    import: false,
    fix: false,
    baseUrl: rig.sandbox.baseUrl,
    ...change,
  });
  return { project, vault, rig, request };
}

const masked = (project: ScanProject, text: string): string =>
  project.secrets.reduce((result, secret, index) => result.split(secret).join(`<secret #${index}>`), text);
const noSecretIn = (project: ScanProject, ...texts: string[]) => expect(findCanaryPiece(texts.join('\n'), project.secrets)).toBeNull();

describe('runScan', () => {
  it('exits 1 with findings and 0 on a clean folder', async () => {
    const { rig, request } = await setUp();
    expect((await runScan(rig.deps, request())).exitCode).toBe(1);
    expect((await runScan(rig.deps, request({ dir: tempDir() }))).exitCode).toBe(0);
  });

  it('verifies each candidate with the account-check client: live, banned, rejected', async () => {
    const { project, rig, request } = await setUp();
    const run = await runScan(rig.deps, request({ verify: true }));
    const verdict = (value: string) => run.result.findings.find((finding) => finding.fingerprint === tokenFingerprint(value))?.verified;
    expect([verdict(project.browserKey), verdict(project.serverSecret), verdict(project.scriptKey), verdict(project.historySecret)]).toEqual([
      'live',
      'live',
      'banned',
      'rejected',
    ]);
    expect(rig.sandbox.requests.every((sent) => sent.hasApiKey && !sent.hasAuthorization)).toBe(true);
  });

  it('imports only what the person approved, pairs the client ID from the same file, and marks it in the vault', async () => {
    const { project, vault, rig, request } = await setUp();
    const run = await runScan(rig.deps, request({ import: true }));
    expect(rig.offers).toHaveLength(1);
    expect(rig.offers[0]?.map((offer) => [offer.kind, offer.fingerprint, offer.withClientId, offer.suggestedLabel])).toEqual([
      ['api-key', tokenFingerprint(project.browserKey), false, 'VITE_AKOOL_API_KEY (.env)'],
      ['client-secret', tokenFingerprint(project.serverSecret), true, 'AKOOL_CLIENT_SECRET (.env)'],
    ]);
    const accounts = vault.service.state().accounts;
    expect(accounts.map((account) => [account.label, account.clientId])).toEqual([
      ['VITE_AKOOL_API_KEY (.env)', ''],
      ['AKOOL_CLIENT_SECRET (.env)', project.serverClientId],
    ]);
    const inVault = run.result.findings.filter((finding) => finding.inVault === true).map((finding) => finding.fingerprint);
    expect(new Set(inVault)).toEqual(new Set([project.browserKey, project.serverSecret, project.serverClientId].map(tokenFingerprint)));
    noSecretIn(project, JSON.stringify(rig.offers), run.output, run.notes.join('\n'));
  });

  it('imports nothing the person declined', async () => {
    const { vault, rig, request } = await setUp(() => []);
    await runScan(rig.deps, request({ import: true }));
    expect(rig.offers).toHaveLength(1);
    expect(vault.service.state().accounts).toEqual([]);
  });

  it('--fix rewrites vault-held .env values to references, keeping comments, order and quoting, after a .bak', async () => {
    const { project, vault, rig, request } = await setUp();
    const before = readFileSync(join(project.root, '.env'), 'utf8');
    const run = await runScan(rig.deps, request({ import: true, fix: true }));
    const [browser, server] = vault.service.state().accounts;
    const after = readFileSync(join(project.root, '.env'), 'utf8');
    const expected = before
      .replace(project.browserKey, `akool://${browser?.id ?? '?'}/api-key`)
      .replace(project.serverSecret, `akool://${server?.id ?? '?'}/api-key`);
    // Compared with the secrets masked, so a failure never prints one.
    expect(masked(project, after)).toBe(masked(project, expected));
    expect(masked(project, readFileSync(join(project.root, '.env.bak'), 'utf8'))).toBe(masked(project, before));
    expect(readFileSync(join(project.root, '.env.bak'), 'utf8') === before).toBe(true);
    if (process.platform !== 'win32') expect(statSync(join(project.root, '.env.bak')).mode & 0o777).toBe(0o600);
    expect(run.notes.join('\n')).toContain(`the old file is in ${join(project.root, '.env.bak')}, values in plain text`);
    expect(run.notes.join('\n')).toContain("rotate this key on Akool's API Credentials page: it was exposed");
    expect(readFileSync(join(project.root, 'dist/assets/index-4f2a9c.js'), 'utf8').includes(project.browserKey)).toBe(true);
    expect(existsSync(join(project.root, 'scripts/check-credit.sh.bak'))).toBe(false);
  });

  it('--fix leaves a file alone when anything sits at its .bak name: a link into public/ gets no copy of the values', async () => {
    const { project, rig, request } = await setUp();
    const before = readFileSync(join(project.root, '.env'), 'utf8');
    const leak = join(project.root, 'public/leak.txt');
    writeFileSync(leak, 'public\n');
    symlinkSync(leak, join(project.root, '.env.bak'));
    const run = await runScan(rig.deps, request({ import: true, fix: true }));
    expect(readFileSync(leak, 'utf8')).toBe('public\n');
    expect(lstatSync(join(project.root, '.env.bak')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(project.root, '.env'), 'utf8') === before).toBe(true);
    expect(run.notes).toContain(`.env: not fixed: ${join(project.root, '.env.bak')} already exists; move it away and run --fix again`);
  });

  it('writes no secret, in any form, to the table, JSON, SARIF or notes', async () => {
    const { project, rig, request } = await setUp();
    const outputs = await Promise.all(
      (['table', 'json', 'sarif'] as const).map((format) => runScan(rig.deps, request({ format, verify: true, fix: true }))),
    );
    noSecretIn(project, ...outputs.flatMap((run) => [run.output, ...run.notes]));
    const json: unknown = JSON.parse(outputs[1]?.output ?? '');
    expect(json).toMatchObject({ findings: expect.arrayContaining([expect.objectContaining({ exposure: 'history', commit: expect.any(String) })]) });
  });

  it('--sarif is valid SARIF 2.1.0', async () => {
    const { rig, request } = await setUp();
    const run = await runScan(rig.deps, request({ format: 'sarif' }));
    const schemaPath = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    const sarif: unknown = JSON.parse(run.output);
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(sarif).toMatchObject({ version: '2.1.0', runs: [{ results: expect.arrayContaining([expect.objectContaining({ level: 'error' })]) }] });
  });
});
