// Loads the production renderer build and prepares its index.html for the harness. Must not import main/.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { transformIndexHtml } from './index-html';

export interface RendererBuild {
  rootDir: string;
  indexPath: string;
  /** index.html after the two harness edits. */
  indexHtml: Buffer;
}

export function loadRendererBuild(rendererDir: string): RendererBuild {
  const rootDir = resolve(rendererDir);
  const indexPath = join(rootDir, 'index.html');
  if (!existsSync(indexPath)) {
    throw new Error(`No renderer build: ${indexPath} is missing. Run npm run build first.`);
  }
  const indexHtml = Buffer.from(transformIndexHtml(readFileSync(indexPath, 'utf8')), 'utf8');
  return { rootDir, indexPath, indexHtml };
}
