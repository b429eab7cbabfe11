// Child process for the grant proxy figures (bundled, run by plain node with an IPC channel): runs one proxy, reports its base URL, and samples its own RSS on request. Must not import electron.
import { startGrantProxy } from '../../main/node/proxy/grant-proxy';

const [target, key, standIn] = process.argv.slice(2);
if (target === undefined || key === undefined || standIn === undefined) throw new Error('usage: proxy-child TARGET KEY STAND_IN');

const proxy = await startGrantProxy({
  standIn,
  target: new URL(target),
  credential: () => Promise.resolve({ header: 'x-api-key', value: key }),
  secrets: () => [key],
  allowOrigins: [],
  onRequest: () => undefined,
});

let baseline = 0;
let peak = 0;
let sampler: NodeJS.Timeout | undefined;
const sample = (): void => {
  peak = Math.max(peak, process.memoryUsage.rss());
};

process.on('message', (message: unknown) => {
  if (message === 'start-sampling') {
    globalThis.gc?.();
    baseline = process.memoryUsage.rss();
    peak = baseline;
    sampler = setInterval(sample, 2);
    process.send?.({ kind: 'sampling' });
  } else if (message === 'stop-sampling') {
    clearInterval(sampler);
    sample();
    process.send?.({ kind: 'growth', bytes: peak - baseline });
  } else if (message === 'close') {
    void proxy.close().then(() => process.exit(0));
  }
});
process.send?.({ kind: 'ready', baseUrl: proxy.baseUrl });
