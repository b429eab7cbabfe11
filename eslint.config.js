// Lint: TypeScript rules plus the layer rules of ARCHITECTURE.md, failing closed.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const electronOnlyIn = 'Only main/platform, main/index.ts, main/window.ts and main/ipc/register.ts may import electron.';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'reports/**', '.stryker-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
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
