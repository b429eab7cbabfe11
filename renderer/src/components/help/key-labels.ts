// Shows a shortcut's keys as this computer names them: "Mod" is ⌘ on macOS and Ctrl elsewhere. Must not import React or the vault API.

/** True on macOS (and iPadOS): the User-Agent Client Hints platform where the browser has it, else navigator.platform. */
export function isApplePlatform(nav: Navigator = navigator): boolean {
  const hints: unknown = Reflect.get(nav, 'userAgentData');
  const hinted = typeof hints === 'object' && hints !== null ? Reflect.get(hints, 'platform') : undefined;
  const platform = typeof hinted === 'string' && hinted !== '' ? hinted : nav.platform;
  return /^(mac|iphone|ipad)/i.test(platform);
}

/** One key as the overlay prints it, with the spoken name where the symbol alone is unclear. */
export type KeyLabel = { text: string; name?: string };

/**
 * "Mod+F" → [⌘ (Command), F] on macOS, [Ctrl, F] elsewhere: the keys pressed together. A key list without "+"
 * (e.g. "↑ ↓ Home End") is one key per entry, pressed one at a time, and comes back as one label.
 */
export function keyLabels(keys: string, apple: boolean): KeyLabel[] {
  const parts = keys.length > 1 && keys.includes('+') ? keys.split('+') : [keys];
  return parts.map((part) => {
    if (part !== 'Mod') return { text: part };
    return apple ? { text: '⌘', name: 'Command' } : { text: 'Ctrl' };
  });
}
