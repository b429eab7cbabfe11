// The event stream's wire format: one JSON `{channel, payload}` per line. Must not import node:* or main/.

export function encodeEventLine(channel: string, payload: unknown): string {
  return `${JSON.stringify({ channel, payload })}\n`;
}

/** Feeds decoded text chunks in; calls `deliver` for each complete, well-formed line. Other lines are skipped. */
export function createEventLineParser(deliver: (channel: string, payload: unknown) => void): { push(chunk: string): void } {
  let pending = '';
  const handleLine = (line: string): void => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return;
    }
    if (typeof value === 'object' && value !== null && 'channel' in value && typeof value.channel === 'string') {
      deliver(value.channel, 'payload' in value ? value.payload : undefined);
    }
  };
  return {
    // Splits only the new chunk, so a long line arriving in many chunks costs linear time, not a re-split per chunk.
    push(chunk) {
      const lines = chunk.split('\n');
      const last = lines.pop() ?? '';
      if (lines.length === 0) {
        pending += last;
        return;
      }
      lines[0] = pending + (lines[0] ?? '');
      pending = last;
      lines.forEach(handleLine);
    },
  };
}
