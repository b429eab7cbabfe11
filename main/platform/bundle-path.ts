// Maps an app:// request URL to a file inside the renderer bundle, or null when it must not be served. Must not import electron.
import { isAbsolute, join, relative, sep } from 'node:path';
import { appHost, appScheme } from './app-scheme';

const indexFile = 'index.html';

function decodedPath(requestUrl: string): string | null {
  if (!URL.canParse(requestUrl)) return null;
  const url = new URL(requestUrl);
  if (url.protocol !== `${appScheme}:` || url.host !== appHost || url.username !== '' || url.password !== '') return null;
  try {
    return decodeURIComponent(url.pathname === '' ? '/' : url.pathname);
  } catch {
    return null;
  }
}

/** Decodes the path once and refuses other hosts, `..` segments, backslashes and NUL bytes; `/` means index.html. */
export function resolveBundleFile(rootDir: string, requestUrl: string): string | null {
  const path = decodedPath(requestUrl);
  if (path === null || !path.startsWith('/') || path.includes('\\') || path.includes('\0')) return null;
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  const file = join(rootDir, ...(segments.length === 0 ? [indexFile] : segments));
  const inside = relative(rootDir, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}
