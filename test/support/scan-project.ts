// Generates a leaky Vite-like project in a folder: dist/ carrying a key, .env with public prefixes, a server file, a committed script, a removed secret in git history, localStorage use. Must not import main/.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Random values of Akool's shapes: a 24-character clientId ending `==`, 32-character secrets. */
export const newClientId = (): string => randomBytes(16).toString('base64');
export const newSecret = (): string => randomBytes(24).toString('base64');

export interface ScanProject {
  root: string;
  /** The browser key: in .env under VITE_, inlined in dist/. */
  browserKey: string;
  /** The server pair: in .env without a public prefix. */
  serverClientId: string;
  serverSecret: string;
  /** In a committed shell script. */
  scriptKey: string;
  /** Added, then removed, in git history only. */
  historySecret: string;
  /** In node_modules: never reported. */
  vendoredKey: string;
  /** Every secret value, for leak canaries. */
  secrets: string[];
}

function write(root: string, relative: string, text: string | Uint8Array): void {
  const path = join(root, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** git with a fixed author and no signing, its output dropped: builds the test repositories. */
export function git(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Scan Test', '-c', 'user.email=scan@test.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd: root,
    stdio: 'ignore',
  });
}

/** What a bundle holds besides the leak: some kilobytes of minified code. */
const filler = Array.from({ length: 120 }, (_, index) => `function a${index}(n){return n*${index}+1}`).join(';');

export function createScanProject(root: string): ScanProject {
  const project: Omit<ScanProject, 'secrets'> = {
    root,
    browserKey: newSecret(),
    serverClientId: newClientId(),
    serverSecret: newSecret(),
    scriptKey: newSecret(),
    historySecret: newSecret(),
    vendoredKey: newSecret(),
  };
  git(root, 'init', '--quiet');
  write(root, 'config.js', `// Akool settings\nexport const AKOOL_CLIENT_SECRET = '${project.historySecret}';\n`);
  git(root, 'add', 'config.js');
  git(root, 'commit', '--quiet', '-m', 'add Akool settings');
  git(root, 'rm', '--quiet', 'config.js');
  git(root, 'commit', '--quiet', '-m', 'move the secret out of the code');

  write(root, '.gitignore', 'node_modules\ndist\n.env\n.env.local\n');
  write(root, 'package.json', '{ "name": "leaky-akool-app", "private": true, "scripts": { "build": "vite build" } }\n');
  write(
    root,
    '.env',
    [
      '# Akool credentials (keep this file private)',
      `VITE_AKOOL_API_KEY="${project.browserKey}"`,
      '',
      '# server side',
      `AKOOL_CLIENT_ID=${project.serverClientId}`,
      `AKOOL_CLIENT_SECRET='${project.serverSecret}' # from the API Credentials page`,
      'AKOOL_BASE_URL=https://openapi.akool.com',
      '',
    ].join('\n'),
  );
  write(
    root,
    'src/main.ts',
    [
      "const key = import.meta.env.VITE_AKOOL_API_KEY;",
      "localStorage.setItem('akool_api_key', key);",
      "export const credit = () => fetch('https://openapi.akool.com/api/open/v3/faceswap/quota/info', { headers: { 'x-api-key': key } });",
      '',
    ].join('\n'),
  );
  write(
    root,
    'dist/assets/index-4f2a9c.js',
    `const e="https://openapi.akool.com";function t(){return fetch(e+"/api/open/v3/faceswap/quota/info",{headers:{"x-api-key":"${project.browserKey}"}})}localStorage.setItem("akool_api_key","x");${filler}export{t as credit};\n`,
  );
  write(
    root,
    'server/akool.ts',
    "// Akool calls stay on the server.\nexport const headers = () => ({ 'x-api-key': process.env.AKOOL_CLIENT_SECRET ?? '' });\nexport const clientId = process.env.AKOOL_CLIENT_ID;\n",
  );
  write(root, 'scripts/check-credit.sh', `#!/bin/sh\ncurl -s -H "x-api-key: ${project.scriptKey}" https://openapi.akool.com/api/open/v3/faceswap/quota/info\n`);
  write(root, 'node_modules/akool-sdk/index.js', `// akool\nexport const AKOOL_API_KEY = "${project.vendoredKey}";\n`);
  write(root, 'public/logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x41, 0x4b, 0x4f, 0x4f, 0x4c]));
  git(root, 'add', '.');
  git(root, 'commit', '--quiet', '-m', 'app');
  return {
    ...project,
    secrets: [project.browserKey, project.serverClientId, project.serverSecret, project.scriptKey, project.historySecret, project.vendoredKey],
  };
}
