// Listens for the window's shortcuts on the document while no dialog or other view has the keyboard. Must not touch window.vault.
import { useEffect, useRef } from 'react';
import { shortcutFor, type ShortcutAction } from './shortcut-for';

const textFieldTypes = new Set(['text', 'search', 'password', 'email', 'url', 'number', 'tel']);

function isTextField(element: Element | null): boolean {
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return textFieldTypes.has(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

function hasTextSelection(): boolean {
  const active = document.activeElement;
  if (active instanceof HTMLInputElement && isTextField(active)) {
    try {
      return active.selectionStart !== active.selectionEnd;
    } catch {
      return false;
    }
  }
  return (window.getSelection()?.toString() ?? '') !== '';
}

/** Calls `onShortcut` for each recognised press (and stops its default) while `enabled`. */
export function useShortcuts(enabled: boolean, onShortcut: (action: ShortcutAction) => boolean): void {
  const handler = useRef(onShortcut);
  handler.current = onShortcut;
  useEffect(() => {
    if (!enabled) return;
    const listen = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = shortcutFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        shiftKey: event.shiftKey,
        inTextField: isTextField(document.activeElement),
        hasTextSelection: hasTextSelection(),
      });
      if (action !== null && handler.current(action)) event.preventDefault();
    };
    document.addEventListener('keydown', listen);
    return () => document.removeEventListener('keydown', listen);
  }, [enabled]);
}
