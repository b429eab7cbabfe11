// Leak proof in the renderer's memory: after a full scripted UI run and a garbage collection, no string in a V8 heap snapshot holds a secret or token.
import type { CDPSession } from '@playwright/test';
import { seedCanaryAccount } from '../../support/canary-account';
import { accountAction } from '../../support/ui-steps';
import { expect, test } from '../../ui/fixtures';
import { heapStrings } from '../support/heap-strings';
import { containsAny } from '../support/tokens';

const { canarySecret, wrongCanary, replacementCanary, sandboxOptions } = seedCanaryAccount();

test.use({ sandboxOptions });

/** Collects garbage, then takes a heap snapshot of the page's V8 isolate and returns it as text. */
async function heapSnapshot(session: CDPSession): Promise<string> {
  const chunks: string[] = [];
  session.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await session.send('HeapProfiler.enable');
  for (let round = 0; round < 3; round += 1) await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  return chunks.join('');
}

test('after a full run and a GC, the renderer heap holds neither the secrets typed nor any token', async ({ ui }) => {
  const { page } = ui;
  await ui.addAccount({ label: 'Canary', clientId: 'canary-client', clientSecret: wrongCanary });
  await expect(ui.sheet().getByTestId('add-error').first()).toBeVisible();
  await ui.sheet().getByLabel('Client secret', { exact: true }).fill(canarySecret);
  await ui.sheet().getByRole('button', { name: 'Add account', exact: true }).click();
  const card = ui.card('Canary');
  await expect(card.locator('[data-status]').first()).toHaveAttribute('data-status', 'active');

  ui.sandbox.expireTokens('canary-client');
  await card.getByRole('button', { name: 'Check now' }).click();
  await expect(card.locator('[data-status]').first()).toHaveAttribute('data-status', 'active');
  await card.getByRole('button', { name: 'More actions for Canary' }).click();
  await page.getByRole('menuitem', { name: 'Renew token' }).click();
  await expect(card.getByTestId('account-status')).toHaveText('Token renewed');
  await card.getByRole('button', { name: 'Copy token', exact: true }).click();
  await expect(page.getByTestId('toast')).toContainText('Token copied');
  await accountAction(page, 'Canary', 'Replace secret…');
  // The sandbox refuses this secret: its error shows at the field of the Replace secret sheet, which stays open.
  const sheet = page.getByRole('dialog', { name: 'Replace the secret' });
  await sheet.getByLabel('New secret', { exact: true }).fill(replacementCanary);
  await sheet.getByRole('button', { name: 'Save secret', exact: true }).click();
  await expect(sheet.getByTestId('add-error')).toBeVisible();
  // The sheet keeps a refused secret typed for a retry; the run ends as the user gives up, closing it.
  await sheet.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(sheet).toHaveCount(0);

  const tokens = ui.sandbox.issuedTokens('canary-client');
  expect(tokens.length).toBeGreaterThanOrEqual(3);
  // Positive controls: strings the page keeps in each form V8 stores them (flat, concatenated, long) must be found,
  // or an empty search proves nothing.
  const kept = await page.evaluate(() => {
    const flat = ['kept-flat', crypto.randomUUID()].join('-');
    const concatenated = `kept-cons-${crypto.randomUUID()}` + `-${crypto.randomUUID()}`;
    const long = ['x'.repeat(5000), 'kept-long', crypto.randomUUID()].join('-');
    Reflect.set(globalThis, 'keptForControl', [flat, concatenated, long]);
    return [flat, concatenated, long.slice(-46)];
  });
  const strings = heapStrings(await heapSnapshot(await page.context().newCDPSession(page))).join('\n');
  expect(kept.filter((value) => !strings.includes(value))).toEqual([]);
  expect(strings).toContain('canary-client');
  const found = [canarySecret, wrongCanary, replacementCanary, ...tokens].filter((value) => containsAny(strings, [value]));
  expect(found.map((value) => `${value.slice(0, 13)}…`)).toEqual([]);
});

test('after an API-key run (wrong key, add, check, both copies, replace) and a GC, the renderer heap holds no key typed', async ({ ui }) => {
  const { page } = ui;
  await ui.addAccount({ kind: 'api-key', label: 'Keyed', apiKey: wrongCanary });
  await expect(ui.sheet().getByTestId('add-error').first()).toBeVisible();
  await ui.sheet().getByLabel('API key', { exact: true }).fill(canarySecret);
  await ui.sheet().getByRole('button', { name: 'Add account', exact: true }).click();
  const card = ui.card('Keyed');
  await expect(card.locator('[data-status]').first()).toHaveAttribute('data-status', 'active');
  await card.getByRole('button', { name: 'Check now' }).click();
  await card.getByRole('button', { name: 'Copy API key', exact: true }).click();
  await expect(page.getByTestId('toast')).toContainText('API key copied');
  await card.getByRole('button', { name: 'More ways to copy' }).click();
  await page.getByRole('menuitem', { name: 'Copy as x-api-key header', exact: true }).click();
  await expect(page.getByTestId('toast')).toContainText('x-api-key header copied');
  await accountAction(page, 'Keyed', 'Replace API key…');
  // The sandbox refuses this key: its error shows at the field of the Replace API key sheet, which stays open.
  const sheet = page.getByRole('dialog', { name: 'Replace the API key' });
  await sheet.getByLabel('New API key', { exact: true }).fill(replacementCanary);
  await sheet.getByRole('button', { name: 'Save API key', exact: true }).click();
  await expect(sheet.getByTestId('add-error')).toBeVisible();
  // The sheet keeps a refused secret typed for a retry; the run ends as the user gives up, closing it.
  await sheet.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(sheet).toHaveCount(0);

  const kept = await page.evaluate(() => {
    const flat = ['kept-flat', crypto.randomUUID()].join('-');
    Reflect.set(globalThis, 'keptForControl', [flat]);
    return flat;
  });
  const strings = heapStrings(await heapSnapshot(await page.context().newCDPSession(page))).join('\n');
  // Positive controls: a string the page keeps, and the account's label, are found.
  expect(strings).toContain(kept);
  expect(strings).toContain('Keyed');
  const found = [canarySecret, wrongCanary, replacementCanary].filter((value) => containsAny(strings, [value]));
  expect(found.map((value) => `${value.slice(0, 13)}…`)).toEqual([]);
});
