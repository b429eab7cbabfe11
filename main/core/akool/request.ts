// Sends one request to Akool with a deadline, no redirects and a body size limit. Must not import electron or node:*.
import type { AkoolFailure } from './outcome';
import { describeNetworkError } from './network-failure';
import type { Http } from '../ports';
import { readLimitedBody } from './read-limited-body';
import { RedirectRefusedError } from './redirect-refusal';
import { VaultError } from '../vault/vault-error';

export interface RequestLimits {
  timeoutMs: number;
  maxBodyBytes: number;
}

/** What came back when the server answered in time without redirecting. */
export interface RawAnswer {
  kind: 'answer';
  status: number;
  retryAfter: string | null;
  text: string;
}

export const redirectRefused = 'the server tried to redirect; akool-vault never follows redirects';

function formatBytes(bytes: number): string {
  const mebibyte = 1024 * 1024;
  if (bytes % mebibyte === 0) return `${bytes / mebibyte} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

/** Fetches with `redirect: 'manual'`; a timeout, network error, redirect or oversized body becomes a failure. */
export async function sendAkoolRequest(
  http: Http,
  url: string,
  init: RequestInit,
  limits: RequestLimits,
): Promise<RawAnswer | AkoolFailure> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    const response = await http(url, { ...init, redirect: 'manual', signal: controller.signal });
    if (isRedirect(response)) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'bad-response', detail: redirectRefused };
    }
    const body = await readLimitedBody(response, limits.maxBodyBytes);
    if (!body.ok) return { kind: 'bad-response', detail: `answer larger than ${formatBytes(limits.maxBodyBytes)}` };
    const retryAfter = response.headers.get('retry-after');
    return { kind: 'answer', status: response.status, retryAfter, text: body.text };
  } catch (error) {
    // A transport that stops the redirect itself (Electron's net.fetch) gets the same refusal as a 3xx: never retried.
    if (error instanceof RedirectRefusedError) return { kind: 'bad-response', detail: redirectRefused };
    // A locked vault's transport refuses before sending (compose-vault.ts): that is the app's answer, not the network's.
    if (error instanceof VaultError) throw error;
    const detail = controller.signal.aborted
      ? `no answer within ${limits.timeoutMs / 1000} s`
      : describeNetworkError(error);
    return { kind: 'unreachable', detail, status: null, retryAfterMs: null };
  } finally {
    clearTimeout(timer);
  }
}
