// Splits a byte stream into newline-terminated UTF-8 lines, refusing any line longer than a limit before holding more of it. Imports nothing.

export type LineResult = { ok: true; lines: string[] } | { ok: false };

export interface LineReader {
  /** The complete lines this chunk finished; `ok: false` once a line went past the limit (the reader then stays failed). */
  push(chunk: Buffer): LineResult;
}

/** Linear in the input: each byte is looked at once, and at most `maxLineBytes` are ever held. */
export function createLineReader(maxLineBytes: number): LineReader {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let failed = false;
  return {
    push: (chunk) => {
      if (failed) return { ok: false };
      const lines: string[] = [];
      let start = 0;
      for (let index = chunk.indexOf(0x0a); index !== -1; index = chunk.indexOf(0x0a, start)) {
        const piece = chunk.subarray(start, index);
        if (pendingBytes + piece.length > maxLineBytes) {
          failed = true;
          return { ok: false };
        }
        lines.push(Buffer.concat([...pending, piece]).toString('utf8'));
        pending = [];
        pendingBytes = 0;
        start = index + 1;
      }
      const rest = chunk.subarray(start);
      if (pendingBytes + rest.length > maxLineBytes) {
        failed = true;
        return { ok: false };
      }
      if (rest.length > 0) {
        pending.push(Buffer.from(rest));
        pendingBytes += rest.length;
      }
      return { ok: true, lines };
    },
  };
}
