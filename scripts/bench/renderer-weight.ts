// Figure 1: gzip bytes of the built renderer (JS + CSS + HTML) against the bare React page. Must not import app code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compareRuns, type Figure } from './figure';

const counted = new Set(['.js', '.css', '.html']);

/** Sum of each shipped file gzipped on its own at level 9, as a server or an installer compressor would see them. */
export function gzipBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sum + gzipBytes(path);
    return counted.has(extname(name)) ? sum + gzipSync(readFileSync(path), { level: 9 }).length : sum;
  }, 0);
}

export function rendererWeight(rendererDir: string, bareDir: string): Figure {
  return compareRuns(
    {
      name: 'renderer weight (gzip JS+CSS+HTML)',
      unit: 'B',
      target: '≤ 1.2',
      note: 'floor: a bare React 19 "hello" page built by the same Vite + @vitejs/plugin-react in this run',
    },
    [gzipBytes(rendererDir)],
    [gzipBytes(bareDir)],
  );
}
