/**
 * Writing a `.winloop` file: a consistent copy taken from a read-only connection (VACUUM INTO runs in one read
 * transaction, so the app may keep saving meanwhile), then, on that private copy, everything a teammate must
 * not get is removed (derived rows, settings, merge history; private contacts when asked), names are replaced
 * when asked, the header is written, and a last VACUUM leaves no removed byte in a free page. The file appears
 * by rename, never half-written.
 * Changes with: format.ts, anonymise.ts, teammate-file.ts (reads what this writes).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/envelope';
import { anonymise } from './anonymise';
import { FORMAT_VERSION, HEADER_SQL, type ExportHeader } from './format';
import { markPersonReachStaleSql } from '../review/person-reach';

export interface ExportOptions {
  appVersion: string;
  withoutPrivate?: boolean;
  anonymise?: boolean;
  now?: Date;
  nativeBinding?: string;
}

export interface ExportResult {
  file: string;
  header: ExportHeader;
  bytes: number;
  counts: Record<string, number>;
}

const binding = (nativeBinding?: string) => (nativeBinding ? { nativeBinding } : {});

export function exportTeamFile(dbFile: string, out: string, opts: ExportOptions): ExportResult {
  const target = path.resolve(out);
  if (path.resolve(dbFile) === target) throw new ApiError('conflict', 'The export cannot replace the database itself.');
  const building = `${target}.building`;
  fs.rmSync(building, { force: true });
  const source = new Database(dbFile, { readonly: true, fileMustExist: true, ...binding(opts.nativeBinding) });
  try {
    source.prepare('VACUUM INTO ?').run(building);
  } finally {
    source.close();
  }
  try {
    const copy = new Database(building, binding(opts.nativeBinding));
    let header: ExportHeader;
    let counts: Record<string, number>;
    try {
      copy.pragma('journal_mode = DELETE');
      header = copy.transaction(() => prepareCopy(copy, opts))();
      copy.exec('VACUUM');
      counts = countRows(copy);
    } finally {
      copy.close();
    }
    fs.renameSync(building, target);
    return { file: target, header, bytes: fs.statSync(target).size, counts };
  } catch (error) {
    fs.rmSync(building, { force: true });
    fs.rmSync(`${building}-journal`, { force: true });
    throw error;
  }
}

function prepareCopy(copy: Database.Database, opts: ExportOptions): ExportHeader {
  copy.exec('UPDATE sync_clock SET paused = 1');
  const tables = copy.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as {
    name: string;
    sql: string;
  }[];
  // A full-text index is emptied through its virtual table; its shadow tables refuse direct writes.
  const virtual = tables.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
  const isShadow = (name: string) => virtual.some((v) => name.startsWith(`${v}_`));
  for (const { name } of tables.filter((t) => t.name.startsWith('derived_') && !isShadow(t.name))) {
    copy.exec(`DELETE FROM "${name}"`);
  }
  // A copy opened as a database recomputes its review facts, as after a bulk load.
  copy.exec('INSERT INTO derived_case_facts_stale (case_id) SELECT id FROM cases');
  copy.exec(markPersonReachStaleSql);
  copy.exec('DELETE FROM settings');
  copy.exec('DELETE FROM sync_merges');
  const me = copy
    .prepare('SELECT id, name FROM team_members WHERE is_me = 1 AND deleted_at IS NULL ORDER BY id LIMIT 1')
    .get() as { id: string; name: string } | undefined;
  const clock = copy.prepare('SELECT hlc FROM sync_clock WHERE id = 1').pluck().get() as number;
  // What this file has seen of its own member's changes: everything up to now.
  if (me) {
    copy
      .prepare(
        'INSERT INTO sync_seen (member_id, hlc) VALUES (?, ?) ON CONFLICT (member_id) DO UPDATE SET hlc = max(hlc, excluded.hlc)',
      )
      .run(me.id, clock);
  }
  if (opts.withoutPrivate) removePrivateContacts(copy);
  if (opts.anonymise) anonymise(copy);
  copy.exec('UPDATE sync_clock SET paused = 0');
  const memberName = me
    ? opts.anonymise
      ? (copy.prepare('SELECT name FROM team_members WHERE id = ?').pluck().get(me.id) as string)
      : me.name
    : '';
  const header: ExportHeader = {
    formatVersion: FORMAT_VERSION,
    appVersion: opts.appVersion,
    schemaVersion: copy.pragma('user_version', { simple: true }) as number,
    memberId: me?.id ?? null,
    memberName,
    exportedAt: (opts.now ?? new Date()).toISOString(),
    fileId: randomUUID(),
    withoutPrivate: opts.withoutPrivate ?? false,
    anonymised: opts.anonymise ?? false,
  };
  copy.exec(HEADER_SQL);
  copy
    .prepare('INSERT INTO winloop_export VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(
      header.formatVersion,
      header.appVersion,
      header.schemaVersion,
      header.memberId,
      header.memberName,
      header.exportedAt,
      header.fileId,
      header.withoutPrivate ? 1 : 0,
      header.anonymised ? 1 : 0,
    );
  return header;
}

/**
 * The relationship charter: a private contact, and its owner's relationships to it, never leave unless shared.
 * Its place in cases goes with it; an interaction with it stays without the person; a manager link to it is cut.
 */
export function removePrivateContacts(copy: Database.Database): void {
  const privately = "SELECT id FROM people WHERE visibility = 'private'";
  copy.exec(`DELETE FROM relationships WHERE person_id IN (${privately})`);
  copy.exec(`DELETE FROM case_people WHERE person_id IN (${privately})`);
  // The meeting is the case's (its channel counts in the review); only who it was with stays private.
  copy.exec(`UPDATE interactions SET person_id = NULL WHERE person_id IN (${privately})`);
  copy.exec(`UPDATE people SET reports_to_id = NULL WHERE reports_to_id IN (${privately})`);
  // An informal link to or from a private contact says who they are close to: it stays with them.
  copy.exec(`DELETE FROM person_links WHERE from_id IN (${privately}) OR to_id IN (${privately})`);
  copy.exec("DELETE FROM people WHERE visibility = 'private'");
  copy.exec("DELETE FROM sync_aliases WHERE tbl = 'people' AND canonical_id NOT IN (SELECT id FROM people)");
}

function countRows(copy: Database.Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of ['cases', 'accounts', 'people', 'team_members', 'competitors', 'lessons', 'actions'])
    counts[table] = copy.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
  return counts;
}
