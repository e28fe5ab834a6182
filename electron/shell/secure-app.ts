/**
 * Everything that guards the app before a page exists, in Electron's order: the app:// scheme is declared
 * privileged at once (it must be, before 'ready'); once ready, app:// serves the built renderer and the
 * session and every web contents are hardened. main.ts calls this once, before its own whenReady, so this
 * module's ready work runs first and the first window finds it all in place.
 * Changes with: electron/shell/app-protocol.ts, electron/shell/harden.ts, electron/main.ts.
 */
import type { App, Protocol, Shell } from 'electron';
import { APP_URL, registerAppScheme, serveApp } from './app-protocol';
import { hardenAllContents, hardenSession, type SessionLike } from './harden';

export interface SecureAppDeps {
  app: Pick<App, 'on' | 'whenReady' | 'exit'>;
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
  session: { defaultSession: SessionLike };
  shell: Pick<Shell, 'openExternal'>;
}

/** Returns the page's address (app://winloop/index.html) for the IPC sender check and the window. */
export function secureApp(deps: SecureAppDeps, rendererDir: string): string {
  registerAppScheme(deps.protocol);
  deps.app
    .whenReady()
    .then(() => {
      serveApp(deps.protocol, rendererDir);
      hardenSession(deps.session.defaultSession);
      hardenAllContents(deps.app, APP_URL, (url) => deps.shell.openExternal(url));
    })
    .catch((error: unknown) => {
      // An unguarded window must never open: stop instead.
      console.error(`winloop: could not secure the app: ${String(error)}`);
      deps.app.exit(1);
    });
  return APP_URL;
}
