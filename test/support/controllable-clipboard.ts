// A Clipboard whose reads, writes and clears stay in flight until the test lets the "OS" run them, oldest first.
import type { Clipboard, ClipboardWrite } from '../../main/core/ports';

export type ClipboardOperation = 'read' | 'write' | 'clear';

interface InFlight {
  kind: ClipboardOperation;
  /** Performs the operation on the clipboard now and settles its promise. */
  run(): void;
  /** Settles the operation's promise with an error; the clipboard does not change. */
  fail(): void;
}

export interface ControllableClipboard extends Clipboard {
  /** What the clipboard holds now. */
  text(): string;
  /** The operations in flight, oldest first. */
  inFlight(): ClipboardOperation[];
  /** Runs the oldest operation in flight (it must be of `kind`), then lets the caller's continuations settle. */
  runNext(kind: ClipboardOperation): Promise<void>;
  /** Fails the oldest operation in flight (it must be of `kind`), then lets the continuations settle. */
  failNext(kind: ClipboardOperation): Promise<void>;
  /** Runs every operation in flight, oldest first, including the ones they lead to, until none is left. */
  runAll(): Promise<void>;
  /** Another program (or the user) puts text on the clipboard at once. */
  userCopies(text: string): void;
}

/** Lets every promise continuation that is ready run, including ones queued by earlier continuations. */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function createControllableClipboard(): ControllableClipboard {
  let content = '';
  const queue: InFlight[] = [];

  const enqueue = <T>(kind: ClipboardOperation, perform: () => T): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      queue.push({ kind, run: () => resolve(perform()), fail: () => reject(new Error(`clipboard ${kind} failed`)) });
    });

  const take = async (kind: ClipboardOperation): Promise<InFlight> => {
    await settle();
    const next = queue.shift();
    if (next === undefined) throw new Error(`no clipboard operation in flight; expected a ${kind}`);
    if (next.kind !== kind) throw new Error(`the oldest clipboard operation in flight is a ${next.kind}, not a ${kind}`);
    return next;
  };

  return {
    readText: () => enqueue('read', () => content),
    writeText: (text) =>
      enqueue('write', (): ClipboardWrite => {
        content = text;
        return { concealed: true };
      }),
    clear: () =>
      enqueue('clear', () => {
        content = '';
      }),
    text: () => content,
    inFlight: () => queue.map((operation) => operation.kind),
    runNext: async (kind) => {
      (await take(kind)).run();
      await settle();
    },
    failNext: async (kind) => {
      (await take(kind)).fail();
      await settle();
    },
    runAll: async () => {
      await settle();
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        next.run();
        await settle();
      }
    },
    userCopies: (text) => {
      content = text;
    },
  };
}
