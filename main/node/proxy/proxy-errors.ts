// The proxy's closed set of refusals and failures: each code's HTTP status and sentence, sent to the child as one line of JSON. Must not import electron.

export const proxyErrors = {
  'malformed-request': { status: 400, message: 'The request is not well-formed HTTP/1.1, or its method is unknown.' },
  'not-origin-form': { status: 400, message: 'The proxy takes a path, never an absolute URL or *: it is not an open proxy.' },
  'method-refused': { status: 405, message: 'The proxy forwards GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS only; never CONNECT: it is not an open proxy.' },
  'wrong-host': { status: 403, message: 'The Host header must name this proxy: 127.0.0.1 or localhost with its port.' },
  'origin-refused': { status: 403, message: 'Browser pages may use the proxy only from an origin given with --allow-origin.' },
  'bad-path': { status: 400, message: 'The path must be plain: no dot segments, empty segments, backslashes, or encoded slashes, dots or percent signs.' },
  'outside-api': { status: 404, message: 'The proxy forwards only paths under /api/open/.' },
  'no-grant': { status: 401, message: 'The request carries no grant: send AKOOL_API_KEY as x-api-key, or AKOOL_TOKEN as Authorization: Bearer.' },
  'wrong-grant': { status: 401, message: "The request carries a key or token that is not this run's grant." },
  'grant-revoked': { status: 401, message: 'The grant was revoked.' },
  'upload-too-large': { status: 413, message: 'The request body is larger than the proxy forwards.' },
  'upload-stalled': { status: 408, message: 'The request body stopped arriving.' },
  'credential-unavailable': { status: 502, message: "The app could not provide the account's key or token for this request." },
  'upstream-unreachable': { status: 502, message: 'The Akool server could not be reached, or it broke off its answer.' },
  'upstream-timeout': { status: 504, message: 'The Akool server did not answer in time.' },
  'answer-too-large': { status: 502, message: "The Akool server's answer is larger than the proxy reads." },
  'answer-encoded': { status: 502, message: "The Akool server's answer came compressed, which the proxy cannot screen for the secret." },
  'answer-carried-secret': { status: 502, message: "The Akool server's answer carried a piece of the real key or token, so it was withheld and the grant revoked." },
} as const satisfies Record<string, { status: number; message: string }>;

export type ProxyErrorCode = keyof typeof proxyErrors;

/** One line of text, at most 200 characters: a reason given to revoke() may come from anywhere; only its start is read. */
export function oneLine(text: string): string {
  const line = text.slice(0, 1000).replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** The JSON body for `code`; `detail` (one line) follows the sentence, e.g. the reason a grant was revoked. */
export function errorBody(code: ProxyErrorCode, detail?: string): string {
  const { message } = proxyErrors[code];
  const text = detail === undefined || detail === '' ? message : `${message} ${oneLine(detail)}`;
  return JSON.stringify({ error: code, message: text });
}

/** A whole HTTP/1.1 answer for a socket the HTTP server has given up on (CONNECT, a request it cannot parse). */
export function rawErrorAnswer(code: ProxyErrorCode, reason: string): string {
  const body = errorBody(code);
  return `HTTP/1.1 ${proxyErrors[code].status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}
