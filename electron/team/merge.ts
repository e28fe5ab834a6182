/**
 * Merging a teammate's checked file into this database, field by field: per field the later stamp wins (a
 * join of states: commutative, associative, idempotent). Rows are matched by UUID, through the aliases both
 * files know; reference data and link rows created apart are matched by name or by their pair of references,
 * recognised as one (the lower id stays, or for team members the one that is somebody's own), and every
 * reference re-pointed. Other members' private contacts never come in. The caller runs this inside one
 * transaction with foreign keys deferred (apply.ts); derived rows follow through their triggers.
 * Changes with: tables.ts, stamps.ts, remote-rows.ts, local-rows.ts, apply.ts.
 */
import type Database from 'better-sqlite3';
import type { MemberMap, MergeReport } from '../../shared/contract/sharing';
import { receive } from '../../shared/team/hlc';
import { compareFields, effective, type Clocks } from './stamps';
import { LocalRows } from './local-rows';
import {
  readRemoteAliases,
  readRemoteClocks,
  readRemoteRows,
  readRemoteSeen,
  type Row,
  type RowsRead,
} from './remote-rows';
import { mergeTable, mergeTables, type MergeTable } from './tables';
import { fromTeammate, type TeammateFile } from './teammate-file';

export type { MergeReport };
export type Conflict = MergeReport['conflicts'][number];
export type KindCounts = MergeReport['counts'][string];

const EXAMPLES = 3;

export interface MergeRun {
  /** `captured`: only the rows a capture on the remote connection recorded (the saves made during a staged merge). */
  read?: RowsRead;
  onProgress?: (phase: string, done: number, total: number) => void;
}

const PROGRESS_EVERY_ROWS = 1000;

export function mergeTeammate(
  local: Database.Database,
  teammate: TeammateFile,
  members: MemberMap = {},
  run: MergeRun = {},
): MergeReport {
  const read = run.read ?? 'all';
  const remote = teammate.sqlite;
  const fileName = teammate.file.split(/[\\/]/).pop() ?? teammate.file;
  const rows = new LocalRows(local);
  rows.members = members;
  const report: MergeReport = {
    from: {
      memberId: teammate.header.memberId,
      memberName: teammate.header.memberName,
      fileId: teammate.header.fileId,
      exportedAt: teammate.header.exportedAt,
      fileName,
    },
    counts: {},
    examples: {},
    recognised: [],
    ambiguous: [],
    conflicts: [],
    privateSkipped: 0,
    changed: false,
  };

  const remoteSeen = readRemoteSeen(remote, fileName);
  const localSeen = rows.seen();
  const selfIds = new Set([...remoteSeen.keys(), ...localSeen.keys()]);
  if (rows.me) selfIds.add(rows.me);
  if (teammate.header.memberId) selfIds.add(teammate.header.memberId);
  rows.selfIds = selfIds;

  // Paused before the aliases too: re-pointing a reference is not an edit of this member's, and a stamp it took
  // here would differ by the order files arrive in (the join would not be associative).
  local.exec('UPDATE sync_clock SET paused = 1');
  // Rows the other side had recognised as one are one here too. A capture's rows come from this file's own past,
  // whose aliases the copy already holds: only a merge makes aliases.
  if (read === 'all') {
    for (const alias of readRemoteAliases(remote, fileName)) rows.unify(alias.tbl, alias.alias, alias.canonical);
  }

  const skipped = new Set<string>();
  for (const table of mergeTables) {
    const counts: KindCounts = { added: 0, updated: 0, deleted: 0, restored: 0 };
    const clocks = readRemoteClocks(remote, table.name, fileName, read);
    const remoteRows = readRemoteRows(remote, table.name, fileName, read);
    let done = 0;
    run.onProgress?.(`merging ${table.name.replace(/_/g, ' ')}`, 0, remoteRows.length);
    // Decided for all of them first: a manager may come later in the file than the people reporting to them.
    if (table.name === 'people') {
      for (const raw of remoteRows) if (othersPrivate(raw, rows)) skipped.add(raw.id as string);
      report.privateSkipped = skipped.size;
    }
    for (const raw of remoteRows) {
      if (++done % PROGRESS_EVERY_ROWS === 0) {
        run.onProgress?.(`merging ${table.name.replace(/_/g, ' ')}`, done, remoteRows.length);
      }
      if (skipped.has(raw.id as string)) continue;
      if (keptOutWith(table, raw, skipped)) continue;
      const outcome = mergeRow(
        table,
        raw,
        clocks.get(raw.id as string),
        rows,
        report,
        { localSeen, remoteSeen },
        skipped,
      );
      if (outcome === 'none') continue;
      report.changed = true;
      counts[outcome]++;
      const examples = (report.examples[table.name] ??= []);
      if (examples.length < EXAMPLES) examples.push(labelOf(table, raw));
    }
    if (counts.added + counts.updated + counts.deleted + counts.restored > 0) report.counts[table.name] = counts;
  }
  report.recognised.push(...rows.recognised);
  report.ambiguous.push(...rows.ambiguous);
  if (rows.recognised.length > 0) report.changed = true;

  // What this file has now seen of everyone, and a clock that sorts later local changes after the file's.
  const remoteClock =
    fromTeammate(fileName, () => remote.prepare('SELECT hlc FROM sync_clock WHERE id = 1').pluck().get() as number) ??
    0;
  rows.recordSeen(remoteSeen);
  local
    .prepare('UPDATE sync_clock SET hlc = ?, paused = 0 WHERE id = 1')
    .run(receive(rows.clock(), Number.isSafeInteger(remoteClock) ? remoteClock : 0));
  rows.compressAliases();
  return report;
}

