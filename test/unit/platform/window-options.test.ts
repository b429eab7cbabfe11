// Proves the main window is built with every hardening flag.
import { describe, expect, it } from 'vitest';
import { buildWindowOptions } from '../../../main/platform/window-options';

describe('buildWindowOptions', () => {
  const options = buildWindowOptions({ preloadPath: '/app/out/preload/index.cjs', devTools: false });

  it('isolates and sandboxes the page with no Node anywhere', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and the risky features off', () => {
    expect(options.webPreferences).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      enableWebSQL: false,
      experimentalFeatures: false,
      safeDialogs: true,
    });
  });

  it('loads the given preload and stays hidden until ready-to-show', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
    expect(options.show).toBe(false);
  });

  it('turns DevTools on only when asked', () => {
    expect(options.webPreferences?.devTools).toBe(false);
    expect(buildWindowOptions({ preloadPath: '/p.cjs', devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('does not grant the page anything else', () => {
    expect(options.webPreferences).not.toHaveProperty('additionalArguments');
    expect(options.webPreferences).not.toHaveProperty('partition');
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });
});
