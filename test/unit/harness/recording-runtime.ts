// Test double for the vault runtime behind the transport: records calls, answers getState, emits events on demand. Must not import main/.
import { defaultSettings } from '../../../preload/contract';
import type { TransportRuntime } from '../../harness/harness-handler';

export const emptyState = {
  accounts: [],
  protection: { backend: 'aes-256-gcm', level: 'strong', weakOptIn: false, canStoreSecrets: true, sealMark: 'v11', weakSeals: 0 },
  settings: defaultSettings,
  notice: null,
  locked: false,
};

export interface RecordingRuntime extends TransportRuntime {
  calls: Array<{ channel: string; input: unknown }>;
  /** How often the transport reported new input from the page. */
  inputsNoted(): number;
  emit(channel: string, payload: unknown): void;
  listenerCount(): number;
}

export function createRecordingRuntime(): RecordingRuntime {
  const listeners = new Set<(channel: string, payload: unknown) => void>();
  const calls: Array<{ channel: string; input: unknown }> = [];
  let inputs = 0;
  return {
    calls,
    noteUserInput: () => {
      inputs += 1;
    },
    inputsNoted: () => inputs,
    dispatch: async (channel, input) => {
      calls.push({ channel, input });
      return channel === 'vault:getState'
        ? { ok: true, data: emptyState }
        : { ok: false, error: { code: 'not-found', message: `recorded ${channel}` } };
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (channel, payload) => listeners.forEach((listener) => listener(channel, payload)),
    listenerCount: () => listeners.size,
  };
}
