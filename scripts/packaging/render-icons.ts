// `npm run icons`: renders build/icon.svg into build/icons (git-ignored): Linux PNGs by size, icon.ico and icon.icns. Must not import app code.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeIcns, encodeIco } from './icon-containers';
import { createIconRenderer } from './icon-renderer';

const buildDir = fileURLToPath(new URL('../../build/', import.meta.url));
const outDir = join(buildDir, 'icons');
const linuxSizes = [16, 32, 48, 64, 128, 256, 512, 1024];
const icoSizes = [16, 24, 32, 48, 64, 128, 256];

const render = createIconRenderer(readFileSync(join(buildDir, 'icon.svg'), 'utf8'));
rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, 'png'), { recursive: true });
for (const size of linuxSizes) writeFileSync(join(outDir, 'png', `${size}x${size}.png`), render(size));
writeFileSync(join(outDir, 'icon.ico'), encodeIco(icoSizes.map((size) => ({ size, png: render(size) }))));
writeFileSync(join(outDir, 'icon.icns'), encodeIcns(render));
process.stdout.write(`Icons rendered from build/icon.svg into ${outDir}\n`);
