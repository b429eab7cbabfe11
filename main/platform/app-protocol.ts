// Registers the app:// scheme and serves the renderer bundle from disk over it; 404 for anything else. Must not import core services.
import { stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { appScheme, appSchemeDefinition } from './app-scheme';
import { resolveBundleFile } from './bundle-path';

/** Must run before app ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([appSchemeDefinition]);
}

const notFound = (): Response => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Must run after app ready. `rootDir` is the built renderer (out/renderer). */
export function serveAppBundle(rootDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const file = request.method === 'GET' ? resolveBundleFile(rootDir, request.url) : null;
    if (file === null || !(await isFile(file))) return notFound();
    return net.fetch(pathToFileURL(file).href, { bypassCustomProtocolHandlers: true });
  });
}
