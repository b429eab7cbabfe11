// Which URLs the app's Http port may request: https anywhere, plain http only on this computer. Must not import electron.

const loopbackHostname = /^(localhost|\[::1\]|127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

/** net.fetch also reaches file: and custom schemes (app://), so the adapter refuses everything but these. */
export function isFetchableUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && loopbackHostname.test(parsed.hostname);
}
