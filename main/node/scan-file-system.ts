// The scan's file system under Node: lists folders without following links, sizes and reads files, reads a small regular file with a size cap. Must not import electron.
import { lstat, open, readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import type { DirectoryEntry, ScanFileSystem, SmallText } from '../core/scan/scan-ports';

const unreadable: SmallText = { kind: 'unreadable' };

/** lstat first (a link or device is refused unread), then the opened file is checked again, so a swap in between reads nothing else. */
async function readSmallText(file: string, maxBytes: number): Promise<SmallText> {
  const before = await lstat(file).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' || error.code === 'ENOTDIR' ? null : undefined));
  if (before === null) return { kind: 'absent' };
  if (before === undefined || !before.isFile() || before.size > maxBytes) return unreadable;
  const handle = await open(file, 'r').catch(() => null);
  if (handle === null) return unreadable;
  try {
    const opened = await handle.stat();
    if (!opened.isFile() || opened.ino !== before.ino || opened.dev !== before.dev || opened.size > maxBytes) return unreadable;
    // One byte more than the size: a file that grew since is refused, not read in part.
    const buffer = Buffer.alloc(opened.size + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return bytesRead > opened.size ? unreadable : { kind: 'text', text: buffer.subarray(0, bytesRead).toString('utf8') };
  } catch {
    return unreadable;
  } finally {
    await handle.close();
  }
}

export function createScanFileSystem(): ScanFileSystem {
  return {
    list: async (directory) => {
      const entries = await readdir(directory, { withFileTypes: true });
      return entries.map((entry): DirectoryEntry => ({
        name: entry.name,
        kind: entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other',
      }));
    },
    size: async (file) => (await lstat(file)).size,
    read: (file) => readFile(file),
    isFolder: async (path) => isAbsolute(path) && (await stat(path).then((info) => info.isDirectory()).catch(() => false)),
    readSmallText,
  };
}
