/**
 * App-wide commands, from the Electron menu (over the preload) or from browser mode's own shortcuts.
 * Pages subscribe to the ones they handle; navigation commands are handled by the shell.
 * Changes with: shared/navigation.ts (the pages and their shortcuts), electron/shell/menu.ts.
 */
import { create } from 'zustand';
import { navCommands, navTargets } from '../../shared/navigation';

export const appCommands = ['case.new', 'cases.find', 'search.open', ...navCommands] as const;
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

type Key = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** Typing in a field, or a dialog being open, keeps the single-letter shortcuts out of the way. */
export function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof Element && Boolean(target.closest('input, textarea, select, [contenteditable], [role=dialog]'))
  );
}

/**
 * Browser mode's shortcuts. Ctrl+K finds anything, Ctrl+N and Ctrl+F as in the app's menu; pages are reached
 * with "G" then a letter (G T for Today, G C for Cases…), since Ctrl+1…9 belong to the browser's tabs.
 * `afterG` says the previous key was a lone G; the caller keeps it for the next key.
 */
export function commandForKey(e: Key, afterG: boolean): { command: AppCommand | null; afterG: boolean } {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
    const key = e.key.toLowerCase();
    const command = key === 'k' ? 'search.open' : key === 'f' ? 'cases.find' : null;
    return { command, afterG: false };
  }
  if (e.ctrlKey || e.metaKey || e.altKey) return { command: null, afterG: false };
  const key = e.key.toLowerCase();
  if (afterG) return { command: navTargets.find((t) => t.letter === key)?.command ?? null, afterG: false };
  return { command: null, afterG: key === 'g' && !e.shiftKey };
}
