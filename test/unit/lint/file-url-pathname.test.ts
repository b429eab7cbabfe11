// Proves the lint rule against a file URL's .pathname fires on each form it names, and stays quiet on fileURLToPath and on web URLs.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

/** The messages of our rule for `code` linted as if it were a script in the project. */
async function pathnameFindings(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, 'scripts/lint-probe.ts') });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-syntax').map((message) => message.message);
}

/** The property, kept apart in the fixtures so that this file does not itself read as the pattern it tests. */
const pathname = '.pathname';

describe('no .pathname of a file URL', () => {
  // Loading the project's config and typescript-eslint's parser is setup, paid once here: 0.7 s of CPU, measured at
  // 11 s of wall time on 2 cores at load 31, where the first test would otherwise exceed vitest's 5 s per test.
  beforeAll(() => pathnameFindings(''), 60_000);

  it.each([
    `export const dir = new URL('../build/', import.meta.url)${pathname};`,
    `export const here = new URL(import.meta.url)${pathname};`,
    "import { pathToFileURL } from 'node:url';\nexport const p = pathToFileURL('/x').pathname;",
    "import url from 'node:url';\nexport const p = url.pathToFileURL('/x').pathname;",
  ])('fires on %s', async (code) => {
    expect(await pathnameFindings(code)).toEqual([expect.stringContaining('use fileURLToPath from node:url')]);
  });

  it.each([
    "import { fileURLToPath } from 'node:url';\nexport const dir = fileURLToPath(new URL('../build/', import.meta.url));",
    "export const path = new URL('https://openapi.akool.com/api').pathname;",
    'export const path = (input: string): string => new URL(input).pathname;',
  ])('stays quiet on %s', async (code) => {
    expect(await pathnameFindings(code)).toEqual([]);
  });
});
