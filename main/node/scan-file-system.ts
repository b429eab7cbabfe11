// The scan's file system under Node: lists folders without following links, sizes and reads files. Must not import electron.
import { lstat, readdir, readFile } from 'node:fs/promises';
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
    readText: (file) => readFile(file, 'utf8').catch(() => null),
  };
}
