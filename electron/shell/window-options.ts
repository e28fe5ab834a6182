/**
 * The window's security settings as plain data and predicates, so a unit test can hold them down without
 * Electron. electron/shell/harden.ts applies them; `electron` is imported for types only.
 * Changes with: electron/shell/harden.ts, electron/shell/app-protocol.ts, electron/transports/http-bridge.ts,
 * vite.config.ts (the same policy as a meta tag in the built page).
 */
import type { BrowserWindowConstructorOptions, WindowOpenHandlerResponse } from 'electron';

export { CSP, CSP_META, CSP_META_TAGS, cspWithStyleNonce, NONCE_META_NAME, NONCE_PLACEHOLDER } from '../security/csp';

export const MIN_WIDTH = 880;
export const MIN_HEIGHT = 560;

/** Matches --bg in renderer/styles/base.css, so the window does not flash white before the first paint. */
const BACKGROUND = { light: '#f6f7f9', dark: '#111418' } as const;

export interface WindowOptionsInput {
  preload: string;
  theme: keyof typeof BACKGROUND;
  bounds: { x?: number; y?: number; width: number; height: number };
}

export function windowOptions({ preload, theme, bounds }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    // Shown on ready-to-show, so the user never sees a blank frame.
    show: false,
    backgroundColor: BACKGROUND[theme],
    title: 'Winloop',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // On Windows and Linux Chromium's spellchecker downloads dictionaries from Google: not for an offline app.
      spellcheck: false,
    },
  };
}

/**
 * True when `url` is the app's own page (any hash or query): the only document allowed to load in the
 * window and to call the API. A file next to it, or anywhere else on disk, is not.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const candidate = parse(url);
  const app = parse(appUrl);
  if (!candidate || !app) return false;
  return (
    candidate.protocol === app.protocol && candidate.host === app.host && samePath(candidate.pathname, app.pathname)
  );
}

/** Navigation away from the app page is refused; routing inside it happens in the hash and never navigates. */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  return isAppUrl(url, appUrl);
}

/** window.open and target=_blank links open nothing. */
export function windowOpenResponse(): WindowOpenHandlerResponse {
  return { action: 'deny' };
}

/** The app needs no camera, notifications, clipboard reads or anything else a permission guards. */
export function permissionGranted(): boolean {
  return false;
}

/** Chromium and Node may escape a path differently, and Windows drive letters ignore case. */
function samePath(a: string, b: string): boolean {
  const norm = (p: string) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(p);
    } catch {
      return null;
    }
    return /^\/[a-z]:\//i.test(decoded) ? decoded.toLowerCase() : decoded;
  };
  const left = norm(a);
  return left !== null && left === norm(b);
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
