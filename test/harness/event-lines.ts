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
    push(chunk) {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(handleLine);
    },
  };
}
