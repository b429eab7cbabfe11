// Writes the connection file (endpoint and a fresh random key) into the data directory with mode 0600, atomically; removes it on close. Must not import electron.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connectionFileName, protocolVersion, type ConnectionFile } from '../../../cli/contract';

export function connectionFilePath(dataDir: string): string {
  return join(dataDir, connectionFileName);
}

/** A new file every start: the old key stops working once the app that made it is gone. */
export function writeConnectionFile(dataDir: string, endpoint: string, key: string): string {
  const path = connectionFilePath(dataDir);
  const content: ConnectionFile = { v: protocolVersion, endpoint, key };
  const temporary = `${path}.${process.pid}.tmp`;
  rmSync(temporary, { force: true });
  writeFileSync(temporary, `${JSON.stringify(content)}\n`, { mode: 0o600, flag: 'wx' });
  renameSync(temporary, path);
  return path;
}

export function removeConnectionFile(dataDir: string): void {
  rmSync(connectionFilePath(dataDir), { force: true });
}
