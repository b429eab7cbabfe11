// Per-test teardown for renderer tests: unmount, remove the fake bridge, empty web storage, restore timers. Must not import electron, node:* or main/.
import { cleanup } from '@testing-library/react';
import { vi } from 'vitest';

export function resetRendererTest(): void {
  cleanup();
  window.vault = undefined;
  localStorage.clear();
  sessionStorage.clear();
  vi.useRealTimers();
}
