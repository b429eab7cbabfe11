// The error an Http port throws when its transport stopped a redirect instead of returning the 3xx answer. Must not import electron or node:*.

/**
 * Thrown by an Http adapter whose transport cancels a redirect itself (Electron's net.fetch with `redirect: 'manual'`)
 * rather than answering with the 3xx; the request layer turns it into the same refusal as a 3xx answer.
 */
export class RedirectRefusedError extends Error {
  constructor() {
    super('The server answered with a redirect, which was not followed.');
    this.name = 'RedirectRefusedError';
  }
}
