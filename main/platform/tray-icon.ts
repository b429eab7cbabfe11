// Picks the tray icon files for a state, platform and panel theme (resources/tray, rendered by scripts/render-tray-icons.ts). Must not import electron.
import type { TrayIcon } from '../core/tray/tray-model';

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

/** The two readings of electron.d.ts `nativeTheme` that can say how dark the panel under the tray icon is. */
export interface ThemeReading {
  readonly shouldUseDarkColors: boolean;
  readonly shouldUseDarkColorsForSystemIntegratedUI: boolean;
}

/**
 * Whether the panel that shows the tray icon is dark. On Windows the taskbar follows the system mode, which can differ
 * from the app mode that `shouldUseDarkColors` follows: electron.d.ts `nativeTheme.shouldUseDarkColorsForSystemIntegratedUI`
 * ("On Windows this property distinguishes between system and app light/dark theme, returning true if the system theme
 * is set to dark"). Linux reports no panel theme, so the desktop (GTK) theme is the best reading; macOS uses template
 * images, which the menu bar tints itself.
 */
export function isPanelDark(platform: NodeJS.Platform, theme: ThemeReading): boolean {
  return platform === 'win32' ? theme.shouldUseDarkColorsForSystemIntegratedUI : theme.shouldUseDarkColors;
}
