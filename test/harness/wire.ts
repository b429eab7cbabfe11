// The harness wire names shared by the page and the server: paths, header, #cap fragment. Must not import node:* or main/.

export const invokePath = '/__vault/invoke';
export const eventsPath = '/__vault/events';
export const bridgeScriptPath = '/__harness/bridge.js';
export const capabilityHeader = 'x-harness-capability';
/**
 * How many trusted key presses and clicks the page has seen, sent with every invoke: the harness's stand-in for
 * Electron's webContents 'input-event', which main sees before the page does (main/platform/user-input.ts).
 */
export const inputCountHeader = 'x-harness-input-count';

const capabilityPattern = /^[0-9a-f]{64}$/;

/** The URL fragment that hands the capability to the page; fragments never reach the server or a Referer. */
export function capabilityFragment(capability: string): string {
  return `#cap=${capability}`;
}

/** The capability from `location.hash`, or null when the fragment does not carry a well-formed one. */
export function readCapabilityFragment(hash: string): string | null {
  const capability = new URLSearchParams(hash.replace(/^#/, '')).get('cap');
  return capability !== null && capabilityPattern.test(capability) ? capability : null;
}
