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

describe('line ends', () => {
  it('are LF in every checkout, so bash can run scripts/test-all.sh on a Windows runner (core.autocrlf is on there)', () => {
    const rules = readFileSync(join(root, '.gitattributes'), 'utf8').split('\n');
    expect(rules).toContain('* text=auto eol=lf');
  });
});

describe('every workflow', () => {
  /** `uses:` lines of the workflows: `owner/action@<40 hex> # vX.Y.Z`, nothing pinned by a movable tag. */
  it.each(['ci.yml', 'release.yml'])('%s pins each action by commit, names its release, and checks out without keeping the token', (name) => {
    const text = read(name);
    const uses = text.split('\n').filter((line) => /^\s*(- )?uses: /.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line, line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    expect(text).toMatch(/uses: actions\/checkout@[0-9a-f]{40} # v[\d.]+\n\s+with:\n\s+persist-credentials: false\n/);
    expect(text).toMatch(/^permissions:\n {2}contents: read$/m);
  });
});

describe('release.yml', () => {
  const release = read('release.yml');

  it('runs npm run dist on each platform for a version tag of the default branch, without publishing', () => {
    expect(release).toMatch(/on:\n\s+push:\n\s+tags: \['v\*'\]/);
    expect(release).toContain("if: startsWith(github.ref, 'refs/tags/v')");
    expect(release).toContain('git merge-base --is-ancestor HEAD "origin/${DEFAULT_BRANCH}"');
    expect(release).toContain('DEFAULT_BRANCH: ${{ github.event.repository.default_branch }}');
    expect(release).toContain('os: [ubuntu-24.04, macos-15, windows-2025]');
    expect(release).toContain('args=(--publish never)');
    expect(release).toContain('npm run dist -- "${args[@]}"');
  });

  it('installs without dependency install scripts, then provisions Electron with the project script', () => {
    expect(release).toContain('run: npm ci --no-audit --no-fund --ignore-scripts');
    expect(release).toContain('run: npm run install-electron');
    const manifest: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(manifest).toHaveProperty('scripts');
    expect(Reflect.get(Object(manifest), 'scripts')).toMatchObject({
      postinstall: 'npm run --silent install-electron',
      'install-electron': 'tsx scripts/electron/postinstall.ts',
    });
  });

  it('signs unless a manual run asks for unsigned, and fails a signed build whose certificates are missing', () => {
    expect(release).toMatch(/workflow_dispatch:\n\s+inputs:\n\s+unsigned:\n[^]*?type: boolean\n\s+default: false/);
    expect(release).toContain("UNSIGNED: ${{ github.event_name == 'workflow_dispatch' && inputs.unsigned }}");
    expect(release).toContain('macOS) needed=(CSC_LINK CSC_KEY_PASSWORD APPLE_ID APPLE_APP_SPECIFIC_PASSWORD APPLE_TEAM_ID) ;;');
    expect(release).toContain('Windows) needed=(WIN_CSC_LINK WIN_CSC_KEY_PASSWORD) ;;');
    expect(release).toMatch(/if \[ "\$\{#missing\[@\]\}" -gt 0 \]; then\n[^\n]*::error::[^\n]*\n\s+exit 1/);
    expect(release).toContain("CSC_IDENTITY_AUTO_DISCOVERY: ${{ steps.signing.outputs.mode == 'signed' && 'true' || 'false' }}");
    expect(release).toContain('args+=(--config.forceCodeSigning=true)');
    expect(release).not.toContain("CSC_IDENTITY_AUTO_DISCOVERY: 'false'");
  });

  /** The `run: |` block of the step with `id: <id>`, dedented: the script GitHub hands to bash. */
  const stepScript = (id: string): string => {
    const lines = release.slice(release.indexOf(`id: ${id}\n`)).split('\n');
    const start = lines.findIndex((line) => /^\s+run: \|$/.test(line)) + 1;
    const indent = /^\s*/.exec(lines[start] ?? '')?.[0] ?? '';
    const body: string[] = [];
    for (const line of lines.slice(start)) {
      if (line !== '' && !line.startsWith(indent)) break;
      body.push(line.slice(indent.length));
    }
    return body.join('\n');
  };

  const runSigning = (env: Record<string, string>) => {
    const output = join(tempDir(), 'github-output');
    writeFileSync(output, '');
    // How GitHub runs a `shell: bash` step: `bash --noprofile --norc -eo pipefail {0}`.
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', stepScript('signing')], {
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', GITHUB_OUTPUT: output, ...env },
    });
    return { status: run.status, stderr: run.stderr, output: readFileSync(output, 'utf8') };
  };

  const macSecrets = { CSC_LINK: 'p12', CSC_KEY_PASSWORD: 'pw', APPLE_ID: 'id', APPLE_APP_SPECIFIC_PASSWORD: 'pw', APPLE_TEAM_ID: 'team' };

  // Git Bash is not on the PATH of a plain Windows shell (bash.exe there may be WSL's), so the script runs on POSIX only.
  it.skipIf(process.platform === 'win32')('the signing step fails a tag build with missing certificates, naming them, and passes with them or when unsigned', () => {
    const missing = runSigning({ RUNNER_OS: 'macOS', UNSIGNED: 'false', CSC_LINK: 'p12' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('missing: CSC_KEY_PASSWORD APPLE_ID APPLE_APP_SPECIFIC_PASSWORD APPLE_TEAM_ID');
    expect(missing.output).toBe('');
    expect(runSigning({ RUNNER_OS: 'Windows', UNSIGNED: 'false' }).stderr).toContain('missing: WIN_CSC_LINK WIN_CSC_KEY_PASSWORD');

    expect(runSigning({ RUNNER_OS: 'macOS', UNSIGNED: 'false', ...macSecrets })).toEqual({ status: 0, stderr: '', output: 'mode=signed\nsuffix=\n' });
    expect(runSigning({ RUNNER_OS: 'Linux', UNSIGNED: 'false' }).output).toBe('mode=signed\nsuffix=\n');
    expect(runSigning({ RUNNER_OS: 'Windows', UNSIGNED: 'true' })).toMatchObject({ status: 0, output: 'mode=unsigned\nsuffix=-unsigned\n' });
  });

  it('names an unsigned build\'s installers, checksums and artifact -unsigned', () => {
    expect(release).toContain('{ echo "mode=unsigned"; echo "suffix=-unsigned"; } >> "$GITHUB_OUTPUT"');
    expect(release).toContain('mv -- "$file" "${file%.*}${SUFFIX}.${file##*.}"');
    expect(release).toContain('name: akool-vault-${{ github.ref_name }}-${{ runner.os }}${{ steps.signing.outputs.suffix }}');
  });

  it('uploads the installers and their SHA-256 checksums, failing when there are none', () => {
    expect(release).toContain('| tee "SHA256SUMS-${RUNNER_OS}${SUFFIX}.txt"');
    for (const pattern of ['release/*.AppImage', 'release/*.deb', 'release/*.dmg', 'release/*.exe', 'release/SHA256SUMS-*.txt']) {
      expect(release).toContain(pattern);
    }
    expect(release).toContain('if-no-files-found: error');
  });
});
