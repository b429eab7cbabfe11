// Page steps in the window's vocabulary (top bar, add sheet, list rows, detail pane, settings, copy), shared by the UI, adversarial browser and Electron e2e specs. Must not import harness, sandbox, Electron or app code.
import { expect, type Locator, type Page } from '@playwright/test';

export type CopyFormat = 'token' | 'header' | 'api-key' | 'api-key-header';

/** The add sheet's radio choices, as the window labels them. */
export const kindChoices = {
  'api-key': 'API key (recommended by Akool)',
  'client-credentials': 'Client ID + secret (legacy: exchanges for a bearer token)',
} as const;

/** A client-credentials account (clientId and secret), the sheet switched to "Client ID + secret". */
export interface CredentialFields {
  label: string;
  clientId: string;
  clientSecret: string;
  /** Filled under the sheet's "Advanced" disclosure; left as it is when absent. */
  baseUrl?: string;
  /**
   * Tick "Store secrets with weak protection anyway" in the sheet first: true requires the sheet to offer it (a weak
   * backend not yet opted into), 'if-offered' ticks it only when the sheet shows it.
   */
  optInWeak?: boolean | 'if-offered';
}

/** An API-key account: the sheet's default choice. */
export interface KeyFields extends Omit<CredentialFields, 'clientId' | 'clientSecret'> {
  kind: 'api-key';
  apiKey: string;
}

/** Either kind; fields with clientId (no `kind`) keep meaning client ID + secret, as before API-key accounts. */
export type AccountFields = CredentialFields | KeyFields;

/** Picks how the account signs in, in the open add sheet. */
export async function chooseKind(sheet: Locator, kind: keyof typeof kindChoices): Promise<void> {
  const choice = sheet.getByLabel(kindChoices[kind], { exact: true });
  await choice.check();
  await expect(choice).toBeChecked();
}

/** A button of the top bar ("Add account", "Settings"), not its namesakes elsewhere (e.g. the first-run "Add account"). */
export const topBarButton = (page: Page, name: 'Add account' | 'Settings'): Locator =>
  page.getByRole('banner').getByRole('button', { name, exact: true });

/** The add sheet (a modal dialog) while it is open. */
export const addSheet = (page: Page): Locator => page.getByTestId('add-sheet');

/** The list row (role="option") of the account with this label. */
export const accountRow = (page: Page, label: string): Locator =>
  page.getByRole('option').filter({ has: page.locator('.row-label').getByText(label, { exact: true }) });

/** The detail pane of the account with this label, shown while it is the selected account. */
export const accountDetail = (page: Page, label: string): Locator => page.getByRole('article', { name: label, exact: true });

/** The status word of a detail pane; its data-status attribute is the account's status. */
export const statusOf = (detail: Locator): Locator => detail.locator('[data-status]').first();

/** Clicks the account's row so its detail shows (full-width in the one-pane layout). */
export async function selectAccount(page: Page, label: string): Promise<Locator> {
  await accountRow(page, label).click();
  return accountDetail(page, label);
}

/** The detail of this account, selecting its row first when another account (or the list alone) is shown. */
async function shownDetail(page: Page, label: string): Promise<Locator> {
  const detail = accountDetail(page, label);
  return (await detail.isVisible()) ? detail : selectAccount(page, label);
}

/**
 * Opens the add sheet from the top bar unless it is already open (it stays open, secret kept, after a failed add),
 * fills it and submits it. Does not wait for the outcome: callers assert the error or the new account's detail.
 */
export async function addAccount(page: Page, fields: AccountFields): Promise<void> {
  const sheet = addSheet(page);
  if (!(await sheet.isVisible())) await topBarButton(page, 'Add account').click();
  await expect(sheet).toBeVisible();
  const optIn = sheet.getByLabel('Store secrets with weak protection anyway');
  if (fields.optInWeak === true || (fields.optInWeak === 'if-offered' && (await optIn.isVisible()))) {
    await optIn.click();
    await expect(optIn).toBeChecked();
  }
  if ('kind' in fields) {
    await chooseKind(sheet, 'api-key');
    await sheet.getByLabel('Label', { exact: true }).fill(fields.label);
    await sheet.getByLabel('API key', { exact: true }).fill(fields.apiKey);
  } else {
    await chooseKind(sheet, 'client-credentials');
    await sheet.getByLabel('Label', { exact: true }).fill(fields.label);
    await sheet.getByLabel('Client ID', { exact: true }).fill(fields.clientId);
    await sheet.getByLabel('Client secret', { exact: true }).fill(fields.clientSecret);
  }
  if (fields.baseUrl !== undefined) {
    const baseUrl = sheet.getByLabel('Base URL', { exact: true });
    if (!(await baseUrl.isVisible())) await sheet.getByText('Advanced', { exact: true }).click();
    await baseUrl.fill(fields.baseUrl);
  }
  await submitAddSheet(page);
}

/** Submits the open add sheet as it is (e.g. after typing another secret into it following a failed add). */
export async function submitAddSheet(page: Page): Promise<void> {
  await addSheet(page).getByRole('button', { name: 'Add account', exact: true }).click();
}

/** Opens Settings from the top bar; resolves with the settings view once its heading has focus. */
export async function openSettings(page: Page): Promise<Locator> {
  await topBarButton(page, 'Settings').click();
  const view = page.getByTestId('settings');
  await expect(view.getByRole('heading', { name: 'Settings', level: 2 })).toBeFocused();
  return view;
}

/** Leaves Settings with "Back to accounts" and waits for the accounts view (its top bar) to be back. */
export async function closeSettings(page: Page): Promise<void> {
  await page.getByTestId('settings').getByRole('button', { name: 'Back to accounts' }).click();
  await expect(page.getByTestId('settings')).toHaveCount(0);
  await expect(topBarButton(page, 'Settings')).toBeVisible();
}

/** Chooses the clipboard delay by its text ('10 s', 'Never', …) in Settings, waits for its save, and goes back. */
export async function setClearDelay(page: Page, text: string): Promise<void> {
  const view = await openSettings(page);
  const delay = view.getByLabel('Clear the clipboard after');
  // "Never" asks for a confirmation first; the user accepts it.
  if (text === 'Never') page.once('dialog', (dialog) => void dialog.accept());
  await delay.selectOption({ label: text });
  // Each control is saved as it changes; the view says so once the vault accepted it.
  await expect(view.getByRole('status')).toHaveText('Clipboard delay saved.');
  await expect(delay.locator('option:checked')).toHaveText(text);
  await closeSettings(page);
}

const copyItems: Record<CopyFormat, string> = {
  token: 'Copy token',
  header: 'Copy as Authorization header',
  'api-key': 'Copy API key',
  'api-key-header': 'Copy as x-api-key header',
};

/** Copies from the account's detail through the split button's menu (every format is there, the primary one too). */
export async function copyToken(page: Page, label: string, format: CopyFormat): Promise<void> {
  const detail = await shownDetail(page, label);
  if (format === 'token') {
    await detail.getByRole('button', { name: 'Copy token', exact: true }).click();
    return;
  }
  await detail.getByRole('button', { name: 'More ways to copy' }).click();
  await page.getByRole('menuitem', { name: copyItems[format], exact: true }).click();
}

/** Picks an item ('Renew token', 'Rename…', 'Replace secret…', 'Remove…') from the detail's "⋯" menu. */
export async function accountAction(page: Page, label: string, item: string): Promise<Locator> {
  const detail = await shownDetail(page, label);
  await detail.getByRole('button', { name: `More actions for ${label}` }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
  return detail;
}
