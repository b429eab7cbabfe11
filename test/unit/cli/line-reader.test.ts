// Proves the line splitter: lines across chunk boundaries, several per chunk, and a hard limit on what it holds.
import { describe, expect, it } from 'vitest';
import { createLineReader } from '../../../cli/channel/line-reader';

describe('createLineReader', () => {
  it('joins a line split across chunks and splits several in one chunk', () => {
    const reader = createLineReader(100);
    expect(reader.push(Buffer.from('{"a":'))).toEqual({ ok: true, lines: [] });
    expect(reader.push(Buffer.from('1}\n{"b":2}\n{"c"'))).toEqual({ ok: true, lines: ['{"a":1}', '{"b":2}'] });
    expect(reader.push(Buffer.from(':3}\n'))).toEqual({ ok: true, lines: ['{"c":3}'] });
  });

  it('keeps multi-byte characters whole across chunks', () => {
    const reader = createLineReader(100);
    const bytes = Buffer.from('é€\n');
    expect(reader.push(bytes.subarray(0, 1))).toEqual({ ok: true, lines: [] });
    expect(reader.push(bytes.subarray(1))).toEqual({ ok: true, lines: ['é€'] });
  });

  it('fails, and stays failed, once a line passes the limit, with or without its newline', () => {
    const unterminated = createLineReader(10);
    expect(unterminated.push(Buffer.from('x'.repeat(11)))).toEqual({ ok: false });
    expect(unterminated.push(Buffer.from('\n'))).toEqual({ ok: false });
    const terminated = createLineReader(10);
    expect(terminated.push(Buffer.from(`${'x'.repeat(6)}`))).toEqual({ ok: true, lines: [] });
    expect(terminated.push(Buffer.from(`${'x'.repeat(5)}\n`))).toEqual({ ok: false });
    expect(createLineReader(10).push(Buffer.from(`${'x'.repeat(10)}\n`))).toEqual({ ok: true, lines: ['x'.repeat(10)] });
  });
});
