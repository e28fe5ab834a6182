/**
 * The pages the sidebar and the View menu lead to, with each page's shortcut in both places it runs: the
 * desktop app's menu accelerator, and browser mode's two-key sequence ("G" then a letter). In a browser tab,
 * Ctrl+1…9 switch the browser's own tabs, so browser mode never takes them.
 * Changes with: electron/shell/menu.ts, renderer/app/commands.ts, renderer/app/App.tsx (the sidebar).
 */
export const navCommands = [
  'nav.today',
  'nav.cases',
  'nav.accounts',
  'nav.actions',
  'nav.review',
  'nav.import',
  'nav.charter',
  'nav.workspace',
  'nav.trash',
  'nav.settings',
] as const;
export type NavCommand = (typeof navCommands)[number];

export interface NavTarget {
  command: NavCommand;
  label: string;
  route: string;
  /** Electron accelerator syntax. */
  accelerator: string;
  /** The letter typed after "G" in browser mode. */
  letter: string;
}

export const navTargets: readonly NavTarget[] = [
  { command: 'nav.today', label: 'Today', route: '/today', accelerator: 'CmdOrCtrl+T', letter: 't' },
  { command: 'nav.cases', label: 'Cases', route: '/cases', accelerator: 'CmdOrCtrl+1', letter: 'c' },
  { command: 'nav.accounts', label: 'Accounts', route: '/accounts', accelerator: 'CmdOrCtrl+2', letter: 'a' },
  { command: 'nav.actions', label: 'Actions', route: '/actions', accelerator: 'CmdOrCtrl+3', letter: 'x' },
  { command: 'nav.review', label: 'Review', route: '/review', accelerator: 'CmdOrCtrl+4', letter: 'r' },
  { command: 'nav.import', label: 'Import', route: '/import', accelerator: 'CmdOrCtrl+5', letter: 'i' },
  {
    command: 'nav.charter',
    label: 'Charter',
    route: '/team/charter',
    accelerator: 'CmdOrCtrl+6',
    letter: 'h',
  },
  {
    command: 'nav.workspace',
    label: 'Workspace',
    route: '/workspace',
    accelerator: 'CmdOrCtrl+7',
    letter: 'w',
  },
  { command: 'nav.trash', label: 'Trash', route: '/trash', accelerator: 'CmdOrCtrl+9', letter: 'd' },
  { command: 'nav.settings', label: 'Settings', route: '/settings', accelerator: 'CmdOrCtrl+,', letter: 's' },
];

/** How a shortcut is written for people: "Ctrl 1" (⌘ 1 on a Mac) in the app, "G C" in a browser tab. */
export function shortcutLabel(target: NavTarget, where: { desktop: boolean; mac: boolean }): string {
  if (!where.desktop) return `G ${target.letter.toUpperCase()}`;
  return target.accelerator.replace('CmdOrCtrl+', where.mac ? '⌘ ' : 'Ctrl ');
}
