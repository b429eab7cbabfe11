// Proves the menu button follows the WAI-ARIA menu button pattern: opens on click or arrows with focus inside, arrows wrap, Home/End, Escape and Tab close and give focus back, a pick runs once. Must not import electron, node:* or main/.
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MenuButton } from '../../../../renderer/src/components/menu/menu-button';
import { resetRendererTest } from '../support/reset';

afterEach(resetRendererTest);

function renderMenu(): { picked: string[]; button: HTMLElement } {
  const picked: string[] = [];
  render(
    <MenuButton
      label="More actions"
      items={['Renew', 'Rename', 'Remove'].map((name) => ({ key: name, label: name, onSelect: () => picked.push(name) }))}
    >
      ⋯
    </MenuButton>,
  );
  return { picked, button: screen.getByRole('button', { name: 'More actions' }) };
}

const focusedItem = (): string | null => (document.activeElement?.getAttribute('role') === 'menuitem' ? document.activeElement.textContent : null);

describe('MenuButton', () => {
  it('is a collapsed menu button until opened, then focuses the first item', () => {
    const { button } = renderMenu();
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('menu')).toBeNull();

    fireEvent.click(button);

    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe(screen.getByRole('menu').id);
    expect(focusedItem()).toBe('Renew');
    expect(screen.getAllByRole('menuitem').map((item) => item.tabIndex)).toEqual([-1, -1, -1]);
  });

  it('moves with the arrows (wrapping), Home and End', () => {
    const { button } = renderMenu();
    fireEvent.keyDown(button, { key: 'ArrowUp' });
    expect(focusedItem()).toBe('Remove');
    const menu = screen.getByRole('menu');
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(focusedItem()).toBe('Renew');
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(focusedItem()).toBe('Rename');
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    expect(focusedItem()).toBe('Remove');
    fireEvent.keyDown(menu, { key: 'Home' });
    expect(focusedItem()).toBe('Renew');
    fireEvent.keyDown(menu, { key: 'End' });
    expect(focusedItem()).toBe('Remove');
  });

  it.each(['Escape', 'Tab'])('closes on %s and gives focus back to the button', (key) => {
    const { button, picked } = renderMenu();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    fireEvent.keyDown(screen.getByRole('menu'), { key });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(picked).toEqual([]);
  });

  it('runs the picked item once, closes, and focuses the button before the item acts', () => {
    const { button, picked } = renderMenu();
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Rename' }));
    expect(picked).toEqual(['Rename']);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
