// Hostile server text in the real renderer (Debian Chromium, harness): HTML and script in Akool's msg show as inert text and create no element.
import { expect, test as base, type Page } from '@playwright/test';
import { startHarness } from '../../harness/server';
import { makeTempDir } from '../../support/temp-dir';
import { addAccount } from '../../support/ui-steps';
import { quotaPath, startHostileServer, tokenPath, type HostileServer } from '../hostile-server';
import { canarySecret, goodToken } from '../support/tokens';

const hostileHtml = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script><b id="injected">bold</b><a href="javascript:globalThis.pwned=3">click</a>';

const test = base.extend<{ hostile: { server: HostileServer; page: Page } }>({
  hostile: async ({ page }, use) => {
    const server = await startHostileServer();
    const dir = makeTempDir();
    const harness = await startHarness({ dataDir: dir.path });
    await page.goto(harness.url);
    await use({ server, page });
    await harness.close();
    await server.close();
    dir.remove();
  },
});

const addHostile = (page: Page, baseUrl: string, label: string): Promise<void> =>
  addAccount(page, { label, clientId: 'hostile-client', clientSecret: canarySecret(), baseUrl });

/** Nothing the hostile text describes exists in the page, and none of its script ran. */
async function expectInert(page: Page): Promise<void> {
  expect(await page.locator('#injected, img[src="x"], a[href^="javascript:"]').count()).toBe(0);
  expect(await page.evaluate(() => [...document.querySelectorAll('script')].filter((script) => script.src === '').length)).toBe(0);
  expect(await page.evaluate(() => Reflect.get(globalThis, 'pwned'))).toBeUndefined();
}

test('a refused exchange whose msg carries HTML and script shows it as text in the error details', async ({ hostile: { page, server } }) => {
  server.script(tokenPath, () => ({ kind: 'json', body: { code: 1101, msg: hostileHtml } }));
  await addHostile(page, server.baseUrl, 'Hostile');
  const error = page.getByTestId('add-error').first().locator('.error-details p');
  await expect(error).toContainText('<img src=x onerror="globalThis.pwned=1"><script>');
  expect(await error.evaluate((element) => element.children.length)).toBe(0);
  await expectInert(page);
});

test('a ban whose msg carries HTML and script shows it as text in the detail pane', async ({ hostile: { page, server } }) => {
  server.script(tokenPath, () => ({ kind: 'json', body: { code: 1000, token: goodToken() } }));
  server.script(quotaPath, () => ({ kind: 'json', body: { code: 1200, msg: hostileHtml } }));
  await addHostile(page, server.baseUrl, 'Banned');
  const card = page.getByRole('article', { name: 'Banned', exact: true });
  await expect(card.locator('[data-status]').first()).toHaveAttribute('data-status', 'banned');
  const problem = card.locator('.problem');
  await expect(problem).toContainText('<b id="injected">bold</b>');
  expect(await problem.evaluate((element) => element.children.length)).toBe(0);
  await expectInert(page);
});
