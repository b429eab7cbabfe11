// Figures 7a–d: the grant proxy (in its own plain-node process) against direct calls to the sandbox (in another): overhead per request at 0 and 50 ms, 100 concurrent requests, and its RSS growth during a 50 MiB streamed upload. Must not import electron.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { quotaPath } from '../../test/sandbox/akool-routes';
import { projectDir } from './build-pages';
import { compareRuns, type Figure } from './figure';
import { benchSeeds } from './seed-vaults';

const proxySource = fileURLToPath(new URL('./proxy-child.ts', import.meta.url));
const proxyBundle = join(projectDir, 'node_modules/.cache/akool-vault-bench/proxy-child.mjs');
const upstreamSource = fileURLToPath(new URL('./upstream-child.ts', import.meta.url));
const upstreamBundle = join(projectDir, 'node_modules/.cache/akool-vault-bench/upstream-child.mjs');
const mebibyte = 1024 * 1024;
const uploadBytes = 50 * mebibyte;
const smallUploadBytes = 10 * mebibyte;

type ChildMessage = { kind: string; baseUrl?: string; sinkUrl?: string; bytes?: number };

interface BenchChild {
  readonly ready: ChildMessage;
  ask(message: string): Promise<ChildMessage>;
  close(): Promise<void>;
}

function readMessage(message: unknown): ChildMessage {
  if (typeof message !== 'object' || message === null) return { kind: 'unknown' };
  const field = (name: string): unknown => Reflect.get(message, name);
  const text = (name: string): string | undefined => {
    const value = field(name);
    return typeof value === 'string' ? value : undefined;
  };
  const bytes = field('bytes');
  return { kind: text('kind') ?? 'unknown', baseUrl: text('baseUrl'), sinkUrl: text('sinkUrl'), bytes: typeof bytes === 'number' ? bytes : undefined };
}

/** A bundled child on plain node with an IPC channel, once it has said it is ready. */
async function startChild(bundle: string, args: readonly string[]): Promise<BenchChild> {
  const child: ChildProcess = fork(bundle, args, { execArgv: ['--expose-gc'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const next = (): Promise<ChildMessage> =>
    new Promise((resolve, reject) => {
      const exited = (code: number | null): void => reject(new Error(`a bench child exited (${code})`));
      child.once('exit', exited);
      child.once('message', (message: unknown) => {
        child.off('exit', exited);
        resolve(readMessage(message));
      });
    });
  const ready = await next();
  if (ready.kind !== 'ready' || ready.baseUrl === undefined) throw new Error('a bench child did not start');
  return {
    ready,
    ask: (message) => {
      const answer = next();
      child.send(message);
      return answer;
    },
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.send('close');
      }),
  };
}

async function timeSequential(url: string, headers: Record<string, string>, count: number): Promise<number> {
  const started = performance.now();
  for (let index = 0; index < count; index += 1) {
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`status ${response.status}`);
    await response.arrayBuffer();
  }
  return (performance.now() - started) / count;
}

async function timeConcurrent(url: string, headers: Record<string, string>, count: number): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: count }, async () => {
      const response = await fetch(url, { headers });
      if (!response.ok) throw new Error(`status ${response.status}`);
      await response.arrayBuffer();
    }),
  );
  return performance.now() - started;
}

/** Alternating rounds of `ours` and `floor`, the order swapped every round; each round's first pass warms up. */
async function alternate(rounds: number, ours: () => Promise<number>, floor: () => Promise<number>): Promise<{ ours: number[]; floor: number[] }> {
  const result: { ours: number[]; floor: number[] } = { ours: [], floor: [] };
  await ours();
  await floor();
  for (let round = 0; round < rounds; round += 1) {
    if (round % 2 === 0) {
      result.ours.push(await ours());
      result.floor.push(await floor());
    } else {
      result.floor.push(await floor());
      result.ours.push(await ours());
    }
  }
  return result;
}

/** Streams `bytes` of zeros with back-pressure, 64 KiB at a time, and resolves once the answer is read. */
function upload(url: string, headers: Record<string, string>, bytes: number): Promise<void> {
  const chunk = Buffer.alloc(64 * 1024);
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', headers: { ...headers, 'content-length': String(bytes) } }, (answer) => {
      answer.resume();
      answer.on('end', () => (answer.statusCode === 200 ? resolve() : reject(new Error(`status ${answer.statusCode}`))));
    });
    outgoing.on('error', reject);
    let sent = 0;
    const pump = (): void => {
      while (sent < bytes) {
        const size = Math.min(chunk.length, bytes - sent);
        sent += size;
        if (!outgoing.write(size === chunk.length ? chunk : chunk.subarray(0, size))) return void outgoing.once('drain', pump);
      }
      outgoing.end();
    };
    pump();
  });
}

