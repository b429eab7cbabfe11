// Proves the dialogs' focus trap follows the WAI-ARIA dialog pattern: first focus, Tab and Shift+Tab wrap, Esc closes and stops, escaped focus returns. Must not import electron, node:* or main/.
import { fireEvent, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tabbables } from '../../../renderer/src/tabbable';
import { useFocusTrap } from '../../../renderer/src/use-focus-trap';
import { resetRendererTest } from './support/reset';

afterEach(resetRendererTest);

function Trap({ onEscape, focusSecond = false }: { onEscape(): void; focusSecond?: boolean }) {
  const root = useRef<HTMLDivElement>(null);
  const second = useRef<HTMLInputElement>(null);
  useFocusTrap(root, { onEscape, ...(focusSecond ? { initialFocus: second } : {}) });
  return (
    <div ref={root} tabIndex={-1} data-testid="trap">
      <button type="button">First</button>
      <input aria-label="Second" ref={second} />
      <button type="button" disabled>
        Disabled
      </button>
      <button type="button">Last</button>
    </div>
  );
}

function Page({ onEscape, onOutsideKey }: { onEscape(): void; onOutsideKey(): void }) {
  const [open, setOpen] = useState(true);
  return (
    <div onKeyDown={onOutsideKey}>
      <button type="button">Outside</button>
      {open && (
        <Trap
          onEscape={() => {
            onEscape();
            setOpen(false);
          }}
        />
      )}
    </div>
  );
}

const tab = (shiftKey = false): void => {
  if (document.activeElement === null) throw new Error('nothing is focused');
  fireEvent.keyDown(document.activeElement, { key: 'Tab', shiftKey });
};

describe('useFocusTrap', () => {
  it('focuses the first Tab stop on open, or the element it is given', () => {
    render(<Trap onEscape={() => undefined} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'First' }));
    resetRendererTest();
    render(<Trap onEscape={() => undefined} focusSecond />);
    expect(document.activeElement).toBe(screen.getByLabelText('Second'));
  });

  it('wraps Tab from the last stop to the first, and Shift+Tab from the first to the last', () => {
    render(<Trap onEscape={() => undefined} />);
    const first = screen.getByRole('button', { name: 'First' });
    const last = screen.getByRole('button', { name: 'Last' });
    tab(true);
    expect(document.activeElement).toBe(last);
    tab();
    expect(document.activeElement).toBe(first);
  });

  it('leaves Tab between inner stops to the browser', () => {
    render(<Trap onEscape={() => undefined} />);
    const event = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    screen.getByRole('button', { name: 'First' }).dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('calls onEscape on Esc and keeps the key from handlers outside the dialog', () => {
    const onEscape = vi.fn();
    const onOutsideKey = vi.fn();
    render(<Page onEscape={onEscape} onOutsideKey={onOutsideKey} />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'First' }), { key: 'Escape' });
    expect(onEscape).toHaveBeenCalledTimes(1);
    expect(onOutsideKey).not.toHaveBeenCalled();
    expect(screen.queryByTestId('trap')).toBeNull();
  });

  it('pulls focus that lands outside the dialog back in', () => {
    render(<Page onEscape={() => undefined} onOutsideKey={() => undefined} />);
    screen.getByRole('button', { name: 'Outside' }).focus();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'First' }));
  });
});

describe('tabbables', () => {
  it('skips disabled, hidden, negative tabindex and closed-details content, but keeps the summary', () => {
    const { container } = render(
      <div>
        <button type="button">A</button>
        <button type="button" disabled>
          B
        </button>
        <span tabIndex={-1}>C</span>
        <div hidden>
          <button type="button">D</button>
        </div>
        <details>
          <summary>E</summary>
          <input aria-label="F" />
        </details>
        <details open>
          <summary>G</summary>
          <input aria-label="H" />
        </details>
      </div>,
    );
    const root = container.firstElementChild;
    if (!(root instanceof HTMLElement)) throw new Error('no root');
    expect(tabbables(root).map((element) => element.textContent || element.getAttribute('aria-label'))).toEqual([
      'A',
      'E',
      'G',
      'H',
    ]);
  });
});
