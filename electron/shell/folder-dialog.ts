/**
 * `teamfolder.choose` in the desktop app: the native folder dialog, answered in the main process before the
 * call reaches the engine (services never touch Electron). The page then saves the folder through
 * `teamfolder.configure`, which checks it, so a typed path and a picked one meet the same checks.
 * Changes with: shared/contract/team-folder.ts, electron/services/team-folder.ts (which refuses it elsewhere).
 */
import type { Dialog } from 'electron';
import type { Dispatch } from '../dispatch';

export function withFolderDialog(dispatch: Dispatch, dialog: Pick<Dialog, 'showOpenDialog'>): Dispatch {
  return async (method, input, meta) => {
    if (method !== 'teamfolder.choose') return dispatch(method, input, meta);
    const picked = await dialog.showOpenDialog({
      title: 'Choose the team folder (one your sync tool keeps in step)',
      properties: ['openDirectory', 'createDirectory'],
    });
    return { ok: true, value: { path: picked.canceled ? null : (picked.filePaths[0] ?? null) } };
  };
}
