import fs from 'node:fs';
import path from 'node:path';
import { probeDatabase } from '../../db/probe';
import {
  listSnapshots,
  offerText,
  restoreSnapshot,
  snapshotDir,
  snapshotOffer,
  whenText,
  type SnapshotInfo,
} from '../../db/snapshots';
import { MIGRATIONS_DIR } from '../../node-paths';
import { formatBytes, UsageError, type CommandResult } from '../output';
import type { CliArgs } from '../args';

export const restoreHelp =
  'restore --db FILE [--snapshot NAME|--list]   list the rolling snapshots, or put one in place (the current state is snapshotted first)';

function line(s: SnapshotInfo): string {
  const cases = s.cases === null ? '' : `${s.cases.toLocaleString('en')} cases`;
  const state = s.good ? '' : `  ${s.problem}`;
  const tag = s.beforeRestore ? '  (taken before a restore)' : '';
  return `  ${s.name}  ${whenText(s.takenAt).padEnd(19)}  ${formatBytes(s.bytes).padStart(10)}  ${cases}${state}${tag}`;
}

/** Damaged when a read-only look refuses it as such; a missing file counts as nothing to lose. */
function damage(file: string): string | null {
  if (!fs.existsSync(file)) return null;
  try {
    probeDatabase(file, MIGRATIONS_DIR);
    return null;
  } catch (error) {
    return (error as { code?: string }).code === 'db_corrupt' ? (error as Error).message : null;
  }
}

export function restoreCommand(args: CliArgs): CommandResult & { failed?: boolean } {
  if (!args.db) throw new UsageError('restore needs --db FILE');
  const file = path.resolve(args.db);
  const name = args.values.snapshot;
  if (typeof name === 'string') {
    if (args.values.list) throw new UsageError('restore takes --snapshot NAME or --list, not both');
    const done = restoreSnapshot(file, name);
    const undo =
      'snapshot' in done.undo
        ? `The state it replaced is the snapshot ${done.undo.snapshot}: restore that to undo this.`
        : `The file it replaced could not be read; it is kept as ${path.basename(done.undo.setAside)}.`;
    return {
      data: { file, restored: done.restored, undo: done.undo },
      text: `Restored ${file} from ${done.restored.name} (${whenText(done.restored.takenAt)}). ${undo}`,
    };
  }
  const snapshots = listSnapshots(file);
  const damaged = damage(file);
  const offer = damaged ? snapshotOffer(file) : null;
  const lines = [
    snapshots.length === 0
      ? `No snapshots of ${path.basename(file)} in ${snapshotDir(file)}.`
      : `Snapshots of ${path.basename(file)} in ${snapshotDir(file)}, newest first:`,
    ...snapshots.map(line),
  ];
  if (damaged && !args.values.list) {
    lines.unshift(damaged);
    lines.push(
      offer
        ? `${offerText(offer)}\nRestore it with: restore --db ${file} --snapshot ${offer.name}`
        : 'There is no good snapshot to restore.',
    );
  } else if (!args.values.list && snapshots.length > 0) {
    lines.push('Restore one with --snapshot NAME.');
  }
  return { data: { file, damaged, snapshots, suggested: offer }, text: lines.join('\n') };
}
