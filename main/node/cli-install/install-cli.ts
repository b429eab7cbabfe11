// Carries out an install plan: copies the shipped single-file CLI (0755) and writes the Windows shim, never replacing a file that is not ours. Must not import electron.
import { accessSync, chmodSync, constants, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, posix, win32 } from 'node:path';
import type { CliInstallResult } from '../../core/cli-grants/cli-install-port';
import { VaultError } from '../../core/vault/vault-error';
import { planInstall, type InstallPlan } from './install-plan';

/** Our files start with the bundle's shebang (the script) or run akool-vault.mjs (the shim); anything else is left alone. */
function isOurs(path: string): boolean {
  if (!existsSync(path)) return true;
  const head = readFileSync(path, 'utf8').slice(0, 200);
  return head.startsWith('#!/usr/bin/env node') || (head.startsWith('@node ') && head.includes('akool-vault.mjs'));
}

function writeAtomically(path: string, write: (temporary: string) => void): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  write(temporary);
  renameSync(temporary, path);
}

export function installCliFrom(source: string, plan: InstallPlan): CliInstallResult {
  if (!existsSync(source)) throw new VaultError('internal', 'This build of akool-vault does not include the command-line tool.');
  for (const path of [plan.script, ...(plan.shim === null ? [] : [plan.shim.path])]) {
    if (!isOurs(path)) throw new VaultError('storage-failed', `${path} exists and is not akool-vault's: move it away, then install again.`);
  }
  try {
    writeAtomically(plan.script, (temporary) => {
      copyFileSync(source, temporary);
      chmodSync(temporary, 0o755);
    });
    const shim = plan.shim;
    if (shim !== null) writeAtomically(shim.path, (temporary) => writeFileSync(temporary, shim.content));
  } catch {
    throw new VaultError('storage-failed', `akool-vault could not write into ${plan.binDir}.`);
  }
  return { command: plan.shim?.path ?? plan.script, binDir: plan.binDir, onPath: plan.onPath };
}

const writable = (dir: string): boolean => {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/** The installer for this machine: `source` is the shipped out/cli/akool-vault.mjs (packaged: under resources/cli). */
export function createCliInstaller(source: string, home: string = homedir(), env: Readonly<Record<string, string | undefined>> = process.env) {
  return async (): Promise<CliInstallResult> =>
    installCliFrom(source, planInstall({ platform: process.platform, homedir: home, env, canWrite: writable }, { posix, win32 }));
}
