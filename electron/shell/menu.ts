/**
 * The application menu as data. Items that act on the page send a command name that the renderer routes
 * (renderer/app/commands.ts); 'db.new' and 'db.open' are handled by the main process (through workspaces.*).
 * Changes with: renderer/app/commands.ts (command names and the browser-mode shortcuts that mirror these).
 */
import type { MenuItemConstructorOptions } from 'electron';
import { navTargets, type NavCommand } from '../../shared/navigation';

export type MenuCommand = 'case.new' | 'db.new' | 'db.open' | 'cases.find' | 'search.open' | NavCommand;

export interface MenuOptions {
  /** Packaged builds hide reload and the developer tools. */
  packaged?: boolean;
  appName?: string;
}

export function menuTemplate(
  platform: NodeJS.Platform,
  send: (command: MenuCommand) => void,
  { packaged = false, appName = 'Winloop' }: MenuOptions = {},
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const item = (label: string, accelerator: string, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      item('Settings…', 'CmdOrCtrl+,', 'nav.settings'),
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      item('New Case', 'CmdOrCtrl+N', 'case.new'),
      { type: 'separator' },
      item('New Empty Database…', 'CmdOrCtrl+Shift+N', 'db.new'),
      item('Open Database…', 'CmdOrCtrl+O', 'db.open'),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      // On macOS Settings lives in the app menu, where users look for it.
      ...navTargets
        .filter((t) => !(mac && t.command === 'nav.settings'))
        .map((t) => item(t.label, t.accelerator, t.command)),
      { type: 'separator' },
      item('Find Anything…', 'CmdOrCtrl+K', 'search.open'),
      item('Find Cases', 'CmdOrCtrl+F', 'cases.find'),
      { type: 'separator' },
      ...(packaged
        ? []
        : ([
            { role: 'reload' },
            { role: 'toggleDevTools' },
            { type: 'separator' },
          ] satisfies MenuItemConstructorOptions[])),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const window: MenuItemConstructorOptions = {
    label: 'Window',
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: `About ${appName}`, role: 'about' }],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}
