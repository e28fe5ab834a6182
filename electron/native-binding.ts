/**
 * Where the better-sqlite3 binary built for Electron's ABI lives. node_modules/better-sqlite3/build holds the
 * Node build the tests use; electron/build/native-for-electron.mjs puts the Electron build beside it, and
 * electron-builder.yml ships it as an extra resource.
 * Changes with: electron/build/native-for-electron.mjs, electron-builder.yml.
 */
import fs from 'node:fs';
import path from 'node:path';

export const NATIVE_FILE = 'better_sqlite3.node';

export interface NativeBindingInput {
  packaged: boolean;
  /** process.resourcesPath: the installed app's resources folder. */
  resourcesPath: string;
  /** app.getAppPath(): the repository root when run with `electron .`. */
  appPath: string;
  exists?: (file: string) => boolean;
}

export function nativeBindingPath({ packaged, resourcesPath, appPath }: NativeBindingInput): string {
  return packaged
    ? path.join(resourcesPath, 'native', NATIVE_FILE)
    : path.join(appPath, 'native', 'electron', NATIVE_FILE);
}

/** The binary's path, or undefined when it was never built (offline install, skipped postinstall). */
export function resolveNativeBinding(input: NativeBindingInput): string | undefined {
  const file = nativeBindingPath(input);
  return (input.exists ?? fs.existsSync)(file) ? file : undefined;
}

export function missingBindingMessage(input: NativeBindingInput): string {
  const file = nativeBindingPath(input);
  return input.packaged
    ? `Winloop's database module is missing from this installation (${file}). Please reinstall Winloop.`
    : `The SQLite module built for Electron is missing (${file}). Run \`npm run native:electron\` (needs a network connection and a C++ toolchain), then start again.`;
}

/** A binary built for another Electron (or for Node) fails with NODE_MODULE_VERSION: say how to fix that. */
export function explainNativeError(error: unknown, input: NativeBindingInput): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!/NODE_MODULE_VERSION|was compiled against a different/.test(message)) return message;
  return input.packaged
    ? `${message}\n\nWinloop's database module does not match this build. Please reinstall Winloop.`
    : `${message}\n\nThe SQLite module in native/electron was built for another Electron version: run \`npm run native:electron\`.`;
}
