// Builds the vault runtime (store, services, IPC dispatch, push events) from ports; shared by the app and the harness. Must not import electron.
import { randomUUID } from 'node:crypto';
import { events, ipcEvent, type EventName, type EventPayload } from '../preload/contract';
import { createAkoolClient } from './core/akool-client';
import { createAccountService } from './core/account-service';
import { clearDelayMs, createClipboardGuard } from './core/clipboard-guard';
import { openDocumentStore } from './core/document-store';
import type { Cipher, Clipboard, Clock, Http, KeyValueStore, Logger } from './core/ports';
import { createSecretVault } from './core/secret-vault';
import { createDispatcher } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';

export interface VaultPorts {
  cipher: Cipher;
  store: KeyValueStore;
  http: Http;
  clock: Clock;
  clipboard: Clipboard;
  logger: Logger;
}

export interface VaultRuntime {
  /** Never throws: resolves with an envelope. */
  dispatch(channel: string, input: unknown): Promise<unknown>;
  /** Push events with their IPC channel and an already validated payload. */
  onEvent(listener: (channel: string, payload: unknown) => void): () => void;
  /** Clears the clipboard if it still holds a token we wrote. */
  dispose(): Promise<void>;
}

export async function composeVault(ports: VaultPorts): Promise<VaultRuntime> {
  const { cipher, clock, logger } = ports;
  const documents = openDocumentStore(ports.store, clock, logger);
  const listeners = new Set<(channel: string, payload: unknown) => void>();
  const emit = <K extends EventName>(name: K, payload: EventPayload<K>): void => {
    const parsed = events[name].parse(payload);
    listeners.forEach((listener) => listener(ipcEvent(name), parsed));
  };
  const clipboardGuard = createClipboardGuard({
    clipboard: ports.clipboard,
    clock,
    clearAfterMs: () => clearDelayMs(documents.current().settings.clipboardClearSeconds),
    onCleared: (reason) => emit('clipboardCleared', { reason }),
  });
  const accounts = createAccountService({
    client: createAkoolClient({ http: ports.http }),
    secrets: createSecretVault(documents, cipher),
    documents,
    cipher,
    clock,
    protection: await cipher.protection(),
    clipboardGuard,
    newId: randomUUID,
  });
  accounts.onChange(() => emit('accountsChanged', accounts.state()));
  const dispatch = createDispatcher(createHandlers(accounts), logger);
  return {
    dispatch,
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: async () => {
      await clipboardGuard.clear('quit');
    },
  };
}
