import { expect, test } from 'vitest';
import { commandForKey } from '../../renderer/app/commands';
import { navTargets, shortcutLabel } from '../../shared/navigation';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

test("browser mode leaves Ctrl+1…9 to the browser's tabs and reaches pages with G then a letter", () => {
  for (let d = 1; d <= 9; d++) expect(commandForKey(key(String(d), { ctrlKey: true }), false).command).toBeNull();
  const g = commandForKey(key('g'), false);
  expect(g).toEqual({ command: null, afterG: true });
  expect(commandForKey(key('t'), g.afterG).command).toBe('nav.today');
  expect(commandForKey(key('c'), true).command).toBe('nav.cases');
  expect(commandForKey(key('c'), false).command).toBeNull();
  expect(commandForKey(key('k', { ctrlKey: true }), false).command).toBe('search.open');
  expect(commandForKey(key('k', { metaKey: true }), false).command).toBe('search.open');
});

test('the navigation shows the keys of where it runs', () => {
  const today = navTargets.find((t) => t.command === 'nav.today')!;
  const cases = navTargets.find((t) => t.command === 'nav.cases')!;
  expect(shortcutLabel(today, { desktop: false, mac: false })).toBe('G T');
  expect(shortcutLabel(cases, { desktop: true, mac: false })).toBe('Ctrl 1');
  expect(shortcutLabel(cases, { desktop: true, mac: true })).toBe('⌘ 1');
  expect(new Set(navTargets.map((t) => t.letter)).size).toBe(navTargets.length);
});
