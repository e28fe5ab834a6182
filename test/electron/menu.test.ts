import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test } from 'vitest';
import { menuTemplate, type MenuCommand } from '../../electron/shell/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function clickAll(platform: NodeJS.Platform): Map<string, MenuCommand> {
  const sent: MenuCommand[] = [];
  const items = flatten(menuTemplate(platform, (command) => sent.push(command)));
  const byAccelerator = new Map<string, MenuCommand>();
  for (const item of items) {
    if (!item.click || !item.accelerator) continue;
    (item.click as () => void)();
    byAccelerator.set(String(item.accelerator), sent.at(-1)!);
  }
  return byAccelerator;
}

describe.each(['darwin', 'win32', 'linux'] as const)('menu on %s', (platform) => {
  const items = flatten(menuTemplate(platform, () => {}));

  test('app shortcuts send their commands', () => {
    expect(Object.fromEntries(clickAll(platform))).toEqual({
      'CmdOrCtrl+N': 'case.new',
      'CmdOrCtrl+Shift+N': 'db.new',
      'CmdOrCtrl+O': 'db.open',
      'CmdOrCtrl+T': 'nav.today',
      'CmdOrCtrl+K': 'search.open',
      'CmdOrCtrl+1': 'nav.cases',
      'CmdOrCtrl+2': 'nav.accounts',
      'CmdOrCtrl+3': 'nav.actions',
      'CmdOrCtrl+4': 'nav.review',
      'CmdOrCtrl+5': 'nav.import',
      'CmdOrCtrl+6': 'nav.charter',
      'CmdOrCtrl+7': 'nav.workspace',
      'CmdOrCtrl+9': 'nav.trash',
      'CmdOrCtrl+,': 'nav.settings',
      'CmdOrCtrl+F': 'cases.find',
    });
  });

  test('accelerators are unique', () => {
    const accelerators = items.flatMap((item) => (item.accelerator ? [String(item.accelerator)] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  test('the usual roles are there', () => {
    const roles = new Set(items.map((item) => item.role).filter(Boolean));
    for (const role of [
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'togglefullscreen',
      'quit',
      'about',
    ]) {
      expect(roles).toContain(role);
    }
  });
});

test('only macOS gets the app menu', () => {
  expect(menuTemplate('darwin', () => {})[0]?.label).toBe('Winloop');
  expect(menuTemplate('linux', () => {})[0]?.label).toBe('File');
});

test('packaged builds hide reload and the developer tools', () => {
  const roles = (packaged: boolean) => flatten(menuTemplate('linux', () => {}, { packaged })).map((item) => item.role);
  expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  expect(roles(true)).not.toContain('reload');
  expect(roles(true)).not.toContain('toggleDevTools');
});
