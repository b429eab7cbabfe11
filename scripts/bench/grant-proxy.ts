// Figures 7a–d: the grant proxy (in its own plain-node process) against direct calls to the sandbox: overhead per request at 0 and 50 ms, 100 concurrent requests, and its RSS growth during a 50 MiB streamed upload. Must not import electron.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { quotaPath } from '../../test/sandbox/akool-routes';
import { listenOnLoopback } from '../../test/sandbox/listen-loopback';
import { startSandbox, type Sandbox } from '../../test/sandbox/server';
import { projectDir } from './build-pages';
import { compareRuns, type Figure } from './figure';
import { benchSeeds } from './seed-vaults';

const childSource = fileURLToPath(new URL('./proxy-child.ts', import.meta.url));
const childBundle = join(projectDir, 'node_modules/.cache/akool-vault-bench/proxy-child.mjs');
const mebibyte = 1024 * 1024;
const uploadBytes = 50 * mebibyte;
const smallUploadBytes = mebibyte;

interface ProxyChild {
  baseUrl: string;
  ask(message: string): Promise<{ kind: string; bytes?: number }>;
  close(): Promise<void>;
}

async function startProxyChild(target: string, key: string, standIn: string): Promise<ProxyChild> {
  const child: ChildProcess = fork(childBundle, [target, key, standIn], { execArgv: ['--expose-gc'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const next = (): Promise<{ kind: string; baseUrl?: string; bytes?: number }> =>
    new Promise((resolve, reject) => {
      const exited = (code: number | null): void => reject(new Error(`the proxy child exited (${code})`));
      child.once('exit', exited);
      child.once('message', (message: unknown) => {
        child.off('exit', exited);
        resolve(typeof message === 'object' && message !== null ? { kind: String(Reflect.get(message, 'kind')), baseUrl: Reflect.get(message, 'baseUrl'), bytes: Reflect.get(message, 'bytes') } : { kind: 'unknown' });
      });
    });
  const ready = await next();
  if (ready.kind !== 'ready' || typeof ready.baseUrl !== 'string') throw new Error('the proxy child did not start');
  return {
    baseUrl: ready.baseUrl,
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
  const result = { ours: [] as number[], floor: [] as number[] };
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

/** A sink that reads every byte of a POST and answers how many: the upload's upstream. */
async function startSink(): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((incoming, outgoing) => {
    let bytes = 0;
    incoming.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    incoming.on('end', () => outgoing.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 1000, bytes })));
  });
  return { server, baseUrl: `http://127.0.0.1:${await listenOnLoopback(server)}` };
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

async function uploadGrowth(proxy: ProxyChild, url: string, headers: Record<string, string>, bytes: number): Promise<number> {
  await proxy.ask('start-sampling');
  await upload(url, headers, bytes);
  const growth = await proxy.ask('stop-sampling');
  return growth.bytes ?? Number.NaN;
}

export async function grantProxyFigures(): Promise<Figure[]> {
  // Bundled so the child runs on plain node, without a TypeScript loader inflating it.
  await build({ input: childSource, platform: 'node', logLevel: 'warn', output: { format: 'esm', file: childBundle } });
  const [seed] = benchSeeds(1);
  if (seed === undefined) throw new Error('no sandbox seed');
  const standIn = randomBytes(32).toString('base64url');
  const grant = { 'x-api-key': standIn };
  const direct = { 'x-api-key': seed.clientSecret };
  const figures: Figure[] = [];

  const perRequest = async (sandbox: Sandbox, count: number, rounds: number, latency: number): Promise<Figure> => {
    const proxy = await startProxyChild(sandbox.baseUrl, seed.clientSecret, standIn);
    try {
      const runs = await alternate(rounds, () => timeSequential(`${proxy.baseUrl}${quotaPath}`, grant, count), () => timeSequential(`${sandbox.baseUrl}${quotaPath}`, direct, count));
      const figure = compareRuns(
        {
          name: `proxy overhead per request, ${latency} ms answer delay`,
          unit: 'ms',
          target: latency === 0 ? '≤ 2 ms added' : '≤ 1.1',
          note: `${count} sequential GET quota/info per round through the grant proxy (own node process, x-api-key stand-in) vs straight to the sandbox (delay ${latency} ms); keep-alive fetch; rounds alternate`,
        },
        runs.ours,
        runs.floor,
      );
      return { ...figure, note: `${figure.note}; added ${((figure.ours ?? 0) - (figure.floor ?? 0)).toFixed(2)} ms per request` };
    } finally {
      await proxy.close();
    }
  };

  for (const [latency, count, rounds] of [
    [0, 200, 15],
    [50, 20, 7],
  ] as const) {
    const sandbox = await startSandbox({ latencyMs: latency, accounts: [seed] });
    try {
      figures.push(await perRequest(sandbox, count, rounds, latency));
      if (latency === 0) {
        const proxy = await startProxyChild(sandbox.baseUrl, seed.clientSecret, standIn);
        try {
          const runs = await alternate(11, () => timeConcurrent(`${proxy.baseUrl}${quotaPath}`, grant, 100), () => timeConcurrent(`${sandbox.baseUrl}${quotaPath}`, direct, 100));
          const figure = compareRuns(
            { name: '100 concurrent requests through the proxy', unit: 'ms', target: '—', note: '100 GET quota/info at once through the grant proxy vs straight to the sandbox, time until all are answered' },
            runs.ours,
            runs.floor,
          );
          figures.push({ ...figure, note: `${figure.note}; ${Math.round(100_000 / (figure.ours ?? 1))} vs ${Math.round(100_000 / (figure.floor ?? 1))} requests/s` });
        } finally {
          await proxy.close();
        }
      }
    } finally {
      await sandbox.close();
    }
  }

  const sink = await startSink();
  const proxy = await startProxyChild(sink.baseUrl, seed.clientSecret, standIn);
  try {
    const ours: number[] = [];
    const floor: number[] = [];
    await uploadGrowth(proxy, `${proxy.baseUrl}${quotaPath}`, grant, smallUploadBytes);
    for (let run = 0; run < 3; run += 1) {
      ours.push(await uploadGrowth(proxy, `${proxy.baseUrl}${quotaPath}`, grant, uploadBytes));
      floor.push(await uploadGrowth(proxy, `${proxy.baseUrl}${quotaPath}`, grant, smallUploadBytes));
    }
    figures.push(
      compareRuns(
        {
          name: 'proxy peak RSS growth, 50 MiB upload',
          unit: 'B',
          target: 'flat',
          note: 'peak RSS (sampled every 2 ms) minus RSS after GC, of the proxy process while it streams a 50 MiB POST to a sink; floor: the same for a 1 MiB POST — flat memory keeps the ratio near 1, buffering would add 50 MiB',
        },
        ours,
        floor,
      ),
    );
  } finally {
    await proxy.close();
    await new Promise<void>((resolve) => sink.server.close(() => resolve()));
  }
  return figures;
}
