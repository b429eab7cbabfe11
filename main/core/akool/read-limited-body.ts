// Reads a fetch Response body as UTF-8 text, giving up once it exceeds a byte limit. Must not import electron or node:*.

export type LimitedBody = { ok: true; text: string } | { ok: false };

function declaredLength(headers: Headers): number | null {
  const value = headers.get('content-length');
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value.trim()) : null;
}

async function discard(body: ReadableStream<Uint8Array> | null): Promise<void> {
  await body?.cancel().catch(() => undefined);
}

/**
 * The whole body as text, or `{ ok: false }` as soon as Content-Length or the bytes read exceed `maxBytes`
 * (the rest is then cancelled, never buffered). Throws when the stream fails or is aborted.
 */
export async function readLimitedBody(response: Response, maxBytes: number): Promise<LimitedBody> {
  const body = response.body;
  const declared = declaredLength(response.headers);
  if (declared !== null && declared > maxBytes) {
    await discard(body);
    return { ok: false };
  }
  if (body === null) return { ok: true, text: '' };
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let total = 0;
  let text = '';
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false };
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
  return { ok: true, text: text + decoder.decode() };
}
