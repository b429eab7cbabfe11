// Picks the tray icon files for a state, platform and panel theme (resources/tray, rendered by scripts/render-tray-icons.ts). Must not import electron.
import type { TrayIcon } from '../core/tray-model';

export interface TrayIconChoice {
  /** 16 px file in resources/tray, for scale factor 1. */
  file: string;
  /** 32 px file, for scale factor 2 (Retina and 200 % displays). */
  file2x: string;
  /** macOS template image: alpha only, tinted by the system for light and dark menu bars. */
  template: boolean;
}

/** macOS gets template images; elsewhere a light glyph for dark panels and a dark glyph for light panels. */
export function chooseTrayIcon(icon: TrayIcon, platform: NodeJS.Platform, darkPanel: boolean): TrayIconChoice {
  const name = platform === 'darwin' ? `tray-${icon}-template` : `tray-${icon}-${darkPanel ? 'dark' : 'light'}`;
  return { file: `${name}.png`, file2x: `${name}@2x.png`, template: platform === 'darwin' };
}
