// One JSON message per line over a socket or pipe, each parsed with the contract's schema before anyone sees it. Imports node:net types and zod types only.
import type { Socket } from 'node:net';
import type { z } from 'zod';
import { maxLineBytes, protocolVersion } from '../contract';
import { createLineReader } from './line-reader';

/** `invalid` says why: another protocol version, or anything else (not JSON, not in the schema, too long). */
export type Received<T> = { kind: 'message'; message: T } | { kind: 'closed' } | { kind: 'invalid'; reason: 'version' | 'malformed' };

export interface MessageSocket<In, Out> {
  /** Writes one message as a line; does nothing once the socket is closed. */
  send(message: Out): void;
  /** The next message; after an `invalid` one nothing more is read, and the receiver should `end` with an error. */
  receive(): Promise<Received<In>>;
  /** Sends the last message, if any, then closes the connection once it is written, whatever the other end does. */
  end(last?: Out): void;
  /** Resolves once the connection is gone, whoever closed it. */
  readonly closed: Promise<void>;
  readonly isClosed: () => boolean;
}

function parseLine<In>(schema: z.ZodType<In>, line: string): Received<In> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { kind: 'invalid', reason: 'malformed' };
  }
  if (typeof json === 'object' && json !== null && 'v' in json && json.v !== protocolVersion) return { kind: 'invalid', reason: 'version' };
  const parsed = schema.safeParse(json);
  return parsed.success ? { kind: 'message', message: parsed.data } : { kind: 'invalid', reason: 'malformed' };
}

export function wrapSocket<In, Out>(socket: Socket, schema: z.ZodType<In>): MessageSocket<In, Out> {
  const reader = createLineReader(maxLineBytes);
  const queue: Received<In>[] = [];
  const waiting: ((received: Received<In>) => void)[] = [];
  let closed = false;
  const deliver = (received: Received<In>): void => {
    const waiter = waiting.shift();
    if (waiter === undefined) queue.push(received);
    else waiter(received);
  };
  const closedPromise = new Promise<void>((resolve) => {
    socket.once('close', () => {
      closed = true;
      while (waiting.length > 0) deliver({ kind: 'closed' });
      resolve();
    });
  });
  socket.on('error', () => socket.destroy());
  socket.on('data', (chunk: Buffer) => {
    const result = reader.push(chunk);
    if (!result.ok) {
      deliver({ kind: 'invalid', reason: 'malformed' });
      socket.pause();
      return;
    }
    for (const line of result.lines) {
      const received = parseLine(schema, line);
      deliver(received);
      if (received.kind === 'invalid') {
        socket.pause();
        return;
      }
    }
  });
  return {
    send: (message) => {
      if (!closed && socket.writable) socket.write(`${JSON.stringify(message)}\n`);
    },
    receive: () => {
      const next = queue.shift();
      if (next !== undefined) return Promise.resolve(next);
      if (closed) return Promise.resolve({ kind: 'closed' });
      return new Promise((resolve) => waiting.push(resolve));
    },
    end: (last) => {
      if (closed) return;
      const destroy = (): void => {
        socket.destroy();
      };
      if (last === undefined) socket.end(destroy);
      else socket.end(`${JSON.stringify(last)}\n`, destroy);
    },
    closed: closedPromise,
    isClosed: () => closed,
  };
}
