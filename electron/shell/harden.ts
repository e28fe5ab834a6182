/**
 * Applies the policies of electron/shell/window-options.ts to a session and to every web contents the app
 * creates. Called before the first window opens so no page ever runs unguarded.
 */
import type { App, Session, WebContents } from 'electron';
import { CSP, isAllowedNavigation, permissionGranted, windowOpenResponse } from './window-options';

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(permissionGranted()));
  session.setPermissionCheckHandler(() => permissionGranted());
  // The built page also carries the policy as a meta tag: header delivery for file:// has varied by version.
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!details.url.startsWith('file:')) return callback({});
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
}

export function hardenContents(contents: WebContents, appUrl: string): void {
  contents.setWindowOpenHandler(() => windowOpenResponse());
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Guards every web contents, including any a future feature creates without thinking of it. */
export function hardenAllContents(app: App, appUrl: string): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, appUrl));
}
