// Maps a request path to a file inside the renderer build, refusing traversal, and names its content type. Must not import main/.
import { extname, resolve, sep } from 'node:path';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The absolute file path for a raw request target (`/assets/a.js?v=1`), or null when it is malformed
 * or would leave `rootDir`: any `..` segment, encoded or not, a backslash or a NUL is refused outright.
 */
export function resolveStaticPath(rootDir: string, requestTarget: string): string | null {
  const rawPath = requestTarget.split(/[?#]/)[0] ?? '';
  if (!rawPath.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..')) return null;
  const root = resolve(rootDir);
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const filePath = resolve(root, `.${relative}`);
  return filePath.startsWith(root + sep) ? filePath : null;
}
