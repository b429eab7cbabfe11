// The window's keyboard shortcuts, one list shared by the key handler's documentation and the help overlay.

/** One shortcut as the help overlay lists it: the keys to press and what they do. */
export interface Shortcut {
  readonly keys: string;
  readonly action: string;
}

/** Every shortcut the window answers to ("Mod" is Ctrl, or ⌘ on macOS). */
export const shortcuts: readonly Shortcut[] = [
  { keys: '/', action: 'Search accounts' },
  { keys: 'Mod+F', action: 'Search accounts' },
  { keys: '↑ ↓ Home End', action: 'Move through the account list' },
  { keys: 'Enter', action: 'Open the selected account' },
  { keys: 'Mod+C', action: "Copy the selected account's token or API key (when no text is selected)" },
  { keys: 'Mod+Shift+C', action: 'Copy it as a header (Authorization: Bearer … or x-api-key: …)' },
  { keys: 'F2', action: 'Rename the selected account' },
  { keys: 'Delete', action: 'Remove the selected account (asks first; Undo for 10 s)' },
  { keys: 'Mod+N', action: 'Add an account' },
  { keys: 'Mod+,', action: 'Open settings' },
  { keys: 'Esc', action: 'Close the sheet, menu or detail; in the list, clear the search' },
  { keys: '?', action: 'Show these shortcuts' },
];
