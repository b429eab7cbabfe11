// Proves the tray menu is the tray model 1:1 and each entry runs the right command: vault requests on the IPC path, Open, Quit.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildTrayModel, type TrayModel } from '../../../main/core/tray/tray-model';
import { accountCommand, globalCommand, menuLabel, trayMenuTemplate, type TrayCommand } from '../../../main/platform/tray-menu';
import type { AccountView } from '../../../preload/contract';
import { bareAccountView } from '../../support/account-views';

const now = Date.parse('2030-06-15T12:00:00.000Z');
const dayMs = 86_400_000;
const id = '00000000-0000-4000-8000-000000000001';

const account = (overrides: Partial<AccountView>): AccountView =>
  bareAccountView({ id, label: 'Production', expiresAt: new Date(now + 30 * dayMs).toISOString(), ...overrides });

/** Clicks a template entry the way Electron would (the handler ignores its arguments). */
function click(item: MenuItemConstructorOptions | undefined): void {
  const handler = item?.click;
  if (handler === undefined) throw new Error(`no click handler on ${String(item?.label)}`);
  Reflect.apply(handler, undefined, []);
}

function render(model: TrayModel) {
  const commands: TrayCommand[] = [];
  return { template: trayMenuTemplate(model, (command) => commands.push(command)), commands };
}

describe('trayMenuTemplate', () => {
  it('has one entry per model item, in order, with the model texts', () => {
    const model = buildTrayModel([account({ label: 'Production' }), account({ id: '00000000-0000-4000-8000-000000000002', label: 'Staging', status: 'banned' })], now);
    const { template } = render(model);

    expect(template).toHaveLength(model.items.length);
    const shape = template.map((item) => (item.type === 'separator' ? '---' : item.label));
    const expected = model.items.map((item) => (item.kind === 'separator' ? '---' : item.text));
    expect(shape).toEqual(expected);
    expect(shape.slice(-4)).toEqual(['Check all now', 'Open akool-vault', '---', 'Quit']);
  });

  it('gives each account a submenu of its actions, each running its own request', () => {
    const { template, commands } = render(buildTrayModel([account({})], now));
    const submenu = template[0]?.submenu;
    if (!Array.isArray(submenu)) throw new Error('the account entry has no submenu');

    expect(submenu.map((item) => item.label)).toEqual([
      'Copy token',
      'Copy as Authorization header',
      'Copy API key',
      'Copy as x-api-key header',
      'Check now',
    ]);
    submenu.forEach(click);
    expect(commands).toEqual([
      { kind: 'request', channel: 'vault:copyToken', input: { id, format: 'token' } },
      { kind: 'request', channel: 'vault:copyToken', input: { id, format: 'header' } },
      { kind: 'request', channel: 'vault:copyToken', input: { id, format: 'api-key' } },
      { kind: 'request', channel: 'vault:copyToken', input: { id, format: 'api-key-header' } },
      { kind: 'request', channel: 'vault:checkAccount', input: { id } },
    ]);
  });

  it('gives an API-key account only its key copies and a check', () => {
    const { template, commands } = render(buildTrayModel([account({ kind: 'api-key', tokenFingerprint: null, keyFingerprint: '0a1b2c3d' })], now));
    const submenu = template[0]?.submenu;
    if (!Array.isArray(submenu)) throw new Error('the account entry has no submenu');
    submenu.forEach(click);
    expect(commands).toEqual([
      { kind: 'request', channel: 'vault:copyToken', input: { id, format: 'api-key' } },
      { kind: 'request', channel: 'vault:copyToken', input: { id, format: 'api-key-header' } },
      { kind: 'request', channel: 'vault:checkAccount', input: { id } },
    ]);
  });

  it('runs Check all now, Open and Quit', () => {
    const { template, commands } = render(buildTrayModel([account({})], now));
    for (const label of ['Check all now', 'Open akool-vault', 'Quit']) click(template.find((item) => item.label === label));

    expect(commands).toEqual([{ kind: 'request', channel: 'vault:checkAll', input: {} }, { kind: 'open' }, { kind: 'quit' }]);
  });

  it('still offers Open and Quit with no accounts', () => {
    const { template } = render(buildTrayModel([], now));

    expect(template.map((item) => item.label ?? item.type)).toEqual(['Open akool-vault', 'separator', 'Quit']);
  });

  it('shows an ampersand in a label instead of letting Electron take it as a mnemonic', () => {
    const { template } = render(buildTrayModel([account({ label: 'R&D' })], now));

    expect(template[0]?.label).toMatch(/^R&&D — /);
    expect(menuLabel('A & B && C')).toBe('A && B &&&& C');
  });
});

describe('commands', () => {
  it('map account and global actions to the contract channels', () => {
    expect(accountCommand('check', id)).toEqual({ kind: 'request', channel: 'vault:checkAccount', input: { id } });
    expect(globalCommand('check-all')).toEqual({ kind: 'request', channel: 'vault:checkAll', input: {} });
    expect(globalCommand('open')).toEqual({ kind: 'open' });
  });
});
