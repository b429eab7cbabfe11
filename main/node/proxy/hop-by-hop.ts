// Names the hop-by-hop headers of one message (RFC 9110 §7.6.1): the fixed set, any Proxy-*, and those its Connection header lists. Must not import electron.

const fixed = new Set(['connection', 'keep-alive', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

/** A predicate over lower-case header names, for one message's rawHeaders (name, value, name, value…). */
export function hopByHopNames(rawHeaders: readonly string[]): (lowerName: string) => boolean {
  const named = new Set<string>();
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    if ((rawHeaders[index] ?? '').toLowerCase() !== 'connection') continue;
    for (const token of (rawHeaders[index + 1] ?? '').split(',')) named.add(token.trim().toLowerCase());
  }
  return (lowerName) => fixed.has(lowerName) || lowerName.startsWith('proxy-') || named.has(lowerName);
}
