// `npx tsx scripts/render-tray-icons.ts`: renders every resources/tray/*.svg to <name>.png (16 px) and <name>@2x.png (32 px) with transparent backgrounds in Chromium.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';

const trayDir = fileURLToPath(new URL('../resources/tray/', import.meta.url));
const sizePx = 16;
const scales = [
  { factor: 1, suffix: '' },
  { factor: 2, suffix: '@2x' },
] as const;

async function renderAll(browser: Browser, files: readonly string[]): Promise<void> {
  for (const { factor, suffix } of scales) {
    const page = await browser.newPage({ viewport: { width: sizePx, height: sizePx }, deviceScaleFactor: factor });
    for (const file of files) {
      const svg = readFileSync(join(trayDir, file), 'utf8');
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
      const png = await page.locator('svg').screenshot({ omitBackground: true, animations: 'disabled' });
      const target = join(trayDir, `${basename(file, '.svg')}${suffix}.png`);
      writeFileSync(target, png);
      process.stdout.write(`${target}\n`);
    }
    await page.close();
  }
}

async function main(): Promise<void> {
  const files = readdirSync(trayDir).filter((name) => name.endsWith('.svg'));
  if (files.length === 0) throw new Error(`No SVG sources in ${trayDir}`);
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--force-color-profile=srgb', '--disable-lcd-text'],
  });
  try {
    await renderAll(browser, files);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
