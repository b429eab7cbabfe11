// Reads electron-builder.yml the way electron-builder does, and lists what its `files` patterns would pack from a directory tree.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'app-builder-lib';
import { getFileMatchers } from 'app-builder-lib/out/fileMatcher';
import { getConfig } from 'app-builder-lib/out/util/config/config';

export const projectDir = fileURLToPath(new URL('../../../', import.meta.url));

/** electron-builder.yml as electron-builder loads it (its own reader, defaults merged). */
export function loadBuilderConfig(): Promise<Configuration> {
  return getConfig(projectDir, null, null);
}

/**
 * Every file under `appDir` that the config's `files` matchers accept, as '/'-separated relative paths.
 * Walks like electron-builder's copier: a directory is entered only when the filter accepts it.
 */
export function packedFiles(config: Configuration, appDir: string): string[] {
  const matchers = getFileMatchers(config, 'files', '/app', {
    macroExpander: (pattern) => pattern,
    customBuildOptions: {},
    globalOutDir: join(appDir, 'release'),
    defaultSrc: appDir,
  });
  const [matcher] = matchers ?? [];
  if (matcher === undefined || matchers?.length !== 1) throw new Error('Expected exactly one `files` matcher.');
  const accept = matcher.createFilter();
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (!accept(path, stat)) continue;
      if (stat.isDirectory()) walk(path);
      else found.push(relative(appDir, path).split('\\').join('/'));
    }
  };
  walk(appDir);
  return found.sort();
}
