import { useIsDark } from '../../lib/theme';
import { palettes, type Palette } from './charts/palette';

/** The chart palette for the screen's theme (the chosen one, or the OS's), following it live like the CSS does. */
export function usePalette(): Palette {
  return palettes[useIsDark() ? 'dark' : 'light'];
}
