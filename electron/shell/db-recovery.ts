/**
 * Start-up never crashes on a file that will not open: the user picks the newest backup, a fresh file, or
 * quitting. Nothing is deleted either way (electron/db/recovery.ts renames, never removes).
 * Changes with: electron/db/errors.ts, electron/db/recovery.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Dialog } from 'electron';
import { DbOpenError } from '../db/errors';
import { restoreBackup, setAside } from '../db/recovery';
import { offerText } from '../db/snapshots';

export type RecoveryChoice = 'backup' | 'new' | 'cancel';
export type AskRecovery = (error: DbOpenError, file: string) => RecoveryChoice;

/** Opens `file`, asking what to do for as long as it fails with a DbOpenError; null when the user gives up. */
export async function openWithRecovery<T>(
  file: string,
  open: (file: string) => T | Promise<T>,
  ask: AskRecovery,
): Promise<T | null> {
  for (;;) {
    try {
      return await open(file);
    } catch (error) {
      if (!(error instanceof DbOpenError)) throw error;
      const choice = ask(error, file);
      const newest = error.backups[0];
      if (choice === 'cancel') return null;
      if (choice === 'backup' && newest) restoreBackup(file, newest);
      else if (fs.existsSync(file)) setAside(file);
    }
  }
}

/** The buttons offered for an error, in display order. */
export function recoveryChoices(error: DbOpenError): RecoveryChoice[] {
  return error.backups.length > 0 ? ['backup', 'new', 'cancel'] : ['new', 'cancel'];
}

/** An AskRecovery backed by a native message box; `cancelLabel` is "Quit" at start-up, "Cancel" later. */
export function askWithDialog(dialog: Pick<Dialog, 'showMessageBoxSync'>, cancelLabel: 'Quit' | 'Cancel'): AskRecovery {
  return (error, file) => {
    const choices = recoveryChoices(error);
    const offer = error.snapshot;
    const labels: Record<RecoveryChoice, string> = {
      backup: offer ? 'Restore the Newest Snapshot' : 'Open Newest Backup',
      new: 'Start a New File',
      cancel: cancelLabel,
    };
    const newest = error.backups[0];
    const detail = [
      error.message,
      offer
        ? offerText(offer)
        : newest
          ? `The newest backup is ${path.basename(newest)}.`
          : 'There is no backup of this file.',
      `Nothing is deleted: the file that would not open is renamed to ${path.basename(file)}.broken-… and kept in ${path.dirname(file)}.`,
    ].join('\n\n');
    const index = dialog.showMessageBoxSync({
      type: 'error',
      title: 'Winloop',
      message:
        error.code === 'db_newer'
          ? 'This database was saved by a newer Winloop.'
          : 'Winloop could not open its database.',
      detail,
      buttons: choices.map((choice) => labels[choice]),
      defaultId: 0,
      cancelId: choices.length - 1,
      noLink: true,
    });
    return choices[index] ?? 'cancel';
  };
}
