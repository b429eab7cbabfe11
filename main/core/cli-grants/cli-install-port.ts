// The port behind Settings › "Install command-line tool": copies the CLI where a terminal finds it. Must not import electron or node:*.

export interface CliInstallResult {
  /** What was written: the command itself, or on Windows its shim. */
  readonly command: string;
  /** The folder a terminal needs on PATH. */
  readonly binDir: string;
  readonly onPath: boolean;
}

export type InstallCli = () => Promise<CliInstallResult>;
