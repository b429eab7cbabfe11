// electron-builder.yml: valid against electron-builder's own schema, complete per platform, and packing built output only.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import { loadBuilderConfig, packedFiles, projectDir } from './builder-config';

const schema: unknown = JSON.parse(readFileSync(join(projectDir, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(typeof schema === 'object' && schema !== null ? schema : {});

const packedTree = [
  'out/main/index.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
  'out/renderer/assets/index-abc123.js',
  'out/renderer/assets/index-abc123.css',
  'resources/tray/tray-ok-dark.png',
  'resources/tray/tray-ok-dark@2x.png',
  'package.json',
];
const leftOutTree = [
  'out/main/index.js.map',
  'out/renderer/assets/index-abc123.js.map',
  'resources/tray/tray-ok-dark.svg',
  'test/harness/server.ts',
  'test/sandbox/server.ts',
  'test/unit/core/vault.test.ts',
  'main/index.ts',
  'main/core/akool/client.ts',
  'preload/index.ts',
  'renderer/index.html',
  'renderer/src/main.tsx',
  'scripts/bench/run.ts',
  'scripts/packaging/render-icons.ts',
  'build/icon.svg',
  'build/icons/icon.ico',
  'docs/BENCHMARKS.md',
  'electron.vite.config.ts',
  'electron-builder.yml',
  'tsconfig.json',
  '.data/vault.json',
  'release/akool-vault-0.1.0.AppImage',
];

describe('electron-builder.yml', () => {
  const tree = makeTempDir('akool-vault-pack-');
  afterAll(() => tree.remove());
  for (const file of [...packedTree, ...leftOutTree]) {
    mkdirSync(dirname(join(tree.path, file)), { recursive: true });
    writeFileSync(join(tree.path, file), '');
  }

  it('matches electron-builder’s own configuration schema', async () => {
    const config = await loadBuilderConfig();
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('is checked by a schema that rejects an unknown option', async () => {
    const config = await loadBuilderConfig();
    expect(validate({ ...config, notAnElectronBuilderOption: true })).toBe(false);
  });

  it('names the app and builds the deb (first) + AppImage, hardened-runtime dmgs for arm64 and x64, and an NSIS installer', async () => {
    const config = await loadBuilderConfig();
    expect(config.appId).toBe('dev.akoolvault.app');
    expect(config.productName).toBe('akool-vault');
    expect(config.linux?.target).toEqual(['deb', 'AppImage']);
    expect(config.deb?.depends).toContain('libsecret-1-0');
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['arm64', 'x64'] }]);
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.win?.target).toBe('nsis');
  });

  it('installs on Windows per machine, under Program Files, which a same-user program cannot write', async () => {
    const config = await loadBuilderConfig();
    expect(config.nsis?.perMachine).toBe(true);
  });

  it('takes every platform icon from build/icons, which npm run icons generates from build/icon.svg', async () => {
    const config = await loadBuilderConfig();
    expect(config.linux?.icon).toBe('build/icons/png');
    expect(config.mac?.icon).toBe('build/icons/icon.icns');
    expect(config.win?.icon).toBe('build/icons/icon.ico');
    expect(readFileSync(join(projectDir, 'build/icon.svg'), 'utf8')).toContain('<svg');
    expect(readFileSync(join(projectDir, '.gitignore'), 'utf8').split('\n')).toContain('build/icons/');
  });

  it('packs the built output, the tray PNGs and package.json', async () => {
    expect(packedFiles(await loadBuilderConfig(), tree.path)).toEqual([...packedTree].sort());
  });

  it('leaves out sources, source maps, tests, the harness, the sandbox, scripts and build inputs', async () => {
    const packed = packedFiles(await loadBuilderConfig(), tree.path);
    for (const file of leftOutTree) expect(packed, file).not.toContain(file);
  });
});
