/**
 * App-wide commands, from the Electron menu (over the preload) or from the same shortcuts in browser mode.
 * Pages subscribe to the ones they handle; navigation commands are handled by the shell.
 */
import { create } from 'zustand';

export const appCommands = [
  'case.new',
  'cases.find',
  'nav.cases',
  'nav.accounts',
  'nav.actions',
  'nav.review',
  'nav.import',
  'nav.trash',
  'nav.settings',
] as const;
export type AppCommand = (typeof appCommands)[number];

interface CommandState {
  /** Bumped on every command so subscribers react even when the same command repeats. */
  last: { command: AppCommand; seq: number } | null;
  fire: (command: AppCommand) => void;
}

export const useCommands = create<CommandState>((set, get) => ({
  last: null,
  fire: (command) => set({ last: { command, seq: (get().last?.seq ?? 0) + 1 } }),
}));

export function isAppCommand(value: string): value is AppCommand {
  return (appCommands as readonly string[]).includes(value);
}

/** Browser-mode shortcuts mirroring the Electron menu accelerators (Electron handles them itself). */
export function commandForKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): AppCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return null;
  switch (e.key.toLowerCase()) {
    case '1':
      return 'nav.cases';
    case '2':
      return 'nav.accounts';
    case '3':
      return 'nav.actions';
    case '4':
      return 'nav.review';
    case '5':
      return 'nav.import';
    case '9':
      return 'nav.trash';
    case ',':
      return 'nav.settings';
    case 'f':
      return 'cases.find';
    default:
      return null;
  }
}
