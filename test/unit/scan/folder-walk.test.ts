// The folder walk on an in-memory tree under POSIX and Windows paths: nested .gitignore files, ignored dotenv files and built output still read, .next/static only, node_modules and .git skipped.
import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxIgnoreFileBytes, walkFolder } from '../../../main/core/scan/folder-walk';
import type { DirectoryEntry, ScanFileSystem } from '../../../main/core/scan/scan-ports';

/** A file system from relative paths to contents, seen through `join` (posix or win32). */
function memoryFileSystem(root: string, join: (a: string, b: string) => string, files: Record<string, string>): ScanFileSystem {
  const absolute = new Map(Object.entries(files).map(([relative, text]) => [join(root, relative), text]));
  const list = async (directory: string): Promise<DirectoryEntry[]> => {
    const names = new Map<string, DirectoryEntry['kind']>();
    for (const relative of Object.keys(files)) {
      const parts = relative.split('/');
      for (let depth = 0; depth < parts.length; depth += 1) {
        if (join(root, parts.slice(0, depth).join('/')) !== directory) continue;
        names.set(parts[depth] ?? '', depth === parts.length - 1 ? 'file' : 'directory');
      }
    }
    return [...names].map(([name, kind]) => ({ name, kind }));
  };
  const text = async (path: string): Promise<string> => {
    const found = absolute.get(path);
    if (found === undefined) throw new Error(`no file ${path}`);
    return found;
  };
  return {
    list,
    size: async (path) => (await text(path)).length,
    read: async (path) => new TextEncoder().encode(await text(path)),
    readSmallText: async (path, maxBytes) => {
      const found = absolute.get(path);
      if (found === undefined) return { kind: 'absent' };
      return found.length > maxBytes ? { kind: 'unreadable' } : { kind: 'text', text: found };
    },
    isFolder: async () => true,
  };
}

const tree = {
  '.gitignore': 'dist\n.next\nbuild/\n.env*\n*.log\n',
  '.env': 'AKOOL_API_KEY=x',
  '.env.production': 'AKOOL_API_KEY=y',
  'debug.log': 'ignored',
  'src/app.ts': 'code',
  'src/.gitignore': 'generated.ts\n',
  'src/generated.ts': 'ignored by the nested .gitignore',
  'dist/assets/index.js': 'bundle',
  'build/static/main.js': 'bundle',
  '.next/static/chunks/page.js': 'bundle',
  '.next/server/page.js': 'server output, not shipped',
  'vendor/.env.local': 'dotenv inside an ignored? no: vendor is not ignored',
  'node_modules/pkg/index.js': 'skipped',
  '.git/config': 'never read',
};

describe.each([
  ['posix', posix.join, '/work/proj'],
  ['win32', win32.join, 'C:\\work\\proj'],
])('walkFolder (%s paths)', (_name, join, root) => {
  it('reads what the issue asks, skips what it must, and says so', async () => {
    const walk = await walkFolder(memoryFileSystem(root, join, tree), root, join);
    expect(walk.files.map((file) => file.relative).sort()).toEqual(
      ['.env', '.env.production', '.gitignore', '.next/static/chunks/page.js', 'build/static/main.js', 'dist/assets/index.js', 'src/.gitignore', 'src/app.ts', 'vendor/.env.local'].sort(),
    );
    expect(walk.files.find((file) => file.relative === 'src/app.ts')?.absolute).toBe(join(root, 'src/app.ts'));
    expect(walk.skipped).toEqual([{ path: 'node_modules', reason: 'node_modules' }]);
  });

  it('applies no .gitignore over 1 MiB, and says it was not read: every path would be checked against each rule', async () => {
    const huge = { ...tree, 'src/.gitignore': `generated.ts\n${'#'.repeat(maxIgnoreFileBytes)}\n` };
    const walk = await walkFolder(memoryFileSystem(root, join, huge), root, join);
    expect(walk.files.map((file) => file.relative)).toContain('src/generated.ts');
    expect(walk.skipped).toEqual([
      { path: 'node_modules', reason: 'node_modules' },
      { path: 'src/.gitignore', reason: 'unreadable' },
    ]);
  });
});
