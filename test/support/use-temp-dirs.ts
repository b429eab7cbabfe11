// Gives a vitest suite fresh temporary directories that are removed after each test. Must not be imported outside vitest (Playwright specs and scripts use temp-dir.ts).
import { afterEach } from 'vitest';
import { makeTempDir } from './temp-dir';

/** Registers the cleanup in the calling suite and returns a maker: each call is a new private directory's path. */
export function useTempDirs(): () => string {
  const dirs: Array<{ remove(): void }> = [];
  afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));
  return () => {
    const dir = makeTempDir();
    dirs.push(dir);
    return dir.path;
  };
}