/**
 * References to a contact that is not taken in: the ones that may be empty (a manager, the person of an
 * interaction) are cut, as the export without private contacts does; any other (a stakeholder's place on a
 * case, a relationship, a line of the power map) keeps its row out with the contact.
 */
const CUT = new Set(['people.reports_to_id', 'interactions.person_id']);

const peopleRefs = (table: MergeTable) =>
  Object.entries(table.refs).flatMap(([column, target]) => (target === 'people' ? [column] : []));

function keptOutWith(table: MergeTable, raw: Row, skipped: Set<string>): boolean {
  return peopleRefs(table).some(
    (column) => !CUT.has(`${table.name}.${column}`) && typeof raw[column] === 'string' && skipped.has(raw[column]),
  );
}

/** Another member's private contact: never taken in, even when the file carries it. */
function othersPrivate(raw: Row, rows: LocalRows): boolean {
  const owner = raw.owner_id === null ? null : rows.resolve(raw.owner_id as string);
  return raw.visibility === 'private' && (owner === null || owner !== rows.me);
}

interface Seen {
  localSeen: Map<string, number>;
  remoteSeen: Map<string, number>;
}

function mergeRow(
  table: MergeTable,
  raw: Row,
  remoteClocks: Clocks | undefined,
  rows: LocalRows,
  report: MergeReport,
  seen: Seen,
  skipped: Set<string>,
): 'added' | 'updated' | 'deleted' | 'restored' | 'none' {
  const values = rows.resolveRow(table, raw);
  for (const column of peopleRefs(table)) {
    if (CUT.has(`${table.name}.${column}`) && typeof raw[column] === 'string' && skipped.has(raw[column])) {
      values[column] = null;
    }
  }
  let id = rows.resolve(raw.id as string);
  let current = rows.get(table.name, id);
  if (!current) {
    const match = rows.naturalMatch(table, values, id);
    if (match) {
      id = rows.unify(table.name, id, match);
      current = rows.get(table.name, id);
    }
  }
  values.id = id;
  if (!current) {
    rows.insert(table, values, raw, remoteClocks);
    return 'added';
  }
  const localClocks = rows.clocks(table.name, id);
  const set: Record<string, string | number | null> = {};
  const stamps: Record<string, { hlc: number; memberId: string | null }> = {};
  for (const field of table.fields) {
    const l = {
      stamp: rows.canonicalStamp(effective(localClocks, field, current.updated_at)),
      value: current[field] ?? null,
    };
    const r = {
      stamp: rows.canonicalStamp(effective(remoteClocks, field, raw.updated_at)),
      value: values[field] ?? null,
    };
    const order = compareFields(l, r);
    if (order <= 0) {
      if (l.value !== r.value && concurrent(l.stamp, r.stamp, rows, seen)) {
        report.conflicts.push(conflictOf(table, id, field, current, l.value, r.value, 'local', rows));
      }
      continue;
    }
    stamps[field] = r.stamp;
    if (l.value !== r.value) {
      set[field] = r.value;
      if (concurrent(l.stamp, r.stamp, rows, seen)) {
        report.conflicts.push(conflictOf(table, id, field, current, l.value, r.value, 'remote', rows));
      }
    }
  }
  // created_at and updated_at join too (earliest, latest), even when every field stays as it is here.
  const updatedAt = String(raw.updated_at) > String(current.updated_at) ? String(raw.updated_at) : null;
  const createdAt = String(raw.created_at) < String(current.created_at) ? String(raw.created_at) : null;
  if (Object.keys(stamps).length === 0 && !updatedAt && !createdAt) return 'none';
  rows.update(table, id, set, stamps, updatedAt, createdAt);
  if (Object.keys(set).length === 0) return 'none';
  if ('deleted_at' in set) return set.deleted_at === null ? 'restored' : 'deleted';
  return 'updated';
}

/** Changed on both sides since they last merged: neither had seen the other's change. */
function concurrent(
  l: { hlc: number; memberId: string | null },
  r: { hlc: number; memberId: string | null },
  rows: LocalRows,
  { localSeen, remoteSeen }: Seen,
): boolean {
  if (l.memberId === null || r.memberId === null) return false;
  const unseenHere = r.hlc > (localSeen.get(rows.resolve(r.memberId)) ?? -1);
  const unseenThere = l.hlc > (remoteSeen.get(rows.resolve(l.memberId)) ?? -1);
  return unseenHere && unseenThere;
}

function conflictOf(
  table: MergeTable,
  rowId: string,
  field: string,
  current: Row,
  local: string | number | null,
  remote: string | number | null,
  kept: 'local' | 'remote',
  rows: LocalRows,
): Conflict {
  const conflict: Conflict = { table: table.name, rowId, field, label: labelOf(table, current), local, remote, kept };
  // Reference tables merge first, so both sides' rows are here by now, under the ids that stay.
  const target = table.refs[field];
  if (target && target !== '*') {
    const nameOf = (v: string | number | null) => {
      if (typeof v !== 'string') return undefined;
      const row = rows.get(target, rows.resolve(v));
      return row ? labelOf(mergeTable(target), row) : undefined;
    };
    const [localName, remoteName] = [nameOf(local), nameOf(remote)];
    if (localName !== undefined) conflict.localName = localName;
    if (remoteName !== undefined) conflict.remoteName = remoteName;
  }
  return conflict;
}

function labelOf(table: MergeTable, row: Row): string {
  for (const column of ['title', 'name', 'text']) {
    const value = row[column];
    if (typeof value === 'string' && value !== '') return value.length > 80 ? `${value.slice(0, 79)}…` : value;
  }
  return String(row.id);
}
