// Names and privileges of the app:// scheme that serves the renderer bundle. Imports only types from electron.
import type { CustomScheme } from 'electron';

export const appScheme = 'app';
export const appHost = 'akool-vault';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * standard + secure give the bundle a real origin and a secure context. Everything else stays off:
 * the renderer fetches nothing (CSP connect-src 'none'), so no fetch API, no CORS, no CSP bypass,
 * no service workers, no streaming, no code cache.
 */
export const appSchemeDefinition: CustomScheme = {
  scheme: appScheme,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: false,
    corsEnabled: false,
    bypassCSP: false,
    allowServiceWorkers: false,
    stream: false,
    codeCache: false,
    allowExtensions: false,
  },
};
