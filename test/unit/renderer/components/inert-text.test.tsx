// Proves text from the vault or Akool containing HTML or <script> renders as plain text and creates no elements. Must not import electron, node:* or main/.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/src/components/app';
import { fail, installFakeVault } from '../support/fake-vault';
import { makeAccount, makeState } from '../support/fixtures';
import { resetRendererTest } from '../support/reset';

afterEach(resetRendererTest);

const hostileLabel = '<img src=x onerror="window.pwned=1">Evil';
const hostileProblem = '<script>window.pwned=2</script><b>bold</b>';
const hostileEmail = '<a href="https://evil.example">mail</a>';
const hostileNotice = '<iframe src="https://evil.example"></iframe>moved';

/** The skip link is the page's own and only anchor. */
const injectedElements = 'script, img, b, a:not(.skip-link), iframe';

describe('server text', () => {
  it('renders labels, problems, identity, notices and ban alerts as inert text', async () => {
    installFakeVault(
      makeState({
        accounts: [
          makeAccount({ label: hostileLabel, status: 'banned', problem: hostileProblem, email: hostileEmail, uid: '<i>1</i>' }),
        ],
        notice: hostileNotice,
      }),
    );
    const { container } = render(<App />);

    const card = await screen.findByRole('article', { name: hostileLabel });

    expect(container.querySelectorAll(injectedElements)).toHaveLength(0);
    expect(container.querySelectorAll('i')).toHaveLength(0);
    expect(within(card).getByRole('heading', { name: hostileLabel })).toBeDefined();
    expect(within(card).getByText(hostileProblem)).toBeDefined();
    expect(within(card).getByTestId('identity').textContent).toBe(hostileEmail);
    expect(within(card).getByTestId('uid').textContent).toBe('<i>1</i>');
    expect(screen.getByTestId('ban-alert').textContent).toContain(`${hostileLabel} is banned`);
    expect(screen.getByText(hostileNotice)).toBeDefined();
    expect(Reflect.get(window, 'pwned')).toBeUndefined();
  });

  it('renders error messages as inert text', async () => {
    const fake = installFakeVault(makeState({ accounts: [makeAccount({ label: 'Production' })] }));
    fake.respond.checkAccount = async () => fail({ code: 'bad-response', message: hostileProblem });
    const { container } = render(<App />);
    const card = await screen.findByRole('article', { name: 'Production' });

    fireEvent.click(within(card).getByRole('button', { name: 'Check now' }));

    expect((await within(card).findByRole('alert')).textContent).toContain(hostileProblem);
    expect(container.querySelectorAll(injectedElements)).toHaveLength(0);
  });
});
