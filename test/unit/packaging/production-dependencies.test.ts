// Proves package.json "dependencies" are exactly the packages the built main process imports at run time (the rest is bundled), so nothing ships twice in app.asar.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { resolveConfig } from 'electron-vite';
import ts from 'typescript';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../support/use-temp-dirs';

const root = resolve(import.meta.dirname, '../../..');
const tempDir = useTempDirs();
const nodeEnv = process.env['NODE_ENV'];
const builtins = new Set(builtinModules);

afterEach(() => {
  process.env['NODE_ENV'] = nodeEnv;
});

/** The package a bare specifier names (`@scope/pkg/sub` → `@scope/pkg`), or null for relative paths and Node built-ins. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:') || builtins.has(specifier)) return null;
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/** Every package imported (statically or dynamically) by the .js files of a build output folder. */
function importedPackages(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(m|c)?js$/.test(file));
  const packages = files.flatMap((file) =>
    ts.preProcessFile(readFileSync(join(dir, file), 'utf8'), true, true).importedFiles.map((imported) => packageOf(imported.fileName)),
  );
  return [...new Set(packages.filter((name): name is string => name !== null))].sort();
}

function productionDependencies(): string[] {
  const manifest: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const dependencies: unknown = typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'dependencies') : undefined;
  return typeof dependencies === 'object' && dependencies !== null ? Object.keys(dependencies).sort() : [];
}

describe('production dependencies', () => {
  it('names a bare import by its package', () => {
    expect(['zod', 'zod/v4', '@scope/pkg/sub', 'node:fs', 'fs', './a.js', '/abs.js'].map(packageOf)).toEqual([
      'zod',
      'zod',
      '@scope/pkg',
      null,
      null,
      null,
      null,
    ]);
  });

  it('are exactly what out/main imports at run time, Electron itself aside', async () => {
    const outDir = tempDir();
    const resolved = await resolveConfig({ root, mode: 'production', logLevel: 'silent', build: { outDir } }, 'build', 'production');
    const main = resolved.config?.main;
    if (main === undefined) throw new Error('electron.vite.config.ts has no main config');
    await build({ ...main, configFile: false, logLevel: 'silent' });
    const imported = importedPackages(join(outDir, 'main'));
    // electron is provided by the runtime and must stay a devDependency for electron-builder.
    expect(imported).toContain('electron');
    expect(imported.filter((name) => name !== 'electron')).toEqual(productionDependencies());
  });
});
