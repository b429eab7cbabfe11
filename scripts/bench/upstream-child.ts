// Child process for the grant proxy figures (bundled, run by plain node with an IPC channel): the sandbox with one account at a given answer delay, and a sink that reads uploads whole; so direct calls cross a process boundary as calls through the proxy do. Must not import electron.
import { createServer } from 'node:http';
import { listenOnLoopback } from '../../test/sandbox/listen-loopback';
import { startSandbox } from '../../test/sandbox/server';
import { benchSeeds } from './seed-vaults';

const latencyMs = Number(process.argv[2] ?? '0');
const sandbox = await startSandbox({ latencyMs, accounts: benchSeeds(1) });
const sink = createServer((incoming, outgoing) => {
  let bytes = 0;
  incoming.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  incoming.on('end', () => outgoing.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 1000, bytes })));
});
const sinkPort = await listenOnLoopback(sink);
process.on('message', (message: unknown) => {
  if (message === 'close') void sandbox.close().then(() => process.exit(0));
});
process.send?.({ kind: 'ready', baseUrl: sandbox.baseUrl, sinkUrl: `http://127.0.0.1:${sinkPort}` });
