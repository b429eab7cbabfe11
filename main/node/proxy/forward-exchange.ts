// Sends one request upstream: streams the child's body with back-pressure (stream.pipeline) under a size limit and a stall timer, then reads the answer, bounded in bytes and time. Never follows a redirect. Must not import electron.
import { request as httpRequest, type Agent, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Transform, Writable, pipeline } from 'node:stream';
import { declaredLength } from './header-swap';

export interface ProxyLimits {
  /** The longest the answer may take once the body is sent, and the longest the upload may stand still. */
  readonly timeoutMs: number;
  readonly maxAnswerBytes: number;
  readonly maxUploadBytes: number;
}

export type ExchangeFailure = 'upload-too-large' | 'upload-stalled' | 'upstream-unreachable' | 'upstream-timeout' | 'answer-too-large' | 'answer-encoded';

export type ExchangeResult =
  | { kind: 'answer'; status: number; rawHeaders: readonly string[]; body: Buffer }
  | { kind: 'failure'; code: ExchangeFailure }
  /** `signal` was aborted (the grant was revoked) before the answer was complete. */
  | { kind: 'aborted' };

export interface ExchangeInput {
  readonly target: URL;
  /** Sent as is: origin-form, never re-parsed, so nothing the filter checked is normalised into something else. */
  readonly path: string;
  readonly method: string;
  readonly headers: OutgoingHttpHeaders;
  readonly body: IncomingMessage;
  readonly agent: Agent;
  readonly limits: ProxyLimits;
  readonly signal: AbortSignal;
}

class LimitExceeded extends Error {}

/** The answer in memory: at most `maxBytes`, or a failure as soon as it declares or sends more. */
function collect(answer: IncomingMessage, maxBytes: number, done: (result: ExchangeResult) => void): void {
  const encoding = answer.headers['content-encoding']?.trim().toLowerCase();
  if (encoding !== undefined && encoding !== '' && encoding !== 'identity') return done({ kind: 'failure', code: 'answer-encoded' });
  const declared = declaredLength(answer.headers);
  if (declared !== null && declared > maxBytes) return done({ kind: 'failure', code: 'answer-too-large' });
  const chunks: Buffer[] = [];
  let total = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      total += chunk.length;
      if (total > maxBytes) return callback(new LimitExceeded());
      chunks.push(chunk);
      callback();
    },
  });
  pipeline(answer, sink, (error) => {
    if (error instanceof LimitExceeded) done({ kind: 'failure', code: 'answer-too-large' });
    else if (error) done({ kind: 'failure', code: 'upstream-unreachable' });
    else done({ kind: 'answer', status: answer.statusCode ?? 502, rawHeaders: answer.rawHeaders, body: Buffer.concat(chunks, total) });
  });
}

/** Passes the upload on, counting it: fails past `maxBytes`, and tells `progress` of every chunk. */
function uploadMeter(maxBytes: number, progress: () => void): Transform {
  let uploaded = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      uploaded += chunk.length;
      if (uploaded > maxBytes) return callback(new LimitExceeded());
      progress();
      callback(null, chunk);
    },
  });
}

/**
 * The upstream's answer, or why there is none. The upload may stand still at most `timeoutMs` at a time (its fault
 * when the child stops sending, the server's when it stops reading); the answer must be complete within `timeoutMs`
 * of the body's end, the deadline our client keeps. A failure stops the upload and destroys the upstream request, but
 * leaves the child's connection to the caller, which answers on it.
 */
export function forwardExchange(input: ExchangeInput): Promise<ExchangeResult> {
  const { limits, target, body } = input;
  return new Promise((resolve) => {
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const upstream = send({
      protocol: target.protocol,
      hostname: target.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: target.port,
      path: input.path,
      method: input.method,
      headers: input.headers,
      agent: input.agent,
    });
    let settled = false;
    let upstreamFailed = false;
    let stall: NodeJS.Timeout | undefined;
    let deadline: NodeJS.Timeout | undefined;
    const watchUpload = (): void => {
      clearTimeout(stall);
      stall = setTimeout(() => fail(upstream.writableNeedDrain ? 'upstream-timeout' : 'upload-stalled'), limits.timeoutMs);
    };
    const meter = uploadMeter(limits.maxUploadBytes, watchUpload);
    const onAbort = (): void => settle({ kind: 'aborted' });
    function settle(result: ExchangeResult): void {
      if (settled) return;
      settled = true;
      clearTimeout(stall);
      clearTimeout(deadline);
      input.signal.removeEventListener('abort', onAbort);
      if (result.kind !== 'answer') {
        body.unpipe(meter);
        meter.destroy();
        upstream.destroy();
      }
      resolve(result);
    }
    function fail(code: ExchangeFailure): void {
      settle({ kind: 'failure', code });
    }

    if (input.signal.aborted) return onAbort();
    input.signal.addEventListener('abort', onAbort, { once: true });
    upstream.on('error', () => {
      upstreamFailed = true;
      fail('upstream-unreachable');
    });
    upstream.on('response', (answer) => collect(answer, limits.maxAnswerBytes, settle));
    watchUpload();
    // The child's body is piped into the pipeline, not part of it: a failure then stops the upload without destroying
    // the child's connection, so the child still gets its one-line answer (the connection closes after it).
    pipeline(meter, upstream, (error) => {
      clearTimeout(stall);
      if (error instanceof LimitExceeded) return fail('upload-too-large');
      if (error) return fail(upstreamFailed || body.complete ? 'upstream-unreachable' : 'upload-stalled');
      deadline = setTimeout(() => fail('upstream-timeout'), limits.timeoutMs);
    });
    body.once('close', () => {
      if (!body.complete) meter.destroy(new Error('the child left before its body was complete'));
    });
    body.pipe(meter);
  });
}
