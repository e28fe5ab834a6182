import { useEffect, useState } from 'react';
import { palettes, type Palette } from './charts/palette';

/** The chart palette for the OS theme, following it live like the CSS does. */
export function usePalette(): Palette {
  const query = typeof window === 'undefined' ? null : window.matchMedia('(prefers-color-scheme: dark)');
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = (e: MediaQueryListEvent) => setDark(e.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return palettes[dark ? 'dark' : 'light'];
}