async function uploadGrowth(proxy: BenchChild, url: string, headers: Record<string, string>, bytes: number): Promise<number> {
  await proxy.ask('start-sampling');
  await upload(url, headers, bytes);
  const growth = await proxy.ask('stop-sampling');
  return growth.bytes ?? Number.NaN;
}

export async function grantProxyFigures(): Promise<Figure[]> {
  // Bundled so the children run on plain node, without a TypeScript loader inflating them.
  for (const [input, file] of [
    [proxySource, proxyBundle],
    [upstreamSource, upstreamBundle],
  ]) {
    await build({ input, platform: 'node', logLevel: 'warn', output: { format: 'esm', file } });
  }
  const [seed] = benchSeeds(1);
  if (seed === undefined) throw new Error('no sandbox seed');
  const standIn = randomBytes(32).toString('base64url');
  const grant = { 'x-api-key': standIn };
  const direct = { 'x-api-key': seed.clientSecret };
  const startProxy = (target: string): Promise<BenchChild> => startChild(proxyBundle, [target, seed.clientSecret, standIn]);
  const figures: Figure[] = [];

  for (const [latency, count, rounds] of [
    [0, 200, 15],
    [50, 20, 7],
  ] as const) {
    const upstream = await startChild(upstreamBundle, [String(latency)]);
    const sandboxUrl = upstream.ready.baseUrl ?? '';
    const proxy = await startProxy(sandboxUrl);
    try {
      const runs = await alternate(rounds, () => timeSequential(`${proxy.ready.baseUrl}${quotaPath}`, grant, count), () => timeSequential(`${sandboxUrl}${quotaPath}`, direct, count));
      const figure = compareRuns(
        {
          name: `proxy overhead per request, ${latency} ms answer delay`,
          unit: 'ms',
          target: latency === 0 ? '≤ 2 ms added' : '≤ 1.1',
          note: `${count} sequential GET quota/info per round, bench → grant proxy (own node process, x-api-key stand-in) → sandbox (own node process, answers after ${latency} ms) vs bench → sandbox; keep-alive fetch; rounds alternate`,
        },
        runs.ours,
        runs.floor,
      );
      const added = (figure.ours ?? 0) - (figure.floor ?? 0);
      const bestAdded = (figure.min ?? 0) - Math.min(...runs.floor);
      figures.push({ ...figure, note: `${figure.note}; added ${added.toFixed(2)} ms per request (medians), ${bestAdded.toFixed(2)} ms (best rounds)` });
      if (latency === 0) {
        const batches = await alternate(11, () => timeConcurrent(`${proxy.ready.baseUrl}${quotaPath}`, grant, 100), () => timeConcurrent(`${sandboxUrl}${quotaPath}`, direct, 100));
        const batch = compareRuns(
          { name: '100 concurrent requests through the proxy', unit: 'ms', target: '—', note: '100 GET quota/info at once through the grant proxy vs straight to the sandbox (each in its own process), time until all are answered' },
          batches.ours,
          batches.floor,
        );
        figures.push({ ...batch, note: `${batch.note}; ${Math.round(100_000 / (batch.ours ?? 1))} vs ${Math.round(100_000 / (batch.floor ?? 1))} requests/s` });
      }
    } finally {
      await proxy.close();
      await upstream.close();
    }
  }

  const upstream = await startChild(upstreamBundle, ['0']);
  const proxy = await startProxy(upstream.ready.sinkUrl ?? '');
  try {
    const ours: number[] = [];
    const floor: number[] = [];
    await uploadGrowth(proxy, `${proxy.ready.baseUrl}${quotaPath}`, grant, smallUploadBytes);
    for (let run = 0; run < 3; run += 1) {
      ours.push(await uploadGrowth(proxy, `${proxy.ready.baseUrl}${quotaPath}`, grant, uploadBytes));
      floor.push(await uploadGrowth(proxy, `${proxy.ready.baseUrl}${quotaPath}`, grant, smallUploadBytes));
    }
    figures.push(
      compareRuns(
        {
          name: 'proxy peak RSS growth, 50 MiB upload',
          unit: 'B',
          target: 'flat',
          note: 'peak RSS (sampled every 2 ms) minus RSS after GC, of the proxy process while it streams a 50 MiB POST to a sink in another process; floor: the same for a 10 MiB POST; flat memory keeps the ratio near 1, buffering would add 40 MiB more',
        },
        ours,
        floor,
      ),
    );
  } finally {
    await proxy.close();
    await upstream.close();
  }
  return figures;
}
