/**
 * Applies the policies of electron/shell/window-options.ts to a session and to every web contents the app
 * creates. Called before the first window opens so no page ever runs unguarded. Electron objects come in as
 * parameters (fakes in test/electron/harden.test.ts).
 */
import type { App, Session, WebContents } from 'electron';
import { openIfSafe, type OpenExternal } from './external-links';
import { CSP, isAllowedNavigation, permissionGranted, windowOpenResponse } from './window-options';

export type SessionLike = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
> & { webRequest: Pick<Session['webRequest'], 'onHeadersReceived'> };

export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(permissionGranted()));
  session.setPermissionCheckHandler(() => permissionGranted());
  // USB, serial and HID devices: also asked through their own handler, also refused.
  session.setDevicePermissionHandler(() => permissionGranted());
  // The page gets the policy from app:// (app-protocol.ts) and its meta tag; anything on file:// gets it here.
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!details.url.startsWith('file:')) return callback({});
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
}

export type ContentsLike = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/**
 * No new windows and no navigation away from the app page; an https or mailto link the user follows opens
 * in the system's browser or mail program instead.
 */
export function hardenContents(contents: ContentsLike, appUrl: string, openExternal: OpenExternal): void {
  contents.setWindowOpenHandler(({ url }) => {
    openIfSafe(url, openExternal);
    return windowOpenResponse();
  });
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (isAllowedNavigation(url, appUrl)) return;
    event.preventDefault();
    openIfSafe(url, openExternal);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Guards every web contents, including any a future feature creates without thinking of it. */
export function hardenAllContents(app: Pick<App, 'on'>, appUrl: string, openExternal: OpenExternal): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, appUrl, openExternal));
}
