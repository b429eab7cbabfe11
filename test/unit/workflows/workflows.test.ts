// Validates .github/workflows/*.yml with the real action-validator CLI (its exit code decides), and checks each workflow runs what the project needs.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../support/use-temp-dirs';

const root = resolve(import.meta.dirname, '../../..');
const workflows = join(root, '.github', 'workflows');
const tempDir = useTempDirs();
/** The `action-validator` bin of @action-validator/cli (what `npx action-validator` runs), started with this Node on every platform. */
const validatorCli = join(dirname(createRequire(import.meta.url).resolve('@action-validator/cli/package.json')), 'cli.mjs');

const validate = (file: string) => spawnSync(process.execPath, [validatorCli, file], { encoding: 'utf8' });
const read = (name: string): string => readFileSync(join(workflows, name), 'utf8');

describe('action-validator', () => {
  it('fails with exit code 1 and names the error on a broken workflow', () => {
    const broken = join(tempDir(), 'broken.yml');
    writeFileSync(broken, 'name: Broken\non: push\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    stepz:\n      - run: npm test\n');
    const run = validate(broken);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Additional property 'stepz' is not allowed");
  });

  it.each(['ci.yml', 'release.yml'])('accepts %s', (name) => {
    const run = validate(join(workflows, name));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('ci.yml', () => {
  const ci = read('ci.yml');

  it('installs with npm ci and runs the README test command on Linux, macOS and Windows', () => {
    expect(ci).toContain('run: npm ci');
    for (const os of ['os: ubuntu-24.04', 'os: macos-15', 'os: windows-2025']) expect(ci).toContain(os);
    expect(ci.match(/xvfb-run -a npm test/g)).toHaveLength(2);
    expect(ci).toMatch(/if: runner\.os != 'Linux'\n\s+shell: bash\n\s+run: npm test\n/);
  });

  it('requires the Electron binary, on a Node that can provision it', () => {
    expect(ci).toContain("AKOOL_VAULT_E2E_REQUIRE_ELECTRON: '1'");
    expect(readFileSync(join(root, 'test', 'e2e', 'support', 'electron-app.ts'), 'utf8')).toContain("'AKOOL_VAULT_E2E_REQUIRE_ELECTRON'");
    expect(ci).toContain("node-version: '22.x'");
  });

  it('runs Linux once against an unlocked gnome-keyring and once with --password-store=basic, through the variable the e2e suite reads', () => {
    expect(ci).toContain('password-store: gnome-libsecret');
    expect(ci).toContain('password-store: basic');
    expect(ci).toContain('AKOOL_VAULT_E2E_PASSWORD_STORE: ${{ matrix.password-store }}');
    expect(readFileSync(join(root, 'test', 'support', 'e2e-password-store.ts'), 'utf8')).toContain("'AKOOL_VAULT_E2E_PASSWORD_STORE'");
    expect(ci).toMatch(/dbus-run-session -- bash -ec '\n\s+printf "%s" "\$KEYRING_PASSWORD" \| gnome-keyring-daemon --unlock --components=secrets/);
  });
});

describe('release.yml', () => {
  const release = read('release.yml');

  it('runs npm run dist on each platform for a version tag, without publishing', () => {
    expect(release).toMatch(/on:\n\s+push:\n\s+tags: \['v\*'\]/);
    expect(release).toContain('os: [ubuntu-24.04, macos-15, windows-2025]');
    expect(release).toContain('run: npm run dist -- --publish never');
  });

  it('uploads the installers and their SHA-256 checksums, failing when there are none', () => {
    expect(release).toContain('| tee "SHA256SUMS-${{ runner.os }}.txt"');
    for (const pattern of ['release/*.AppImage', 'release/*.deb', 'release/*.dmg', 'release/*.exe', 'release/SHA256SUMS-*.txt']) {
      expect(release).toContain(pattern);
    }
    expect(release).toContain('if-no-files-found: error');
  });
});
