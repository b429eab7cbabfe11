// The scan's file system under Node: lists folders without following links, sizes and reads files. Must not import electron.
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import type { DirectoryEntry, ScanFileSystem } from '../core/scan/scan-ports';

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
    readText: (file) => readFile(file, 'utf8').catch(() => null),
  };
}
