// Leak proof: over a full UI run (client-credentials, then API key), neither the secret, the key nor any token reaches the page, its storage, the disk in plaintext, or the logs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { seedCanaryAccount } from '../support/canary-account';
import { findCanaryPiece } from '../support/canary-pieces';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { snapshotter } from './page-snapshots';

const { canarySecret, wrongCanary, replacementCanary, sandboxOptions } = seedCanaryAccount();

test.use({ sandboxOptions });

/** Records every bridge reply and event body the page receives, from the next load on. */
async function recordWire(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const wire: string[] = [];
    Object.defineProperty(window, '__wire', { value: wire });
    const originalFetch = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const response = await originalFetch(input, init);
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.includes('/__vault/')) {
        const reader = response.clone().body?.getReader();
        const decoder = new TextDecoder();
        void (async () => {
          for (;;) {
            const chunk = await reader?.read();
            if (chunk === undefined || chunk.done) break;
            wire.push(decoder.decode(chunk.value));
          }
        })();
      }
      return response;
    };
  });
  await page.reload();
}

async function wireText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const recorded: unknown = Reflect.get(window, '__wire');
    return Array.isArray(recorded) ? recorded.join('\n') : '';
  });
}

test('no secret or token crosses into the renderer, its storage, the disk or the logs', async ({ ui }) => {
  await recordWire(ui.page);
  const { page } = ui;
  const { snapshots, snapshot } = snapshotter(page);

  await ui.addAccount({ label: 'Canary', clientId: 'canary-client', clientSecret: wrongCanary });
  await expect(ui.sheet().getByTestId('add-error').first()).toBeVisible();
  await snapshot();
  await ui.sheet().getByLabel('Client secret', { exact: true }).fill(canarySecret);
  await ui.sheet().getByRole('button', { name: 'Add account', exact: true }).click();
  const card = ui.card('Canary');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
  await snapshot();

  ui.sandbox.expireTokens('canary-client');
  await card.getByRole('button', { name: 'Check now' }).click();
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
  await card.getByRole('button', { name: 'More actions for Canary' }).click();
  await page.getByRole('menuitem', { name: 'Renew token' }).click();
  await expect(card.getByTestId('account-status')).toHaveText('Token renewed');
  await card.getByRole('button', { name: 'Copy token', exact: true }).click();
  await expect(page.getByTestId('toast')).toContainText('Token copied');
  await snapshot();

  await card.getByRole('button', { name: 'More actions for Canary' }).click();
  await page.getByRole('menuitem', { name: 'Replace secret…' }).click();
  await card.getByLabel('New secret', { exact: true }).fill(replacementCanary);
  await card.getByRole('button', { name: /save|replace/i }).last().click();
  // Refused: said at the field, the typed secret kept in its password field (the one place it may be).
  await expect(card.getByTestId('add-error')).toBeVisible();
  await snapshot();

  const tokens = ui.sandbox.issuedTokens('canary-client');
  expect(tokens.length).toBeGreaterThanOrEqual(3);
  expect(ui.harness.clipboard.text()).toBe(tokens.at(-1));
  const wire = await wireText(page);
  expect(wire).toContain('"ok":true');
  expect(wire).toContain('vault-event:accountsChanged');

  const dataDir = readdirSync(ui.dataDir)
    // Files only: the CLI's socket may sit in a run/ folder here.
    .filter((name) => statSync(join(ui.dataDir, name)).isFile())
    .map((name) => readFileSync(join(ui.dataDir, name), 'latin1'))
    .join('\n');
  expect(dataDir).toContain('canary-client');
  const places = {
    'bridge responses and events': wire,
    'DOM, inputs and web storage': snapshots.join('\n'),
    'data directory': dataDir,
    'harness logs': ui.harness.logLines.join('\n'),
  };
  // Not even a piece: no 6-character run of a secret or token, as is or base64/base64url/hex encoded.
  for (const [place, text] of Object.entries(places)) {
    expect(findCanaryPiece(text, [canarySecret, wrongCanary, replacementCanary, ...tokens]), place).toBeNull();
  }
});

test('no API key crosses into the renderer, its storage, the disk or the logs, over add, check, copies and replace', async ({ ui }) => {
  await recordWire(ui.page);
  const { page } = ui;
  const { snapshots, snapshot } = snapshotter(page);

  await ui.addAccount({ kind: 'api-key', label: 'Keyed', apiKey: wrongCanary });
  await expect(ui.sheet().getByTestId('add-error').first()).toBeVisible();
  await snapshot();
  await ui.sheet().getByLabel('API key', { exact: true }).fill(canarySecret);
  await ui.sheet().getByRole('button', { name: 'Add account', exact: true }).click();
  const card = ui.card('Keyed');
  await expect(card.locator('[data-status]').first()).toHaveAttribute('data-status', 'active');
  await snapshot();

  await card.getByRole('button', { name: 'Check now' }).click();
  await expect(card.locator('[data-status]').first()).toHaveAttribute('data-status', 'active');
  await card.getByRole('button', { name: 'Copy API key', exact: true }).click();
  await expect(page.getByTestId('toast')).toContainText('API key copied');
  expect(ui.harness.clipboard.text()).toBe(canarySecret);
  await card.getByRole('button', { name: 'More ways to copy' }).click();
  await page.getByRole('menuitem', { name: 'Copy as x-api-key header', exact: true }).click();
  await expect(page.getByTestId('toast')).toContainText('x-api-key header copied');
  expect(ui.harness.clipboard.text()).toBe(`x-api-key: ${canarySecret}`);
  await snapshot();

  await card.getByRole('button', { name: 'More actions for Keyed' }).click();
  await expect(page.getByRole('menuitem', { name: 'Renew token' })).toHaveCount(0);
  await page.getByRole('menuitem', { name: 'Replace API key…' }).click();
  await card.getByLabel('New API key').fill(replacementCanary);
  await card.getByRole('button', { name: /save|replace/i }).last().click();
  await expect(card.getByTestId('add-error')).toBeVisible();
  await snapshot();

  const wire = await wireText(page);
  expect(wire).toContain('"kind":"api-key"');
  const dataDir = readdirSync(ui.dataDir)
    // Files only: the CLI's socket may sit in a run/ folder here.
    .filter((name) => statSync(join(ui.dataDir, name)).isFile())
    .map((name) => readFileSync(join(ui.dataDir, name), 'latin1'))
    .join('\n');
  expect(dataDir).toMatch(/"kind": *"api-key"/);
  const places = {
    'bridge responses and events': wire,
    'DOM, inputs and web storage': snapshots.join('\n'),
    'data directory': dataDir,
    'harness logs': ui.harness.logLines.join('\n'),
  };
  for (const [place, text] of Object.entries(places)) {
    expect(findCanaryPiece(text, [canarySecret, wrongCanary, replacementCanary]), place).toBeNull();
  }
});
