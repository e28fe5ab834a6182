/** Chart colours per theme, matching the CSS tokens in renderer/styles/base.css. */
export interface Palette {
  text: string;
  muted: string;
  grid: string;
  accent: string;
  accentSoft: string;
  won: string;
  lost: string;
  warn: string;
}

export const palettes: Record<'light' | 'dark', Palette> = {
  light: {
    text: '#1b1f24',
    muted: '#59636e',
    grid: 'rgba(27, 31, 36, 0.08)',
    accent: '#2f5bd3',
    accentSoft: 'rgba(47, 91, 211, 0.16)',
    won: '#1a7f37',
    lost: '#c2410c',
    warn: '#9a6700',
  },
  dark: {
    text: '#e6e8eb',
    muted: '#9aa4b0',
    grid: 'rgba(230, 232, 235, 0.1)',
    accent: '#7c9bff',
    accentSoft: 'rgba(124, 155, 255, 0.2)',
    won: '#4ac26b',
    lost: '#ff8a5b',
    warn: '#d4a72c',
  },
};
