// Canary proof in the real renderer: a server echoing the secret and token in every form, over add, check, renew and replace-secret, gets nothing of them into the DOM, web storage, the data directory or the logs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { startHarness, type Harness } from '../../harness/server';
import { findLeaks } from '../../support/leak-scan';
import { makeTempDir } from '../../support/temp-dir';
import { accountAction, accountDetail, addAccount, addSheet, statusOf, submitAddSheet } from '../../support/ui-steps';
import { quotaPath, startHostileServer, tokenPath, type Behaviour, type HostileServer } from '../hostile-server';
import { echoForms } from '../support/echo-forms';
import { goodToken } from '../support/tokens';
import { canarySecret, sentSecret, sentToken } from '../support/echoed-requests';
import { snapshotter } from '../../ui/page-snapshots';

const test = base.extend<{ rig: { server: HostileServer; page: Page; harness: Harness; dataDir: string } }>({
  rig: async ({ page }, use) => {
    const server = await startHostileServer();
    const dir = makeTempDir();
    const harness = await startHarness({ dataDir: dir.path });
    await page.goto(harness.url);
    await use({ server, page, harness, dataDir: dir.path });
    await harness.close();
    await server.close();
    dir.remove();
  },
});


/** The vault file with its sealed values (ciphertext: by design the encrypted store, and random noise to a scan) left out. */
function withoutSealedValues(text: string): string {
  const document: unknown = JSON.parse(text);
  return typeof document === 'object' && document !== null ? JSON.stringify({ ...document, secrets: null }) : text;
}

test('a server echoing every form of the secret and token leaves no piece of them in the page, storage, disk or logs', async ({ rig }) => {
  const { page, server } = rig;
  const forms = Object.values(echoForms);
  const seen = new Set<string>();
  const issued: string[] = [];
  let answers = 0;
  /** Each answer echoes everything seen so far in the next form, so one run goes through all of them. */
  const said = (code: number): Behaviour => {
    const echo = forms[answers % forms.length] ?? ((value: string) => value);
    answers += 1;
    return { kind: 'json', body: { code, msg: `you sent ${[...seen].map(echo).join(' and ')}` } };
  };
  let exchange: 'fail' | 'issue' = 'fail';
  let quota = 1200;
  server.script(tokenPath, (request) => {
    seen.add(sentSecret(request));
    if (exchange === 'fail') return said(1101);
    const token = goodToken();
    issued.push(token);
    seen.add(token);
    return { kind: 'json', body: { code: 1000, token } };
  });
  server.script(quotaPath, (request) => {
    seen.add(sentToken(request));
    return said(quota);
  });
  const { snapshots, snapshot } = snapshotter(page);
  const secrets = [canarySecret(), canarySecret(), canarySecret()];
  const [first = '', second = '', third = ''] = secrets;

  const account = { label: 'Echo', clientId: 'echo-client', baseUrl: server.baseUrl };
  /**
   * Waits for the server to have answered since `before`, and for the window to show the error. Every answer here
   * carries a piece of a secret, so the window shows only our own sentence: never "Akool said:".
   */
  const saidAgain = async (before: number, error: Locator): Promise<void> => {
    await expect.poll(() => answers).toBeGreaterThan(before);
    await expect(error).toBeVisible();
    await expect(error).not.toContainText('Akool said:');
  };

  await addAccount(page, { ...account, clientSecret: first });
  await saidAgain(0, addSheet(page).getByTestId('add-error').first());
  await snapshot();
  exchange = 'issue';
  // The sheet keeps the secret after a failed add; it is typed again as a user retrying would.
  await addSheet(page).getByLabel('Client secret', { exact: true }).fill(first);
  await submitAddSheet(page);
  const card = accountDetail(page, 'Echo');
  await expect(statusOf(card)).toHaveAttribute('data-status', 'banned');
  await expect(card.locator('.problem')).toBeVisible();
  await expect(card.locator('.problem')).not.toContainText('Akool said:');
  await expect(addSheet(page)).toHaveCount(0);
  await snapshot();

  quota = 4242;
  await card.getByRole('button', { name: 'Check now' }).click();
  await expect(statusOf(card)).toHaveAttribute('data-status', 'error');
  await snapshot();
  exchange = 'fail';
  let before = answers;
  await accountAction(page, 'Echo', 'Renew token');
  await saidAgain(before, card.getByRole('alert'));
  await snapshot();
  before = answers;
  await accountAction(page, 'Echo', 'Replace secret…');
  // Replace secret is a modal sheet: a refusal shows inside it, at its field, and the sheet stays open for a retry.
  const sheet = page.getByRole('dialog', { name: 'Replace the secret' });
  await sheet.getByLabel('New secret', { exact: true }).fill(second);
  await sheet.getByRole('button', { name: 'Save secret', exact: true }).click();
  await saidAgain(before, sheet.getByTestId('add-error'));
  await snapshot();
  exchange = 'issue';
  await sheet.getByLabel('New secret', { exact: true }).fill(third);
  await sheet.getByRole('button', { name: 'Save secret', exact: true }).click();
  await expect.poll(() => issued.length).toBeGreaterThanOrEqual(2);
  await expect(sheet).toHaveCount(0);
  await expect(card.getByTestId('account-status')).toHaveText('Secret replaced');
  await snapshot();

  expect(answers).toBeGreaterThanOrEqual(6);
  const canaries = [...secrets, ...issued];
  const dataDir = readdirSync(rig.dataDir)
    // Files only: the CLI's socket may sit in a run/ folder here.
    .filter((name) => statSync(join(rig.dataDir, name)).isFile())
    .map((name) => readFileSync(join(rig.dataDir, name), 'utf8'))
    .map((text) => (text.startsWith('{') ? withoutSealedValues(text) : text))
    .join('\n');
  const places = {
    'DOM, inputs and web storage': snapshots.join('\n'),
    'data directory (outside the sealed values)': dataDir,
    'harness logs': rig.harness.logLines.join('\n'),
  };
  for (const [place, text] of Object.entries(places)) expect(findLeaks(text, canaries), place).toEqual([]);
});
