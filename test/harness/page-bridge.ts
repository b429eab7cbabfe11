// Browser entry bundled into /__harness/bridge.js: defines window.vault over the loopback transport. Must not import node:* or main/.
import { createBridge } from '../../preload/bridge';
import { createFetchTransport } from './page-transport';
import { readCapabilityFragment } from './wire';

function pageLocation(): { hash: string; origin: string } {
  const location: unknown = Reflect.get(globalThis, 'location');
  if (
    typeof location === 'object' &&
    location !== null &&
    'hash' in location &&
    'origin' in location &&
    typeof location.hash === 'string' &&
    typeof location.origin === 'string'
  ) {
    return { hash: location.hash, origin: location.origin };
  }
  throw new Error('The harness bridge must run in a page.');
}

const { hash, origin } = pageLocation();
const capability = readCapabilityFragment(hash);
if (capability === null) {
  console.error('akool-vault harness: open the URL the harness printed; it ends in #cap=<capability>.');
}

// Only events the browser marks trusted (a person's, or Playwright's, which go through the browser's input path like
// Electron's 'input-event'): script in the page can dispatch events, but never trusted ones.
let inputCount = 0;
const countTrusted = (event: unknown): void => {
  if (typeof event === 'object' && event !== null && Reflect.get(event, 'isTrusted') === true) inputCount += 1;
};
const addEventListener: unknown = Reflect.get(globalThis, 'addEventListener');
if (typeof addEventListener === 'function') {
  for (const type of ['keydown', 'pointerdown']) Reflect.apply(addEventListener, globalThis, [type, countTrusted, { capture: true }]);
}

const transport = createFetchTransport({
  inputCount: () => inputCount,
  // A wrapper, not `fetch` itself: the browser's fetch throws "Illegal invocation" when called as a method of another object.
  fetch: (url, init) => fetch(url, init),
  origin,
  capability: capability ?? '',
});

Object.defineProperty(globalThis, 'vault', {
  value: createBridge(transport.invoke, transport.subscribe, { prefetchState: true }),
  writable: false,
  configurable: false,
  enumerable: true,
});
