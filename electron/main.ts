/**
 * The Electron main process: composes the shell modules. Migrations run (in the engine's writer) before any
 * window exists; a file that will not open leads to a recovery dialog, not a crash.
 * Bundled to dist-electron/main.cjs: no import.meta here or in anything it imports; paths come from
 * app.getAppPath() and process.resourcesPath.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, protocol, session, shell } from 'electron';
import { startEngine, type EngineOptions } from './engine/engine';
import { resolveDbPath, sampleDirFor } from './paths';
import { explainNativeError, missingBindingMessage, resolveNativeBinding } from './native-binding';
import { activeWorkspace, type ActiveWorkspace } from './shell/active-workspace';
import { COMMAND_CHANNEL } from './shell/channels';
import { askWithDialog, openWithRecovery } from './shell/db-recovery';
import { startDueNotifier } from './shell/due-notifier';
import { registerInvoke } from './shell/ipc';
import { createMainWindow } from './shell/main-window';
import { menuTemplate, type MenuCommand } from './shell/menu';
import { secureApp } from './shell/secure-app';
import { restoreInPlace } from './restore-in-place';
import { recentListPath, rememberRecent } from './recent-files';
import { withFileDialogs } from './shell/file-dialogs';
import { withFolderDialog } from './shell/folder-dialog';
import { hostTeamFolder, type TeamFolderHost } from './team-folder/host';

const appPath = app.getAppPath();
const indexHtml = path.join(appPath, 'dist', 'renderer', 'index.html');
const appUrl = secureApp({ app, protocol, session, shell }, path.dirname(indexHtml));
const preload = path.join(appPath, 'dist-electron', 'preload.cjs');
// The engine's threads (electron/engine/worker.ts, bundled beside main.cjs).
const workerScript = path.join(appPath, 'dist-electron', 'engine-worker.cjs');
const native = { packaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath };

let win: BrowserWindow | null = null;
let workspace: ActiveWorkspace | null = null;
let teamFolder: TeamFolderHost | null = null;

app.enableSandbox();
if (!app.requestSingleInstanceLock()) app.quit();
else {
  // A second launch (a double-click on the icon, say) brings this window forward instead.
  app.on('second-instance', () => {
    if (!win) return workspace ? openWindow() : undefined;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  app.whenReady().then(start).catch(fatal);
}

async function start(): Promise<void> {
  const nativeBinding = resolveNativeBinding(native);
  if (!nativeBinding) return fatal(new Error(missingBindingMessage(native)));
  const migrationsFolder = app.isPackaged
    ? path.join(process.resourcesPath, 'migrations')
    : path.join(appPath, 'migrations');
  const dbPath = dbFlagOrDefault();
  const recentList = recentListPath(app.getPath('userData'));
  const places = {
    defaultDbPath: dbPath,
    sampleDir: sampleDirFor(dbPath),
    migrationsFolder,
    nativeBinding,
    recentList,
  };
  // Every file the window comes to serve goes first in the recent list.
  const serve = async (file: string) => {
    const engine = await startEngine(file, options);
    rememberRecent(recentList, engine.dbPath);
    return engine;
  };
  // Sample data and "back to my data" swap the file under the window, which then reloads itself.
  const options: EngineOptions = {
    migrationsFolder,
    nativeBinding,
    workerScript,
    mode: 'electron',
    places,
    onSwitch: (file) => void workspace?.switchTo(file, serve),
    onRestore: (file, name) => restoreInPlace(() => workspace, serve, nativeBinding)(file, name),
  };
  const first = await openWithRecovery(dbPath, serve, askWithDialog(dialog, 'Quit'));
  if (!first) return app.quit();
  workspace = activeWorkspace(first, () => BrowserWindow.getAllWindows().map((w) => w.webContents));

  const current = workspace;
  // The team folder is written on start, every few minutes and on quit, and its teammates' files taken in.
  teamFolder = hostTeamFolder(workspace);
  registerInvoke(
    ipcMain,
    withFolderDialog(
      withFileDialogs(teamFolder.dispatch, dialog, () => path.dirname(current.current().dbPath)),
      dialog,
    ),
    appUrl,
  );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate(process.platform, onCommand, { packaged: app.isPackaged })),
  );
  openWindow();
  const stopReminders = Notification.isSupported()
    ? startDueNotifier({
        dispatch: workspace.dispatch,
        notify: (notice, onClick) => {
          const shown = new Notification({ title: notice.title, body: notice.body });
          shown.on('click', onClick);
          shown.show();
        },
        openToday: () => {
          if (!win) openWindow();
          win?.show();
          win?.focus();
          win?.webContents.send(COMMAND_CHANNEL, 'nav.today');
        },
      })
    : () => {};

  // macOS keeps the app alive without windows; the dock icon brings one back.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // The workers finish what they are writing before the process goes.
  let quitting = false;
  app.on('will-quit', (event) => {
    if (quitting || !workspace) return;
    quitting = true;
    stopReminders();
    event.preventDefault();
    const closing = workspace;
    void (teamFolder?.stop() ?? Promise.resolve()).then(() => closing.close()).finally(() => app.quit());
  });
}

function openWindow(): void {
  if (!fs.existsSync(indexHtml))
    return fatal(new Error(`The app is not built (${indexHtml} is missing): run \`npm run build\`.`));
  win = createMainWindow({ preload, indexHtml, stateDir: app.getPath('userData') });
  win.on('closed', () => (win = null));
}

/** File ▸ New and Open pick a file natively, then go through `workspaces.*`, which checks it; the rest go to the page. */
function onCommand(command: MenuCommand): void {
  if (command === 'db.open' || command === 'db.new') return void switchFile(command).catch(fatal);
  (BrowserWindow.getFocusedWindow() ?? win)?.webContents.send(COMMAND_CHANNEL, command);
}

async function switchFile(command: 'db.open' | 'db.new'): Promise<void> {
  if (!workspace) return;
  const current = workspace;
  const dispatch = withFileDialogs(current.dispatch, dialog, () => path.dirname(current.current().dbPath));
  const picked = await dispatch('workspaces.pick', { purpose: command === 'db.open' ? 'open' : 'create' });
  const file = picked.ok ? (picked.value as { path: string | null }).path : null;
  if (!file) return;
  const done = await dispatch(command === 'db.open' ? 'workspaces.open' : 'workspaces.create', { path: file });
  // A file that is not a Winloop database is one sentence, and the open file stays open.
  if (!done.ok) return dialog.showErrorBox('Winloop did not open that file', done.error.message);
  win?.webContents.reload();
}

/** `--db FILE` (or --db=FILE) on the command line; Chromium's own switches pass through untouched. */
function dbFlagOrDefault(): string {
  const { values } = parseArgs({
    args: process.argv.slice(app.isPackaged ? 1 : 2),
    options: { db: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  return resolveDbPath(typeof values.db === 'string' ? values.db : undefined);
}

function fatal(error: unknown): void {
  dialog.showErrorBox('Winloop cannot start', explainNativeError(error, native));
  app.exit(1);
}
