// Renders the tray model as a static HTML page (icon, tooltip, menu with the first submenu open) for README screenshots.
import { readFileSync } from 'node:fs';
import type { TrayModel } from '../main/core/tray/tray-model';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const style = `
  body { font: 13px system-ui, sans-serif; margin: 16px; background: #dfe3ea; }
  .bar { display: flex; align-items: center; gap: 8px; background: #2b2f36; color: #eee; padding: 4px 10px; width: 560px; }
  .tip { background: #ffffe1; color: #111; border: 1px solid #999; padding: 2px 6px; }
  .menus { display: flex; align-items: flex-start; gap: 0; margin-left: 40px; }
  ul { list-style: none; margin: 0; padding: 4px 0; background: #fff; border: 1px solid #aaa; box-shadow: 2px 2px 6px #0003; min-width: 250px; }
  li { padding: 4px 18px; white-space: nowrap; }
  li.open { background: #dbe6fb; }
  li.separator { border-top: 1px solid #ddd; padding: 0; margin: 4px 0; }
  .sub { margin-top: 6px; }`;

export function trayPreviewHtml(model: TrayModel, iconPath: string): string {
  const icon = readFileSync(iconPath).toString('base64');
  const firstAccount = model.items.find((item) => item.kind === 'account');
  const rows = model.items.map((item) => {
    if (item.kind === 'separator') return '<li class="separator"></li>';
    const open = item === firstAccount ? ' class="open"' : '';
    return `<li${open}>${escape(item.text)}${item.kind === 'account' ? ' ▸' : ''}</li>`;
  });
  const submenu =
    firstAccount?.kind === 'account'
      ? `<ul class="sub">${firstAccount.actions.map((action) => `<li>${escape(action.text)}</li>`).join('')}</ul>`
      : '';
  return `<!doctype html><html><head><style>${style}</style></head><body>
    <div class="bar"><img width="16" height="16" src="data:image/png;base64,${icon}" alt="tray icon"><span class="tip">${escape(model.tooltip)}</span></div>
    <div class="menus"><ul>${rows.join('')}</ul>${submenu}</div></body></html>`;
}
