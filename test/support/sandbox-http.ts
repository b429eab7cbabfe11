// The sandbox's Akool logic as an in-process Http on a fake clock, with injectable faults and a gate that holds answers. For tests and benchmarks.
import type { Clock, Http } from '../../main/core/ports';
import { createAccountRegistry, type AccountRegistry } from '../sandbox/account-registry';
import { answerGetToken, answerQuota, notFound, quotaPath, tokenPath, type SandboxAnswer } from '../sandbox/akool-routes';
import { demoAccounts, type SandboxAccountSeed } from '../sandbox/accounts';

/** A network error (as fetch throws it), or an HTTP status with no Akool code, optionally with Retry-After. */
export type Fault = { kind: 'network' } | { kind: 'status'; status: number; retryAfter?: string };

export interface SandboxHttp {
  http: Http;
  registry: AccountRegistry;
  /** The path of every request, in arrival order. */
  readonly requests: string[];
  /** Answers every later request with `fault` until heal(). */
  fail(fault: Fault): void;
  heal(): void;
  /** Holds every later answer until release(). */
  hold(): void;
  /** Resolves once `count` requests are waiting at the gate hold() closed. */
  whenHeld(count: number): Promise<void>;
  release(): void;
  /** The most requests ever waiting for their answer at the same time. */
  maxInFlight(): number;
}

function networkError(): Error {
  return Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }) });
}

function answer(registry: AccountRegistry, url: string, init: RequestInit): SandboxAnswer {
  const path = new URL(url).pathname;
  if (path.endsWith(tokenPath)) return answerGetToken(registry, typeof init.body === 'string' ? init.body : '');
  if (path.endsWith(quotaPath)) {
    const headers = new Headers(init.headers);
    return answerQuota(registry, headers.get('authorization') ?? undefined, headers.get('x-api-key') ?? undefined);
  }
  return notFound;
}

export function createSandboxHttp(clock: Clock, seeds: readonly SandboxAccountSeed[] = demoAccounts): SandboxHttp {
  const registry = createAccountRegistry(seeds, () => clock.now());
  const requests: string[] = [];
  let fault: Fault | null = null;
  let gate: { opened: Promise<void>; open: () => void } | null = null;
  let held = 0;
  const heldWaiters: { count: number; resolve: () => void }[] = [];
  const noteHeld = (): void => {
    for (const waiter of heldWaiters.filter((candidate) => candidate.count <= held)) {
      heldWaiters.splice(heldWaiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  let inFlight = 0;
  let maxInFlight = 0;

  const http: Http = async (url, init) => {
    requests.push(new URL(url).pathname);
    const current = fault;
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      if (gate !== null) {
        held += 1;
        noteHeld();
        await gate.opened;
      }
      if (current?.kind === 'network') throw networkError();
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (current?.kind === 'status') {
        if (current.retryAfter !== undefined) headers['retry-after'] = current.retryAfter;
        return new Response('<html>unavailable</html>', { status: current.status, headers });
      }
      const { status, body } = answer(registry, url, init);
      return new Response(JSON.stringify(body), { status, headers });
    } finally {
      inFlight -= 1;
    }
  };

  return {
    http,
    registry,
    requests,
    fail: (next) => {
      fault = next;
    },
    heal: () => {
      fault = null;
    },
    hold: () => {
      let open = (): void => undefined;
      const opened = new Promise<void>((resolve) => {
        open = resolve;
      });
      gate = { opened, open };
    },
    whenHeld: (count) =>
      new Promise<void>((resolve) => {
        heldWaiters.push({ count, resolve });
        noteHeld();
      }),
    release: () => {
      gate?.open();
      gate = null;
      held = 0;
    },
    maxInFlight: () => maxInFlight,
  };
}
