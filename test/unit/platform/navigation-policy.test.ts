// Proves the window may only "navigate" to the page it already shows.
import { describe, expect, it } from 'vitest';
import { isNavigationAllowed } from '../../../main/platform/navigation-policy';

const page = 'app://akool-vault/index.html';

describe('isNavigationAllowed', () => {
  it('allows the same URL', () => {
    expect(isNavigationAllowed(page, page)).toBe(true);
  });

  it('blocks other pages of the app, other sites and other schemes', () => {
    for (const target of ['app://akool-vault/other.html', 'https://akool.com/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(isNavigationAllowed(page, target), target).toBe(false);
    }
  });

  it('blocks everything while nothing is loaded or the target is malformed', () => {
    expect(isNavigationAllowed('', page)).toBe(false);
    expect(isNavigationAllowed(page, 'not a url')).toBe(false);
  });
});
