// Installs the platform's application menu after ready (macOS: app, Edit and Window menus; elsewhere none).
import { Menu } from 'electron';
import { appMenuTemplate } from './app-menu';

export function installAppMenu(platform: NodeJS.Platform): void {
  const template = appMenuTemplate(platform);
  Menu.setApplicationMenu(template === null ? null : Menu.buildFromTemplate(template));
}
