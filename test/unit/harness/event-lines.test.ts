// Proves event lines survive arbitrary chunk splits and malformed lines are skipped. Must not import main/.
import { describe, expect, it } from 'vitest';
import { createEventLineParser, encodeEventLine } from '../../harness/event-lines';

function collect(): { events: Array<[string, unknown]>; push(chunk: string): void } {
  const events: Array<[string, unknown]> = [];
  const parser = createEventLineParser((channel, payload) => events.push([channel, payload]));
  return { events, push: (chunk) => parser.push(chunk) };
}

describe('event lines', () => {
  it('encodes one JSON object per line', () => {
    expect(encodeEventLine('vault-event:x', { a: 'b\nc' })).toBe('{"channel":"vault-event:x","payload":{"a":"b\\nc"}}\n');
  });

  it('delivers events split across chunks in order', () => {
    const text = encodeEventLine('one', { n: 1 }) + encodeEventLine('two', [2]);
    for (let split = 0; split <= text.length; split += 1) {
      const sink = collect();
      sink.push(text.slice(0, split));
      sink.push(text.slice(split));
      expect(sink.events).toEqual([
        ['one', { n: 1 }],
        ['two', [2]],
      ]);
    }
  });

  it('holds back an unfinished line', () => {
    const sink = collect();
    sink.push('{"channel":"a","payload":1}');
    expect(sink.events).toEqual([]);
    sink.push('\n');
    expect(sink.events).toEqual([['a', 1]]);
  });

  it('skips blank, malformed and channel-less lines', () => {
    const sink = collect();
    sink.push('\n\nnot json\n{"payload":1}\n{"channel":3}\n{"channel":"ok","payload":null}\n');
    expect(sink.events).toEqual([['ok', null]]);
  });
});
