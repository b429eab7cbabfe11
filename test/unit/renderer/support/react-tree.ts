// Searches everything React keeps for a rendered tree (state, props, alternates) for a string, to prove secrets never enter it. Must not import electron, node:* or main/.
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

function rootFiber(container: Element): unknown {
  const key = Object.keys(container).find((name) => name.startsWith('__reactContainer$'));
  if (key === undefined) throw new Error('The container is not a React root.');
  return Reflect.get(container, key);
}

/**
 * Walks the fiber graph from the root: hook state, props, update queues and alternates.
 * DOM nodes are not entered (the DOM is checked separately); functions and getters are skipped.
 */
export function reactTreeContains(container: Element, needle: string): boolean {
  const seen = new Set<object>();
  const queue: unknown[] = [rootFiber(container)];
  while (queue.length > 0) {
    const value = queue.pop();
    if (typeof value === 'string') {
      if (value.includes(needle)) return true;
      continue;
    }
    if (!isObject(value) || value instanceof Node || seen.has(value)) continue;
    seen.add(value);
    for (const descriptor of Object.values(Object.getOwnPropertyDescriptors(value))) {
      if ('value' in descriptor) queue.push(descriptor.value);
    }
  }
  return false;
}

/** True when any key or value in localStorage or sessionStorage contains the needle. */
export function webStorageContains(needle: string): boolean {
  return [localStorage, sessionStorage].some((storage) =>
    Array.from({ length: storage.length }, (_, index) => storage.key(index)).some(
      (key) => key !== null && (key.includes(needle) || (storage.getItem(key) ?? '').includes(needle)),
    ),
  );
}
