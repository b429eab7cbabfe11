// Proves response bodies are read as UTF-8 up to a byte limit, and larger ones are cut off early.
import { describe, expect, it } from 'vitest';
import { readLimitedBody } from '../../../../main/core/akool/read-limited-body';

const streamOf = (chunks: Uint8Array[], onCancel: () => void): ReadableStream<Uint8Array> =>
  new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.shift();
      if (next === undefined) controller.close();
      else controller.enqueue(next);
    },
    cancel: onCancel,
  });

describe('readLimitedBody', () => {
  it('reads a body up to the limit, decoding UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode('{"msg":"ça va 😀"}');
    const chunks = [bytes.slice(0, 10), bytes.slice(10, 18), bytes.slice(18)];
    const result = await readLimitedBody(new Response(streamOf(chunks, () => undefined)), bytes.byteLength);
    expect(result).toEqual({ ok: true, text: '{"msg":"ça va 😀"}' });
  });

  it('gives empty text for a response without a body', async () => {
    expect(await readLimitedBody(new Response(null, { status: 204 }), 10)).toEqual({ ok: true, text: '' });
  });

  it('stops and cancels the stream as soon as the limit is passed', async () => {
    let cancelled = false;
    const chunks = Array.from({ length: 100 }, () => new Uint8Array(10));
    const result = await readLimitedBody(new Response(streamOf(chunks, () => (cancelled = true))), 25);
    expect(result).toEqual({ ok: false });
    expect(cancelled).toBe(true);
    expect(chunks.length).toBeGreaterThan(90);
  });

  it('refuses early when Content-Length is over the limit', async () => {
    let cancelled = false;
    const response = new Response(streamOf([new Uint8Array(5)], () => (cancelled = true)), {
      headers: { 'content-length': '1000' },
    });
    expect(await readLimitedBody(response, 100)).toEqual({ ok: false });
    expect(cancelled).toBe(true);
  });

  it('reads a body whose Content-Length is exactly the limit', async () => {
    const response = new Response(streamOf([new TextEncoder().encode('0123456789')], () => undefined), {
      headers: { 'content-length': '10' },
    });
    expect(await readLimitedBody(response, 10)).toEqual({ ok: true, text: '0123456789' });
  });

  it('refuses a bodiless answer whose Content-Length claims more than the limit, without throwing', async () => {
    const response = new Response(null, { status: 200, headers: { 'content-length': '1000' } });
    expect(await readLimitedBody(response, 100)).toEqual({ ok: false });
  });
});
