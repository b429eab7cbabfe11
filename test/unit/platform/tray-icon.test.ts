// Proves the tray icon choice per state, platform and panel theme (Windows: the taskbar's system mode), and that every chosen file exists as a 16 px and a 32 px RGBA PNG.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TrayIcon } from '../../../main/core/tray/tray-model';
import { chooseTrayIcon, isPanelDark } from '../../../main/platform/tray-icon';

const trayDir = join(import.meta.dirname, '../../../resources/tray');
const icons: readonly TrayIcon[] = ['ok', 'attention', 'alert'];

/** Width, height and colour type from a PNG's IHDR chunk. */
function pngHeader(file: string): { width: number; height: number; colourType: number } {
  const data = readFileSync(join(trayDir, file));
  expect(data.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), colourType: data.readUInt8(25) };
}

describe('chooseTrayIcon', () => {
  it('uses a light glyph on dark panels and a dark glyph on light panels outside macOS', () => {
    expect(chooseTrayIcon('alert', 'linux', true)).toEqual({
      file: 'tray-alert-dark.png',
      file2x: 'tray-alert-dark@2x.png',
      template: false,
    });
    expect(chooseTrayIcon('ok', 'win32', false)).toEqual({
      file: 'tray-ok-light.png',
      file2x: 'tray-ok-light@2x.png',
      template: false,
    });
  });

  it('uses template images on macOS whatever the theme', () => {
    for (const dark of [true, false]) {
      expect(chooseTrayIcon('attention', 'darwin', dark)).toEqual({
        file: 'tray-attention-template.png',
        file2x: 'tray-attention-template@2x.png',
        template: true,
      });
    }
  });

  it('gives each state its own file', () => {
    const files = icons.map((icon) => chooseTrayIcon(icon, 'linux', false).file);
    expect(new Set(files).size).toBe(icons.length);
  });

  it('points only at committed 16 px and 32 px RGBA PNGs, each with its SVG source', () => {
    for (const icon of icons) {
      for (const [platform, dark] of [['linux', true], ['linux', false], ['darwin', false]] as const) {
        const { file, file2x } = chooseTrayIcon(icon, platform, dark);
        expect(pngHeader(file), file).toEqual({ width: 16, height: 16, colourType: 6 });
        expect(pngHeader(file2x), file2x).toEqual({ width: 32, height: 32, colourType: 6 });
        expect(readFileSync(join(trayDir, file.replace(/\.png$/, '.svg')), 'utf8'), file).toContain('<svg');
      }
    }
  });
});

describe('isPanelDark', () => {
  const appDarkSystemLight = { shouldUseDarkColors: true, shouldUseDarkColorsForSystemIntegratedUI: false };
  const appLightSystemDark = { shouldUseDarkColors: false, shouldUseDarkColorsForSystemIntegratedUI: true };

  it('follows the system (taskbar) mode on Windows, not the app mode', () => {
    expect(isPanelDark('win32', appDarkSystemLight)).toBe(false);
    expect(isPanelDark('win32', appLightSystemDark)).toBe(true);
    expect(chooseTrayIcon('ok', 'win32', isPanelDark('win32', appLightSystemDark)).file).toBe('tray-ok-dark.png');
  });

  it('follows the desktop theme on Linux, which reports no panel theme', () => {
    expect(isPanelDark('linux', appDarkSystemLight)).toBe(true);
    expect(isPanelDark('linux', appLightSystemDark)).toBe(false);
  });
});
