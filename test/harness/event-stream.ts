// Holds the open /__vault/events responses and writes each push event to all of them. Must not import main/.
import type { ServerResponse } from 'node:http';
import { encodeEventLine } from './event-lines';

export interface EventHub {
  /** Starts a newline-delimited JSON stream on an already guarded response. */
  attach(response: ServerResponse): void;
  publish(channel: string, payload: unknown): void;
  closeAll(): void;
}

export function createEventHub(): EventHub {
  const streams = new Set<ServerResponse>();
  return {
    attach(response) {
      response.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
      response.flushHeaders();
      streams.add(response);
      response.on('close', () => streams.delete(response));
    },
    publish(channel, payload) {
      const line = encodeEventLine(channel, payload);
      streams.forEach((response) => response.write(line));
    },
    closeAll() {
      streams.forEach((response) => response.end());
      streams.clear();
    },
  };
}
