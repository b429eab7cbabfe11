// Makes the socket's directory private: created 0700, and refused unless it is a real directory owned by this user with no access for others. Must not import electron.
import { chmodSync, lstatSync, mkdirSync } from 'node:fs';

/** Throws when the directory exists but is not ours alone (a symlink, another owner, group or world access). */
export function ensurePrivateDir(dir: string, uid: number): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const info = lstatSync(dir);
  if (!info.isDirectory() || info.isSymbolicLink()) throw new Error('The command-line socket directory is not a directory.');
  if (info.uid !== uid) throw new Error('The command-line socket directory belongs to another user.');
  if ((info.mode & 0o077) !== 0) chmodSync(dir, 0o700);
  if ((lstatSync(dir).mode & 0o077) !== 0) throw new Error('The command-line socket directory could not be made private.');
}
