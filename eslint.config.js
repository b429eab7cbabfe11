// Lint: TypeScript rules plus the layer rules of ARCHITECTURE.md, failing closed.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * A file URL's `.pathname` is `/D:/…` on Windows and keeps `%20`-style escapes everywhere; fileURLToPath (node:url) is
 * the host path. The selectors catch the forms that always hold a file URL: `new URL(…, import.meta.url)`,
 * `import.meta.url` parsed on its own, and `pathToFileURL(…)`.
 */
const fileUrlPathnameMessage = "A file URL's .pathname is not a path on Windows (/D:/…) and keeps %-escapes: use fileURLToPath from node:url.";
const fileUrlPathname = [
  'MemberExpression[property.name="pathname"][object.type="NewExpression"][object.callee.name="URL"]:has(MetaProperty)',
  'MemberExpression[property.name="pathname"][object.type="CallExpression"][object.callee.name="pathToFileURL"]',
  'MemberExpression[property.name="pathname"][object.type="CallExpression"][object.callee.property.name="pathToFileURL"]',
].map((selector) => ({ selector, message: fileUrlPathnameMessage }));

const electronOnlyIn = 'Only main/platform, main/index.ts, main/window.ts and main/ipc/register.ts may import electron.';

// main/core: one folder per domain, each allowed to import only the domains listed (lower layers). A folder missing here
// may import no domain at all, so a new one fails closed until it is given its place.
const coreDomains = {
  shared: [],
  redaction: [],
  credit: [],
  clipboard: [],
  vault: ['credit', 'redaction', 'shared'],
  akool: ['redaction', 'shared', 'vault'],
  accounts: ['akool', 'clipboard', 'credit', 'redaction', 'shared', 'vault'],
  monitor: ['accounts', 'akool', 'shared', 'vault'],
  alerts: ['accounts', 'credit', 'vault'],
  tray: ['accounts', 'vault'],
  scan: ['accounts', 'akool', 'shared', 'vault'],
  'cli-grants': ['accounts', 'akool', 'scan', 'tray', 'vault'],
  guides: ['vault'],
};
const coreImports = (allowed, self) => [
  'error',
  {
    paths: [{ name: 'electron', message: electronOnlyIn }],
    patterns: [
      {
        group: ['**/platform/*', '**/ipc/*', '**/node/*', '**/renderer/**', '**/compose-vault', '**/main/index', '**/main/window'],
        message: 'main/core runs under plain Node and imports no adapter, IPC or UI code; it gets what it needs through ports.ts.',
      },
      ...Object.keys(coreDomains)
        .filter((domain) => domain !== self && !allowed.includes(domain))
        .map((domain) => ({ group: [`**/${domain}/*`], message: `This core domain may import only: ${allowed.join(', ') || 'ports.ts'}.` })),
    ],
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'reports/**', '.stryker-tmp/**', 'secretlint-rule-akool/test/snapshots/**', 'secretlint-rule-akool/lib/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      'no-restricted-syntax': ['error', ...fileUrlPathname],
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', importNames: ['ipcMain'], message: 'Only main/ipc/register.ts may use ipcMain.' }] },
      ],
    },
  },
  {
    files: ['main/**/*.ts', 'preload/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }] },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/platform/**', 'main/index.ts', 'main/window.ts', 'main/ipc/register.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: electronOnlyIn }] }] },
  },
  { files: ['main/core/**/*.ts'], rules: { 'no-restricted-imports': coreImports([]) } },
  ...Object.entries(coreDomains).map(([domain, allowed]) => ({
    files: [`main/core/${domain}/**/*.ts`],
    rules: { 'no-restricted-imports': coreImports(allowed, domain) },
  })),
  {
    // The published rule package stands alone: its source imports its own files, node:crypto and secretlint's types, nothing of the app.
    files: ['secretlint-rule-akool/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./[\\w.-]+$|node:crypto$|@secretlint/types$)',
              message: 'secretlint-rule-akool is published on its own: it may import only its own files, node:crypto and @secretlint/types.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/ipc/register.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['preload/contract.ts', 'preload/bridge.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'The contract and bridge factory run in every transport.' }], patterns: ['node:*', '../*'] },
      ],
    },
  },
  {
    files: ['cli/**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The command line runs on plain Node.' }],
          patterns: [
            { group: ['**/main/**', '**/preload/**', '**/renderer/**', '**/test/**'], message: 'The CLI is shipped alone: it imports only its own files, Node and zod.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer never touches Electron.' }],
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node.' },
            { group: ['**/main/**', '../../main/*'], message: 'The renderer never imports main-process code.' },
            { group: ['**/preload/*'], allowTypeImports: true, message: 'The renderer may import only types from preload.' },
          ],
        },
      ],
    },
  },
);
