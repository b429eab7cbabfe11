// Words for a command-line request: what it asks, the mode in plain terms, and its command line quoted as a shell would show it. Must not import the vault API.
import type { ApprovalView } from '../../../preload/contract';

export const modeText: Readonly<Record<ApprovalView['mode'], string>> = {
  proxy: 'Proxy: the command gets a stand-in that works only through akool-vault while it runs; the real key stays here.',
  env: 'Environment (--env): the real key or token goes into the command’s environment.',
  print: 'Print: the real key or token is written to the command’s output.',
};

export const modeName: Readonly<Record<ApprovalView['mode'], string>> = { proxy: 'proxy', env: 'real key in environment', print: 'printed' };

export const askText: Readonly<Record<ApprovalView['command'], string>> = {
  run: 'wants to run a command with',
  token: 'asks for the token of',
  key: 'asks for the API key of',
};

/** Quotes what a shell would need quoted, so spaces and quotes in arguments read unambiguously. */
export function commandLineText(parts: readonly string[]): string {
  return parts.map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : `'${part.replace(/'/g, `'\\''`)}'`)).join(' ');
}
