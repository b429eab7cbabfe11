// Builds the hardened BrowserWindow options of the main window. Imports only types from electron.
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the sandboxed CommonJS preload (out/preload/index.cjs). */
  preloadPath: string;
  /** DevTools only in development builds. */
  devTools: boolean;
}

export function buildWindowOptions({ preloadPath, devTools }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1024,
    height: 720,
    minWidth: 640,
    minHeight: 480,
    title: 'akool-vault',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      enableWebSQL: false,
      experimentalFeatures: false,
      safeDialogs: true,
      devTools,
    },
  };
}
