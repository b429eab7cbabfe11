// Proves the first-run state: one button that asks to add, and the credentials help behind its disclosure. Must not import electron, node:* or main/.
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FirstRun } from '../../../../renderer/src/components/empty/first-run';
import { resetRendererTest } from '../support/reset';

afterEach(resetRendererTest);

describe('FirstRun', () => {
  it('has one Add account button that calls onAdd, and a disclosure with Akool’s path', () => {
    const onAdd = vi.fn();
    render(<FirstRun onAdd={onAdd} />);
    expect(screen.getByRole('region', { name: 'Keep your Akool API keys here' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add account' }));
    expect(onAdd).toHaveBeenCalledTimes(1);
    const help = screen.getByRole('button', { name: 'Where do I find these?' });
    expect(screen.getByText('API Credentials', { selector: 'strong' }).closest('[hidden]')).not.toBeNull();
    fireEvent.click(help);
    expect(screen.getByText('API Credentials', { selector: 'strong' }).closest('[hidden]')).toBeNull();
  });
});
