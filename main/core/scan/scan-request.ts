// What a scan is asked to do, and the reading of `scan [DIR] [--history] [--json|--sarif] [--verify] [--import] [--fix] [--base-url URL]` into it. Pure; no node:*.
import type { ScanFormat } from './scan-output';

export interface ScanRequest {
  /** Absolute folder to scan. */
  dir: string;
  history: boolean;
  format: ScanFormat;
  /** Opt-in: sends each found secret to Akool to check it. */
  verify: boolean;
  /** Offers the live ones for import in one approval dialog; implies verify. */
  import: boolean;
  fix: boolean;
  /** Where --verify and --import send (empty: Akool's default). */
  baseUrl?: string;
}

export const scanUsage =
  'usage: akool-vault scan [DIR] [--history] [--json|--sarif] [--verify] [--import] [--fix] [--base-url URL]';

export type ParsedScanArgs = { ok: true; request: ScanRequest } | { ok: false; message: string };

const flags = new Set(['--history', '--json', '--sarif', '--verify', '--import', '--fix']);

/** Reads the arguments after `scan`; `resolveDir` makes DIR absolute against the caller's working directory. */
export function parseScanArgs(args: readonly string[], resolveDir: (dir: string) => string): ParsedScanArgs {
  const seen = new Set<string>();
  const dirs: string[] = [];
  let baseUrl: string | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--base-url') {
      baseUrl = args[index + 1];
      index += 1;
      if (baseUrl === undefined) return { ok: false, message: `--base-url needs a URL\n${scanUsage}` };
    } else if (flags.has(arg)) seen.add(arg);
    else if (arg.startsWith('-')) return { ok: false, message: `unknown option ${JSON.stringify(arg.slice(0, 40))}\n${scanUsage}` };
    else dirs.push(arg);
  }
  if (dirs.length > 1) return { ok: false, message: `scan takes one folder\n${scanUsage}` };
  if (seen.has('--json') && seen.has('--sarif')) return { ok: false, message: `--json and --sarif exclude each other\n${scanUsage}` };
  const format = seen.has('--json') ? 'json' : seen.has('--sarif') ? 'sarif' : 'table';
  return {
    ok: true,
    request: {
      dir: resolveDir(dirs[0] ?? '.'),
      history: seen.has('--history'),
      format,
      verify: seen.has('--verify') || seen.has('--import'),
      import: seen.has('--import'),
      fix: seen.has('--fix'),
      ...(baseUrl === undefined ? {} : { baseUrl }),
    },
  };
}
