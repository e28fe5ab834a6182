/**
 * Sharing by file from the CLI: `export` writes a `.winloop` file, `import` previews (`--dry-run`) or merges
 * teammates' files, `history` lists the merges taken in. Every teammate file is checked before the database is
 * opened, so a refused one leaves it byte for byte as it was (exit 1, one line).
 * Changes with: electron/team/export.ts, electron/team/apply.ts, electron/team/teammate-file.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/envelope';
import { openDatabase } from '../../db/client';
import { probeDatabase } from '../../db/probe';
import { MIGRATIONS_DIR } from '../../node-paths';
import { appVersion } from '../../paths';
import { applyMerge, mergeHistory, previewMerge, type MergeHistoryEntry } from '../../team/apply';
import { exportTeamFile } from '../../team/export';
import type { MemberMap } from '../../../shared/contract/sharing';
import type { MergeReport } from '../../team/merge';
import { openTeammateFile } from '../../team/teammate-file';
import type { CliArgs } from '../args';
import { formatBytes, UsageError, type CommandResult } from '../output';

export const exportHelp =
  'export --db FILE --out FILE   a .winloop file for teammates [--without-private] [--anonymise]';
export const importHelp =
  "import --db FILE TEAMMATE_FILE...   merge teammates' files [--dry-run: preview only] [--member-map THEIR_ID=OUR_ID|new,…]";

/** `--member-map a=b,c=new`: the answers to the preview's questions about team members (its `ambiguous` ids). */
export function memberMapOf(text: string | boolean | undefined): MemberMap {
  if (typeof text !== 'string' || text.trim() === '') return {};
  const map: MemberMap = {};
  for (const pair of text.split(',')) {
    const [theirs, ours, extra] = pair.split('=').map((x) => x.trim());
    if (!theirs || !ours || extra !== undefined) {
      throw new UsageError(`--member-map takes THEIR_ID=OUR_ID or THEIR_ID=new, comma-separated; got "${pair}"`);
    }
    map[theirs] = ours;
  }
  return map;
}
export const historyHelp = 'history --db FILE     the merges taken in, newest first';

function existingDb(args: CliArgs, command: string): string {
  if (!args.db) throw new UsageError(`${command} needs --db FILE`);
  const file = path.resolve(args.db);
  if (!fs.existsSync(file)) throw new ApiError('not_found', `No database file at ${file}.`);
  return file;
}

export function exportCommand(args: CliArgs): CommandResult {
  const db = existingDb(args, 'export');
  const out = args.values.out;
  if (typeof out !== 'string' || out === '') throw new UsageError('export needs --out FILE');
  const probe = probeDatabase(db, MIGRATIONS_DIR);
  if (probe.pending > 0) {
    throw new ApiError(
      'conflict',
      `${db} was saved by an older Winloop; open it once (e.g. with check or summary) to upgrade it, then export.`,
    );
  }
  const result = exportTeamFile(db, out, {
    appVersion: appVersion(),
    withoutPrivate: args.values['without-private'] === true,
    anonymise: args.values.anonymise === true,
  });
  const options = [result.header.withoutPrivate && 'without private contacts', result.header.anonymised && 'anonymised']
    .filter(Boolean)
    .join(', ');
  return {
    data: result,
    text: `Exported ${result.counts.cases} case${result.counts.cases === 1 ? '' : 's'} to ${result.file} (${formatBytes(result.bytes)}${options ? `, ${options}` : ''}).`,
  };
}

function describeReport(report: MergeReport): string[] {
  const kinds = Object.entries(report.counts).map(
    ([table, c]) => `${table} +${c.added} ~${c.updated} −${c.deleted}${c.restored ? ` ↺${c.restored}` : ''}`,
  );
  return [
    `From ${report.from.memberName || 'an unnamed teammate'} (${report.from.fileName}, exported ${report.from.exportedAt}):`,
    `  ${kinds.length ? kinds.join(', ') : 'nothing new'}`,
    ...report.recognised.map((r) => `  recognised as one: ${r.table} "${r.name}"`),
    ...report.ambiguous.map((r) =>
      r.candidates?.length
        ? `  asked: team member "${r.name}" (${r.id}) is which of ${r.candidates.map((c) => `${c.id} "${c.name}" (${c.cases} cases)`).join(', ')}, or new? Answer with --member-map ${r.id}=ID|new; kept apart until then`
        : `  kept apart (more than one match here): ${r.table} "${r.name}"`,
    ),
    ...(report.privateSkipped ? [`  ${report.privateSkipped} private contact(s) of others not taken in`] : []),
    ...report.conflicts.map(
      (c) =>
        `  conflict: ${c.table} "${c.label}" ${c.field}: here ${JSON.stringify(c.local)}, theirs ${JSON.stringify(c.remote)} → kept ${c.kept === 'local' ? 'ours' : 'theirs'}`,
    ),
  ];
}

export function importCommand(args: CliArgs): CommandResult {
  const db = existingDb(args, 'import');
  const files = args.positionals.map((f) => path.resolve(f));
  if (files.length === 0) throw new UsageError('import needs at least one TEAMMATE_FILE');
  // Every file is checked before the database is opened: a refused one changes nothing at all.
  for (const file of files) openTeammateFile(file, { migrationsFolder: MIGRATIONS_DIR }).close();
  const dryRun = args.values['dry-run'] === true;
  const opened = openDatabase(db, { migrationsFolder: MIGRATIONS_DIR, create: false });
  try {
    if (opened.readOnly) throw new ApiError('read_only', `${db} is read-only; nothing was merged.`);
    const opts = { dbFile: db, migrationsFolder: MIGRATIONS_DIR, members: memberMapOf(args.values['member-map']) };
    if (dryRun) {
      const previews = files.map((file) => previewMerge(opened.sqlite, file, opts));
      return {
        data: { dryRun: true, previews },
        text: ['Preview (nothing changed):', ...previews.flatMap(describeReport)].join('\n'),
      };
    }
    const merges = files.map((file) => applyMerge(opened.sqlite, file, opts));
    return {
      data: { dryRun: false, merges },
      text: [
        ...merges.flatMap((m) => [
          ...describeReport(m.report),
          `  merge ${m.id} (undo possible while nothing else changes)`,
        ]),
      ].join('\n'),
    };
  } finally {
    opened.close();
  }
}

export function historyCommand(args: CliArgs): CommandResult {
  const db = existingDb(args, 'history');
  probeDatabase(db, MIGRATIONS_DIR);
  const sqlite = new Database(db, { readonly: true, fileMustExist: true });
  let entries: MergeHistoryEntry[] = [];
  try {
    const kept = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_merges'").get();
    if (kept) entries = mergeHistory(sqlite);
  } finally {
    sqlite.close();
  }
  const lines = entries.length
    ? entries.map((e) => {
        const counts = Object.values(e.report.counts).reduce(
          (n, c) => n + c.added + c.updated + c.deleted + c.restored,
          0,
        );
        return `${e.mergedAt}  from ${e.fromMemberName || '?'} (${e.fileName}): ${counts} change(s), ${e.report.conflicts.length} conflict(s)${e.undoneAt ? `, undone ${e.undoneAt}` : ''}`;
      })
    : ['No merges yet.'];
  return { data: entries, text: lines.join('\n') };
}
