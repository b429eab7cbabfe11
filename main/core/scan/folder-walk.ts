// Lists the files a scan reads: respects every .gitignore, yet keeps dotenv files and built output; skips node_modules, .git and oversized files, saying so. No node:*.
import ignore, { type Ignore } from 'ignore';
import type { ScanFileSystem, SmallText } from './scan-ports';
import { isBuiltOutput, isDotenv, scannedEvenIfIgnored } from './scan-places';
import type { Skipped } from './scan-types';

export const defaultMaxFileBytes = 8 * 1024 * 1024;
/** Every path is checked against every rule, so a .gitignore over this is not applied (and said so): real ones are a few KiB. */
export const maxIgnoreFileBytes = 1024 * 1024;

export interface WalkedFile {
  /** Relative to the scanned folder, with `/` on every OS. */
  relative: string;
  absolute: string;
  size: number;
}

export interface Walk {
  files: WalkedFile[];
  skipped: Skipped[];
}

interface IgnoreLevel {
  /** The folder holding this .gitignore, relative to the root ('' for the root itself). */
  base: string;
  rules: Ignore;
}

const notRead: SmallText = { kind: 'absent' };
const join = (base: string, name: string): string => (base === '' ? name : `${base}/${name}`);

function ignoredBy(levels: readonly IgnoreLevel[], relative: string, directory: boolean): boolean {
  return levels.some((level) => {
    const inside = level.base === '' ? relative : relative.slice(level.base.length + 1);
    return inside !== '' && level.rules.ignores(directory ? `${inside}/` : inside);
  });
}

/** Walks `root` depth first; `absoluteOf` joins the host's path (path.join) so this module needs no node:path. */
export async function walkFolder(
  fileSystem: ScanFileSystem,
  root: string,
  absoluteOf: (root: string, relative: string) => string,
  maxFileBytes = defaultMaxFileBytes,
): Promise<Walk> {
  const files: WalkedFile[] = [];
  const skipped: Skipped[] = [];

  async function visit(relativeDirectory: string, inherited: readonly IgnoreLevel[], insideIgnored: boolean): Promise<void> {
    const directory = absoluteOf(root, relativeDirectory);
    const gitignore = insideIgnored ? notRead : await fileSystem.readSmallText(absoluteOf(directory, '.gitignore'), maxIgnoreFileBytes);
    // An unread .gitignore ignores nothing: the scan reads more, never less.
    if (gitignore.kind === 'unreadable') skipped.push({ path: join(relativeDirectory, '.gitignore'), reason: 'unreadable' });
    const levels = gitignore.kind === 'text' ? [...inherited, { base: relativeDirectory, rules: ignore().add(gitignore.text) }] : inherited;
    const entries = await fileSystem.list(directory);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const relative = join(relativeDirectory, entry.name);
      if (entry.kind === 'directory') {
        if (entry.name === '.git') continue;
        if (entry.name === 'node_modules') {
          skipped.push({ path: relative, reason: 'node_modules' });
          continue;
        }
        const ignored = insideIgnored || ignoredBy(levels, relative, true);
        if (ignored && !scannedEvenIfIgnored(relative)) {
          await visitDotenvOnly(relative);
          continue;
        }
        await visit(relative, levels, ignored);
      } else if (entry.kind === 'file') {
        const ignored = insideIgnored || ignoredBy(levels, relative, false);
        if (ignored && !isDotenv(entry.name) && !isBuiltOutput(relative)) continue;
        await addFile(relative);
      }
    }
  }

  /** An ignored folder is not read, except for the dotenv files directly in it (where secrets sit). */
  async function visitDotenvOnly(relativeDirectory: string): Promise<void> {
    const entries = await fileSystem.list(absoluteOf(root, relativeDirectory)).catch(() => []);
    for (const entry of entries) {
      if (entry.kind === 'file' && isDotenv(entry.name)) await addFile(join(relativeDirectory, entry.name));
    }
  }

  async function addFile(relative: string): Promise<void> {
    const absolute = absoluteOf(root, relative);
    const size = await fileSystem.size(absolute).catch(() => -1);
    if (size < 0) skipped.push({ path: relative, reason: 'unreadable' });
    else if (size > maxFileBytes) skipped.push({ path: relative, reason: 'too-large' });
    else files.push({ relative, absolute, size });
  }

  await visit('', [], false);
  return { files, skipped };
}
