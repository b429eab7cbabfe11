// Chooses where the main window loads the renderer from, and the one origin IPC trusts. Must not import electron.
import { appEntryUrl, appOrigin } from './app-scheme';

export interface RendererLocation {
  /** The URL the window loads. */
  url: string;
  /** The only origin whose top frame may call the vault. */
  origin: string;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The packaged app always serves app://akool-vault/. An unpackaged app uses the electron-vite dev
 * server when ELECTRON_RENDERER_URL names one on this computer, and refuses any other value.
 */
export function resolveRendererLocation(isPackaged: boolean, devServerUrl: string | undefined): RendererLocation {
  if (isPackaged || devServerUrl === undefined || devServerUrl === '') return { url: appEntryUrl, origin: appOrigin };
  const url = URL.canParse(devServerUrl) ? new URL(devServerUrl) : null;
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:') || !loopbackHosts.has(url.hostname)) {
    throw new Error('ELECTRON_RENDERER_URL must be an http(s) URL on localhost.');
  }
  return { url: url.href, origin: url.origin };
}
