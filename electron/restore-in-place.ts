/**
 * Settings ▸ Backups' restore, in the hosts that own the open file (the app, browser mode): close the engine,
 * put the snapshot in place (electron/db/snapshots.ts snapshots the current state first, so the restore can be
 * undone from the same list), and open the file again; the window reloads on the answer. The file is opened
 * again even when the restore failed, so the seller is never left without their data.
 * Changes with: electron/services/backups.ts, electron/switchable-workspace.ts.
 */
import { restoreSnapshot } from './db/snapshots';
import type { Served, SwitchableWorkspace } from './switchable-workspace';

export function restoreInPlace(
  workspace: () => Pick<SwitchableWorkspace, 'switchTo' | 'current'> | null,
  open: (file: string) => Promise<Served>,
  nativeBinding?: string,
): (file: string, snapshotName: string) => void {
  return (file, snapshotName) => {
    const ws = workspace();
    if (!ws) return;
    void ws.switchTo(file, async (target) => {
      // The restore snapshots the current state itself; a closing snapshot too would list it twice.
      await ws.current().close({ closingSnapshot: false });
      try {
        restoreSnapshot(target, snapshotName, nativeBinding ? { nativeBinding } : {});
      } catch (error) {
        process.stderr.write(`winloop: the restore of ${snapshotName} failed: ${String(error)}\n`);
      }
      return open(target);
    });
  };
}
