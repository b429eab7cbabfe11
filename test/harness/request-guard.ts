// Decides whether a request may reach the vault transport: Host, Origin, capability, method, content type, body shape. Must not import main/.
import type { IncomingHttpHeaders } from 'node:http';
import { z } from 'zod';
import { capabilityMatches } from './capability';
import { capabilityHeader } from './wire';

export interface GuardExpectation {
  capability: string;
  /** Exactly `127.0.0.1:<port>`: any other Host (a rebound DNS name, localhost) is refused. */
  host: string;
  /** `http://127.0.0.1:<port>`: a browser request from any other page is refused. */
  origin: string;
}

export type GuardResult = { ok: true } | { ok: false; status: 400 | 403 | 405 };

export type TransportRoute = 'invoke' | 'events';

const requiredMethod: Record<TransportRoute, string> = { invoke: 'POST', events: 'GET' };

/** The DNS-rebinding guard, applied to every harness response. */
export function hostAllowed(headers: IncomingHttpHeaders, expectedHost: string): boolean {
  return headers.host === expectedHost;
}

function isJsonContentType(value: string | undefined): boolean {
  return value?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

export function guardTransport(
  request: { method?: string | undefined; headers: IncomingHttpHeaders },
  route: TransportRoute,
  expected: GuardExpectation,
): GuardResult {
  const { headers } = request;
  if (!hostAllowed(headers, expected.host)) return { ok: false, status: 403 };
  if (headers.origin !== undefined && headers.origin !== expected.origin) return { ok: false, status: 403 };
  if (!capabilityMatches(expected.capability, headers[capabilityHeader])) return { ok: false, status: 403 };
  if (request.method !== requiredMethod[route]) return { ok: false, status: 405 };
  if (route === 'invoke' && !isJsonContentType(headers['content-type'])) return { ok: false, status: 400 };
  return { ok: true };
}

/** The largest invoke body the transport reads; parseInvokeBody refuses longer text before JSON.parse sees it. */
export const invokeBodyLimitBytes = 64 * 1024;

const invokeBody = z.strictObject({ channel: z.string().min(1).max(200), input: z.unknown() });

type InvokeBody = z.infer<typeof invokeBody>;

/** The `{channel, input}` of an invoke request, or null when the body is not that JSON object. */
export function parseInvokeBody(text: string): InvokeBody | null {
  if (text.length > invokeBodyLimitBytes) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = invokeBody.safeParse(value);
  return parsed.success ? parsed.data : null;
}
