// Test helper: a temporary renderer build (the production index.html plus assets) with a secret file beside it. Must not import main/.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir } from '../../support/temp-dir';

export interface RendererFixture {
  rendererDir: string;
  /** Text of a file one level above the build, which no request may reach. */
  outsideSecret: string;
  cleanup(): void;
}

const productionIndex = fileURLToPath(new URL('../../../renderer/index.html', import.meta.url));

export function createRendererFixture(): RendererFixture {
  const parent = makeTempDir('akool-harness-');
  const rendererDir = join(parent.path, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  copyFileSync(productionIndex, join(rendererDir, 'index.html'));
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");\n');
  writeFileSync(join(rendererDir, 'assets', 'app.css'), 'body { margin: 0 }\n');
  writeFileSync(join(rendererDir, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
  const outsideSecret = 'outside-canary-7f3a';
  writeFileSync(join(parent.path, 'package.json'), JSON.stringify({ secret: outsideSecret }));
  return { rendererDir, outsideSecret, cleanup: parent.remove };
}
