// Routes one IPC request: channel allowlist → input parse → handler → output parse → envelope. Must not import electron.
import type { z } from 'zod';
import { channelNames, channels, ipcChannel, type ChannelName, type Envelope } from '../../preload/contract';
import type { Logger } from '../core/ports';
import { VaultError } from '../core/vault/vault-error';
import type { Handlers } from './handlers';

export type Dispatch = (channel: string, input: unknown) => Promise<Envelope<unknown>>;

const maxMessageLength = 300;

const fail = (code: VaultError['code'], message: string): Envelope<never> => ({
  ok: false,
  error: { code, message: message.length > maxMessageLength ? `${message.slice(0, maxMessageLength - 1)}…` : message },
});

/** Line breaks and other invisible characters a hostile key name could carry into the message. */
const invisibleCharacters = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** Names the offending fields and why, never their values; key names arrive as plain, single-line text. */
function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'request';
    return `${field}: ${issue.message}`;
  });
  return `Invalid request (${parts.join('; ')}).`.replace(invisibleCharacters, ' ');
}

export function createDispatcher(handlers: Handlers, logger: Logger): Dispatch {
  const byChannel = new Map<string, ChannelName>(channelNames.map((name) => [ipcChannel(name), name]));

  async function run<K extends ChannelName>(name: K, input: unknown): Promise<Envelope<unknown>> {
    const parsed = channels[name].input.safeParse(input);
    if (!parsed.success) return fail('invalid-input', describeIssues(parsed.error));
    const output = channels[name].output.safeParse(await handlers[name](parsed.data));
    if (!output.success) {
      logger.error('handler output rejected by the contract', { channel: name });
      return fail('internal', 'akool-vault produced an answer it may not send to this window.');
    }
    return { ok: true, data: output.data };
  }

  return async (channel, input) => {
    const name = byChannel.get(channel);
    if (name === undefined) return fail('invalid-input', 'Unknown request.');
    try {
      return await run(name, input);
    } catch (error) {
      if (error instanceof VaultError) return fail(error.code, error.message);
      logger.error('handler failed', { channel: name, error: error instanceof Error ? error.name : typeof error });
      return fail('internal', 'Something went wrong inside akool-vault; the vault was not changed.');
    }
  };
}
