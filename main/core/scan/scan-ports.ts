// What the scan needs from the machine: read a folder's files and run git. Implemented under Node in main/node; types only, no node:*.

export interface DirectoryEntry {
  name: string;
  kind: 'file' | 'directory' | 'other';
}

export interface ScanFileSystem {
  /** The entries of a directory (absolute path); symbolic links are 'other' and never followed. */
  list(directory: string): Promise<DirectoryEntry[]>;
  size(file: string): Promise<number>;
  read(file: string): Promise<Uint8Array>;
  /** True for an absolute path to an existing folder. */
  isFolder(path: string): Promise<boolean>;
  /**
   * Text of a small regular file (.gitignore): 'absent' when nothing is there; 'unreadable' for a link, a device, a
   * folder, a file over `maxBytes` or a read error, never following a link or reading past the limit.
   */
  readSmallText(file: string, maxBytes: number): Promise<SmallText>;
}

export type SmallText = { kind: 'text'; text: string } | { kind: 'absent' } | { kind: 'unreadable' };

/** `timedOut`: git ran past the runner's time limit (a hostile config can block it), as against failing at once. */
export type GitAnswer = { ok: true; stdout: string; truncated: boolean } | { ok: false; reason: string; timedOut?: boolean };

export interface GitRunner {
  /** Runs `git args…` in `cwd` and returns at most `maxBytes` of its standard output (truncated says when it was cut). */
  run(cwd: string, args: readonly string[], maxBytes: number): Promise<GitAnswer>;
}
