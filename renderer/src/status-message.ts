// A message for the window's status strip (the toast's reserved place): Check all's result, a removal with Undo. Must not import React or the vault API.

/** One message; `serial` tells two equal messages apart, `visibleMs` is how long it stays unless pointed at or focused. */
export type StatusMessage = {
  serial: number;
  text: string;
  tone: 'info' | 'error';
  visibleMs: number;
  action?: { label: string; run(): void };
};

/** How long a plain result stays: long enough to read. */
export const messageVisibleMs = 6_000;
