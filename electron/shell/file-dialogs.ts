/**
 * `workspaces.pick` in the desktop app: the native open and save dialogs, answered in the main process before
 * a call reaches the engine (services never touch Electron). The renderer then opens or creates the picked
 * file through `workspaces.open` / `workspaces.create`, which check it, so the menu and the sidebar share one path.
 * Changes with: shared/contract/workspaces.ts, electron/services/workspaces.ts (which refuses the pick elsewhere).
 */
import type { Dialog } from 'electron';
import type { Dispatch } from '../dispatch';

const filters = [
  { name: 'Winloop database', extensions: ['db', 'sqlite', 'sqlite3'] },
  { name: 'All files', extensions: ['*'] },
];

export function withFileDialogs(
  dispatch: Dispatch,
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  defaultFolder: () => string,
): Dispatch {
  return async (method, input, meta) => {
    if (method !== 'workspaces.pick') return dispatch(method, input, meta);
    const purpose = (input as { purpose?: unknown } | null)?.purpose;
    if (purpose === 'open') {
      const picked = await dialog.showOpenDialog({
        title: 'Open a Winloop database',
        defaultPath: defaultFolder(),
        properties: ['openFile'],
        filters,
      });
      return { ok: true, value: { path: picked.canceled ? null : (picked.filePaths[0] ?? null) } };
    }
    if (purpose === 'create') {
      const picked = await dialog.showSaveDialog({
        title: 'New empty Winloop database',
        defaultPath: defaultFolder(),
        buttonLabel: 'Create',
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return { ok: true, value: { path: picked.canceled ? null : (picked.filePath ?? null) } };
    }
    return { ok: false, error: { code: 'invalid_input', message: 'Pick a file to open or to create.' } };
  };
}
