// Proves the first-run state: a sentence pointing at the top bar's Add account (no second Add button), and the credentials help behind its disclosure. Must not import electron, node:* or main/.
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FirstRun } from '../../../../renderer/src/components/empty/first-run';
import { resetRendererTest } from '../support/reset';

afterEach(resetRendererTest);

describe('FirstRun', () => {
  it('says API key first and points at the top bar’s Add account, with no button of its own but the disclosure with Akool’s path', () => {
    render(<FirstRun />);
    const region = screen.getByRole('region', { name: 'Keep your Akool API keys here' });
    expect(region.textContent).toMatch(/API key \(or, the legacy way, its client ID and secret\): use \+ Add account at the top/);
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Where do I find these?']);
    const help = screen.getByRole('button', { name: 'Where do I find these?' });
    expect(screen.getByText('API Credentials', { selector: 'strong' }).closest('[hidden]')).not.toBeNull();
    fireEvent.click(help);
    expect(screen.getByText('API Credentials', { selector: 'strong' }).closest('[hidden]')).toBeNull();
  });
});
