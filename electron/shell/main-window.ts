/**
 * Creates the app window: hardened options, remembered bounds, shown only once painted.
 */
import { BrowserWindow, nativeTheme, screen } from 'electron';
import { APP_URL } from './app-protocol';
import { windowOptions } from './window-options';
import { clampToDisplays, loadWindowState, trackWindowState } from './window-state';

export interface MainWindowPaths {
  preload: string;
  indexHtml: string;
  /** Folder for window-state.json (Electron's userData). */
  stateDir: string;
}

export function createMainWindow({ preload, indexHtml, stateDir }: MainWindowPaths): BrowserWindow {
  const displays = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
  const state = clampToDisplays(loadWindowState(stateDir), displays);
  const { maximized, ...bounds } = state;
  const win = new BrowserWindow(
    windowOptions({ preload, theme: nativeTheme.shouldUseDarkColors ? 'dark' : 'light', bounds }),
  );
  trackWindowState(win, stateDir);
  win.once('ready-to-show', () => {
    if (maximized) win.maximize();
    win.show();
  });
  // From app:// (app-protocol.ts), which serves the folder indexHtml is in.
  win
    .loadURL(APP_URL)
    .catch((error: unknown) => console.error(`winloop: could not load ${indexHtml}: ${String(error)}`));
  return win;
}
