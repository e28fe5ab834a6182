/**
 * The theme: follow the system, or always light, or always dark. A choice of this computer (localStorage), not
 * of the database file, so it stays when another file is opened. base.css reads `data-theme` on <html>.
 * Changes with: renderer/styles/base.css, renderer/features/review/use-palette.ts (charts follow it too).
 */
import { useEffect, useState } from 'react';
import { create } from 'zustand';

export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];
const KEY = 'winloop.theme';

function stored(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return (themeChoices as readonly string[]).includes(value ?? '') ? (value as ThemeChoice) : 'system';
  } catch {
    return 'system';
  }
}

function apply(choice: ThemeChoice): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

export const useTheme = create<{ choice: ThemeChoice; choose: (choice: ThemeChoice) => void }>((set) => ({
  choice: stored(),
  choose(choice) {
    localStorage.setItem(KEY, choice);
    apply(choice);
    set({ choice });
  },
}));

/** Before the first paint, so a dark choice never flashes light. */
export function applyStoredTheme(): void {
  apply(stored());
}

/** Whether the screen is dark now: the choice, or the system's when following it (live). */
const query = typeof window === 'undefined' ? null : window.matchMedia('(prefers-color-scheme: dark)');

export function useIsDark(): boolean {
  const choice = useTheme((s) => s.choice);
  const [systemDark, setSystemDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = (e: MediaQueryListEvent) => setSystemDark(e.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return choice === 'system' ? systemDark : choice === 'dark';
}
