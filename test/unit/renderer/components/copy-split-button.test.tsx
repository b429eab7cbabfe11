// Proves the copy split button offers each account kind its own copies: an API-key account the key and its x-api-key header only, a client-credentials account the token copies first and the key copies too. Must not import electron, node:* or main/.
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountKind } from '../../../../preload/contract';
import type { CopyFormat } from '../../../../renderer/src/api';
import { CopySplitButton } from '../../../../renderer/src/components/detail/copy-split-button';
import { resetRendererTest } from '../support/reset';

afterEach(resetRendererTest);

function renderButton(kind: AccountKind): CopyFormat[] {
  const copied: CopyFormat[] = [];
  render(<CopySplitButton kind={kind} banned={false} busy={false} onCopy={(format) => copied.push(format)} />);
  return copied;
}

const menuItems = (): string[] => {
  fireEvent.click(screen.getByRole('button', { name: 'More ways to copy' }));
  return screen.getAllByRole('menuitem').map((item) => item.textContent ?? '');
};

describe('CopySplitButton', () => {
  it('copies an API-key account’s key first and offers only the key and its x-api-key header', () => {
    const copied = renderButton('api-key');
    fireEvent.click(screen.getByRole('button', { name: 'Copy API key' }));
    expect(menuItems()).toEqual(['Copy API key', 'Copy as x-api-key header']);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Copy as x-api-key header' }));
    expect(copied).toEqual(['api-key', 'api-key-header']);
  });

  it('copies a client-credentials account’s token first and offers the key copies too', () => {
    const copied = renderButton('client-credentials');
    fireEvent.click(screen.getByRole('button', { name: 'Copy token' }));
    expect(menuItems()).toEqual(['Copy token', 'Copy as Authorization header', 'Copy API key', 'Copy as x-api-key header']);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Copy API key' }));
    expect(copied).toEqual(['token', 'api-key']);
  });
});
