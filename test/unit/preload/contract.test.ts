// Proves the contract, the handler table and the bridge agree, and that outputs are strict.
import { describe, expect, it } from 'vitest';
import {
  accountViewSchema,
  channelNames,
  channels,
  eventNames,
  events,
  ipcChannel,
  ipcEvent,
} from '../../../preload/contract';
import { createBridge } from '../../../preload/bridge';
import { createHandlers, type CommandLineDesk } from '../../../main/ipc/handlers';
import type { AccountService } from '../../../main/core/accounts/account-service';
import type { ScanSession } from '../../../main/core/scan/scan-session';
import { bareAccountView } from '../../support/account-views';

const sorted = (values: readonly string[]): string[] => [...values].sort();
const eventMethod = (name: string): string => `on${name[0]?.toUpperCase()}${name.slice(1)}`;

describe('IPC contract', () => {
  it('lists every channel and event exactly once', () => {
    expect(sorted(channelNames)).toEqual(sorted(Object.keys(channels)));
    expect(new Set(channelNames).size).toBe(channelNames.length);
    expect(sorted(eventNames)).toEqual(sorted(Object.keys(events)));
  });

  it('has a handler for every channel and nothing else', () => {
    const service: AccountService = new Proxy({} as AccountService, { get: () => () => undefined });
    const desk: CommandLineDesk = new Proxy({} as CommandLineDesk, { get: () => undefined });
    const scan: ScanSession = new Proxy({} as ScanSession, { get: () => () => undefined });
    const vaultFile = { accept: () => Promise.reject(new Error('not asked')) };
    expect(sorted(Object.keys(createHandlers(service, desk, { noteInput: () => undefined, take: () => true }, scan, vaultFile)))).toEqual(
      sorted(channelNames),
    );
  });

  it('gives the bridge one method per channel plus one listener per event and the early state, nothing generic', () => {
    const bridge = createBridge(async () => undefined, () => () => undefined);
    expect(sorted(Object.keys(bridge))).toEqual(sorted([...channelNames, ...eventNames.map(eventMethod), 'takeEarlyState']));
    expect(Object.keys(bridge)).not.toContain('invoke');
  });

  it('rejects extra fields in every channel input', () => {
    for (const name of channelNames) {
      expect(channels[name].input.safeParse({ __extra: 1 }).success, name).toBe(false);
    }
  });

  it('lets addAccount omit the label but refuses a blank one', () => {
    const input = { clientId: 'client-1', clientSecret: 'secret' };
    expect(channels.addAccount.input.safeParse(input).success).toBe(true);
    expect(channels.addAccount.input.safeParse({ ...input, label: 'Ops' }).success).toBe(true);
    expect(channels.addAccount.input.safeParse({ ...input, label: '   ' }).success).toBe(false);
  });

  it('refuses an account view that carries a token or secret', () => {
    const view = bareAccountView();
    expect(accountViewSchema.safeParse(view).success).toBe(true);
    expect(accountViewSchema.safeParse({ ...view, token: 'eyJ' }).success).toBe(false);
    expect(accountViewSchema.safeParse({ ...view, clientSecret: 's' }).success).toBe(false);
  });

  it('names IPC channels and events in separate namespaces', () => {
    expect(ipcChannel('addAccount')).toBe('vault:addAccount');
    expect(ipcEvent('accountsChanged')).toBe('vault-event:accountsChanged');
  });
});

describe('addAccount input union', () => {
  const input = channels.addAccount.input;

  it('takes an API key, or a clientId and secret (kind absent means client-credentials)', () => {
    expect(input.parse({ kind: 'api-key', apiKey: 'k-1' })).toEqual({ kind: 'api-key', apiKey: 'k-1' });
    expect(input.parse({ clientId: 'c', clientSecret: 's' })).toEqual({ kind: 'client-credentials', clientId: 'c', clientSecret: 's' });
    expect(input.parse({ kind: 'client-credentials', clientId: 'c', clientSecret: 's', label: 'L' })).toMatchObject({ label: 'L' });
  });

  it.each([
    ['a key with a clientId', { kind: 'api-key', apiKey: 'k', clientId: 'c' }],
    ['a key with a secret', { kind: 'api-key', apiKey: 'k', clientSecret: 's' }],
    ['a key account without its key', { kind: 'api-key' }],
    ['an empty key', { kind: 'api-key', apiKey: '' }],
    ['a key with a control character', { kind: 'api-key', apiKey: 'k\n' }],
    ['client credentials with an apiKey', { clientId: 'c', clientSecret: 's', apiKey: 'k' }],
    ['an unknown kind', { kind: 'oauth', clientId: 'c', clientSecret: 's' }],
  ])('refuses %s', (_name, value) => {
    expect(input.safeParse(value).success).toBe(false);
  });

  it('accepts the new copy formats and nothing else', () => {
    const id = '3f1c9d2e-8a4b-4c6d-9e0f-112233445566';
    for (const format of ['token', 'header', 'api-key', 'api-key-header']) {
      expect(channels.copyToken.input.safeParse({ id, format }).success, format).toBe(true);
    }
    expect(channels.copyToken.input.safeParse({ id, format: 'secret' }).success).toBe(false);
  });
});
