/**
 * The merge's side of this database: rows and their field clocks read and written by id, the alias map (ids
 * recognised as one), matching reference data by name and link rows by their pair of references, and moving
 * a row to the id that stays with every reference re-pointed. Written with the clocks paused: the stamps the
 * merge writes are the winners', never new ones.
 * Changes with: merge.ts, tables.ts, stamps.ts.
 */
import type Database from 'better-sqlite3';
import type { MemberMap, MergeReport } from '../../shared/contract/sharing';
import { normaliseName } from '../../shared/text/normalise-name';
import type { FieldClock, Row } from './remote-rows';
import { compareFields, effective, legacyStamp, type Clocks } from './stamps';
import { mergeTable, mergeTables, type MergeTable } from './tables';
import { repointWeighed } from './weighed-criteria';

type Value = string | number | null;

export class LocalRows {
  readonly me: string | null;
  selfIds = new Set<string>();
  readonly recognised: { table: string; name: string; kept: string; merged: string }[] = [];
  readonly ambiguous: MergeReport['ambiguous'] = [];
  /** The seller's answers: which member here a file's team member is, or that it is someone new. */
  members: MemberMap = {};
  private aliases = new Map<string, string>();
  private nameKeys = new Map<string, Map<string, string[]>>();
  private statements = new Map<string, Database.Statement>();
  // A row is read and written once per row of the file: its statements are kept by table, not rebuilt as text.
  private selects = new Map<string, Database.Statement>();
  private inserts = new Map<string, { statement: Database.Statement; columns: string[] }>();

  constructor(private readonly db: Database.Database) {
    this.me =
      (db
        .prepare('SELECT id FROM team_members WHERE is_me = 1 AND deleted_at IS NULL ORDER BY id LIMIT 1')
        .pluck()
        .get() as string | undefined) ?? null;
    for (const row of db.prepare('SELECT alias_id, canonical_id FROM sync_aliases').all() as {
      alias_id: string;
      canonical_id: string;
    }[])
      this.aliases.set(row.alias_id, row.canonical_id);
  }

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  resolve(id: string): string {
    let current = id;
    for (let hops = 0; hops < 64; hops++) {
      const next = this.aliases.get(current);
      if (next === undefined || next === current) return current;
      current = next;
    }
    return current;
  }

  canonicalStamp(stamp: FieldClock): FieldClock {
    return stamp.memberId === null ? stamp : { hlc: stamp.hlc, memberId: this.resolve(stamp.memberId) };
  }

  clock(): number {
    return this.stmt('SELECT hlc FROM sync_clock WHERE id = 1').pluck().get() as number;
  }

  seen(): Map<string, number> {
    const seen = new Map<string, number>();
    for (const row of this.stmt('SELECT member_id, hlc FROM sync_seen').all() as { member_id: string; hlc: number }[]) {
      const id = this.resolve(row.member_id);
      seen.set(id, Math.max(seen.get(id) ?? -1, row.hlc));
    }
    if (this.me) seen.set(this.me, Math.max(seen.get(this.me) ?? -1, this.clock()));
    return seen;
  }

  recordSeen(remote: Map<string, number>): void {
    const upsert = this.stmt(
      'INSERT INTO sync_seen (member_id, hlc) VALUES (?, ?) ON CONFLICT (member_id) DO UPDATE SET hlc = max(hlc, excluded.hlc)',
    );
    for (const [member, hlc] of remote) {
      const id = this.resolve(member);
      if (id !== this.me) upsert.run(id, hlc);
    }
  }

  compressAliases(): void {
    const update = this.stmt('UPDATE sync_aliases SET canonical_id = ? WHERE alias_id = ?');
    for (const [alias, canonical] of this.aliases) {
      const root = this.resolve(alias);
      if (root !== canonical) {
        update.run(root, alias);
        this.aliases.set(alias, root);
      }
    }
  }

  resolveRow(table: MergeTable, raw: Row): Row {
    const values: Row = { ...raw };
    for (const column of Object.keys(table.refs)) {
      const v = values[column];
      if (typeof v === 'string') values[column] = this.resolve(v);
    }
    if (table.name === 'people' && typeof values.weighed_criteria === 'string')
      values.weighed_criteria = repointWeighed(values.weighed_criteria, (id) => this.resolve(id));
    return values;
  }

  exists(table: string, id: string): boolean {
    return this.stmt(`SELECT 1 FROM "${table}" WHERE id = ?`).get(id) !== undefined;
  }

  get(table: string, id: string): Row | undefined {
    let select = this.selects.get(table);
    if (!select) {
      const spec = mergeTable(table);
      const columns = ['id', 'created_at', 'updated_at', ...spec.fields, ...(spec.local ?? [])];
      select = this.db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" WHERE id = ?`);
      this.selects.set(table, select);
    }
    return select.get(id) as Row | undefined;
  }

  clocks(table: string, id: string): Clocks {
    const rows = this.stmt('SELECT field, hlc, member_id FROM sync_field_clocks WHERE tbl = ? AND row_id = ?').all(
      table,
      id,
    ) as { field: string; hlc: number; member_id: string | null }[];
    return new Map(rows.map((r) => [r.field, { hlc: r.hlc, memberId: r.member_id }]));
  }

  /** A row here that is the same thing as `values` under another id (by name or by its pair), if exactly one. */
  naturalMatch(table: MergeTable, values: Row, id: string): string | null {
    if (table.pairKey) {
      if (table.pairKey.some((c) => values[c] === null || values[c] === undefined)) return null;
      const where = table.pairKey.map((c) => `"${c}" = ?`).join(' AND ');
      const found = this.stmt(`SELECT id FROM "${table.name}" WHERE ${where} AND id <> ?`)
        .pluck()
        .get(...table.pairKey.map((c) => values[c]), id) as string | undefined;
      return found ?? null;
    }
    if (!table.nameKey) return null;
    const key = this.nameKey(table, values);
    if (key === null) return null;
    const isSelf = (x: string) => table.name === 'team_members' && this.selfIds.has(x);
    const candidates = (this.keysOf(table).get(key) ?? []).filter((c) => c !== id && !(isSelf(c) && isSelf(id)));
    if (table.name === 'team_members') {
      const answer = this.answerFor(id, candidates);
      if (answer === 'new') return null;
      if (answer !== undefined) {
        this.recognised.push({ table: table.name, name: String(values.name), kept: '', merged: '' });
        return answer;
      }
    }
    if (candidates.length === 1) {
      this.recognised.push({ table: table.name, name: String(values.name), kept: '', merged: '' });
      return candidates[0]!;
    }
    if (candidates.length > 1) {
      const named = (c: string) => ({
        id: c,
        name: (this.stmt('SELECT name FROM team_members WHERE id = ?').pluck().get(c) as string | undefined) ?? '',
        cases: this.stmt('SELECT count(*) FROM cases WHERE owner_id = ? AND deleted_at IS NULL')
          .pluck()
          .get(c) as number,
      });
      this.ambiguous.push({
        table: table.name,
        name: String(values.name),
        ...(table.name === 'team_members' ? { id, candidates: candidates.map(named) } : {}),
      });
    }
    return null;
  }

  /**
   * The seller's answer for a file's team member, when it names one of the members the name could be (an answer
   * naming anyone else is ignored: the question is asked again); undefined when there is none.
   */
  private answerFor(id: string, candidates: readonly string[]): string | undefined {
    const answer = this.members[id];
    if (answer === 'new') return 'new';
    if (answer === undefined) return undefined;
    const chosen = this.resolve(answer);
    return candidates.includes(chosen) ? chosen : undefined;
  }

  private nameKey(table: MergeTable, values: Row): string | null {
    const parts: string[] = [];
    for (const column of table.nameKey ?? []) {
      const v = values[column];
      if (typeof v !== 'string') return null;
      const part = column === 'name' ? normaliseName(v) : this.resolve(v);
      if (part === '') return null;
      parts.push(part);
    }
    return parts.join('\u0000');
  }

  private keysOf(table: MergeTable): Map<string, string[]> {
    const cached = this.nameKeys.get(table.name);
    if (cached) return cached;
    const columns = ['id', ...(table.nameKey ?? [])];
    const map = new Map<string, string[]>();
    for (const row of this.stmt(
      `SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table.name}"`,
    ).all() as Row[]) {
      const key = this.nameKey(table, row);
      if (key === null) continue;
      const list = map.get(key) ?? [];
      list.push(row.id as string);
      map.set(key, list);
    }
    this.nameKeys.set(table.name, map);
    return map;
  }

  private touched(table: string): void {
    this.nameKeys.delete(table);
    // Reasons are keyed by their category too.
    if (table === 'reason_categories') this.nameKeys.delete('reasons');
  }

  /** Which of two ids stays: the lower, but for team members the one that is somebody's own id first. */
  private keeper(table: string, a: string, b: string): string {
    if (table === 'team_members') {
      const sa = this.selfIds.has(a);
      const sb = this.selfIds.has(b);
      if (sa !== sb) return sa ? a : b;
    }
    return a < b ? a : b;
  }

  /** Makes two ids one; returns the id that stays. The row here under the other id moves to it. */
  unify(table: string, a: string, b: string): string {
    const ra = this.resolve(a);
    const rb = this.resolve(b);
    if (ra === rb) return ra;
    const keep = this.keeper(table, ra, rb);
    const gone = keep === ra ? rb : ra;
    this.aliases.set(gone, keep);
    this.stmt('INSERT OR REPLACE INTO sync_aliases (alias_id, tbl, canonical_id) VALUES (?, ?, ?)').run(
      gone,
      table,
      keep,
    );
    const last = this.recognised[this.recognised.length - 1];
    if (last && last.kept === '' && last.table === table) Object.assign(last, { kept: keep, merged: gone });
    this.relocate(table, gone, keep);
    return keep;
  }

  private relocate(table: string, from: string, to: string): void {
    const spec = mergeTable(table);
    const a = this.get(table, from);
    if (a) {
      const b = this.get(table, to);
      if (!b) {
        this.stmt(`UPDATE "${table}" SET id = ? WHERE id = ?`).run(to, from);
        this.stmt('UPDATE sync_field_clocks SET row_id = ? WHERE tbl = ? AND row_id = ?').run(to, table, from);
      } else {
        const ca = this.clocks(table, from);
        const cb = this.clocks(table, to);
        const set: Record<string, Value> = {};
        const stamps: Record<string, FieldClock> = {};
        const av = this.resolveRow(spec, a);
        const bv = this.resolveRow(spec, b);
        for (const field of spec.fields) {
          const l = { stamp: this.canonicalStamp(effective(cb, field, b.updated_at)), value: bv[field] ?? null };
          const r = { stamp: this.canonicalStamp(effective(ca, field, a.updated_at)), value: av[field] ?? null };
          if (compareFields(l, r) > 0) {
            stamps[field] = r.stamp;
            if (l.value !== r.value) set[field] = r.value;
          }
        }
        this.stmt(`DELETE FROM "${table}" WHERE id = ?`).run(from);
        if (a.is_me === 1) this.stmt('UPDATE team_members SET is_me = 1 WHERE id = ?').run(to);
        const updatedAt = String(a.updated_at) > String(b.updated_at) ? String(a.updated_at) : null;
        const createdAt = String(a.created_at) < String(b.created_at) ? String(a.created_at) : null;
        this.update(spec, to, set, stamps, updatedAt, createdAt);
      }
    }
    this.repoint(table, from, to);
    this.touched(table);
  }

  /** Every reference to `from` now names `to`; link rows that thereby become one are made one. */
  private repoint(table: string, from: string, to: string): void {
    for (const child of mergeTables) {
      for (const [column, target] of Object.entries(child.refs)) {
        if (target !== table && target !== '*') continue;
        const key = child.pairKey ?? child.nameKey;
        if (key?.includes(column)) {
          const others = key.filter((c) => c !== column);
          const moving = this.stmt(`SELECT * FROM "${child.name}" WHERE "${column}" = ?`).all(from) as Row[];
          for (const row of moving) {
            const twin = this.twin(child, column, to, others, row);
            if (twin) {
              const keep = this.unify(child.name, row.id as string, twin);
              this.stmt(`UPDATE "${child.name}" SET "${column}" = ? WHERE id = ? AND "${column}" = ?`).run(
                to,
                keep,
                from,
              );
            }
          }
        }
        this.stmt(`UPDATE "${child.name}" SET "${column}" = ? WHERE "${column}" = ?`).run(to, from);
        if (child.nameKey || child.pairKey) this.touched(child.name);
      }
    }
    if (table === 'criteria') this.repointWeighedCriteria(from, to);
    if (table === 'team_members') {
      this.stmt('UPDATE sync_field_clocks SET member_id = ? WHERE member_id = ?').run(to, from);
      const old = this.stmt('SELECT hlc FROM sync_seen WHERE member_id = ?').pluck().get(from) as number | undefined;
      if (old !== undefined) {
        this.stmt('DELETE FROM sync_seen WHERE member_id = ?').run(from);
        this.recordSeen(new Map([[to, old]]));
      }
    }
  }

  private repointWeighedCriteria(from: string, to: string): void {
    const people = this.stmt('SELECT id, weighed_criteria FROM people WHERE instr(weighed_criteria, ?) > 0').all(
      from,
    ) as { id: string; weighed_criteria: string }[];
    const update = this.stmt('UPDATE people SET weighed_criteria = ? WHERE id = ?');
    for (const person of people) {
      const next = repointWeighed(person.weighed_criteria, (id) => (id === from ? to : id));
      if (next !== person.weighed_criteria) update.run(next, person.id);
    }
  }

  /** The row that `row` becomes the same as once its `column` reads `to`. */
  private twin(child: MergeTable, column: string, to: string, others: string[], row: Row): string | null {
    if (child.pairKey) {
      const where = others.map((c) => `"${c}" = ?`).join(' AND ');
      const sql = `SELECT id FROM "${child.name}" WHERE "${column}" = ?${where ? ` AND ${where}` : ''} AND id <> ?`;
      return (
        (this.stmt(sql)
          .pluck()
          .get(to, ...others.map((c) => row[c]), row.id) as string | undefined) ?? null
      );
    }
    const key = this.nameKey(child, { ...row, [column]: to });
    if (key === null) return null;
    const candidates = (this.keysOf(child).get(key) ?? []).filter((c) => c !== row.id);
    return candidates.length === 1 ? candidates[0]! : null;
  }

  insert(table: MergeTable, values: Row, raw: Row, remoteClocks: Clocks | undefined): void {
    let prepared = this.inserts.get(table.name);
    if (!prepared) {
      const columns = ['id', 'created_at', 'updated_at', ...table.fields];
      const extra = table.name === 'team_members' ? ', "is_me"' : '';
      const sql = `INSERT INTO "${table.name}" (${columns.map((c) => `"${c}"`).join(', ')}${extra}) VALUES (${columns.map(() => '?').join(', ')}${extra ? ', 0' : ''})`;
      prepared = { statement: this.db.prepare(sql), columns };
      this.inserts.set(table.name, prepared);
    }
    prepared.statement.run(...prepared.columns.map((c) => values[c] ?? null));
    const write = this.stmt(
      'INSERT OR REPLACE INTO sync_field_clocks (tbl, row_id, field, hlc, member_id) VALUES (?, ?, ?, ?, ?)',
    );
    const birth = this.canonicalStamp(remoteClocks?.get('*') ?? legacyStamp(raw.updated_at));
    write.run(table.name, values.id, '*', birth.hlc, birth.memberId);
    for (const field of table.fields) {
      const stamp = remoteClocks?.get(field);
      if (stamp) {
        const s = this.canonicalStamp(stamp);
        write.run(table.name, values.id, field, s.hlc, s.memberId);
      }
    }
    if (table.nameKey) {
      // Kept current rather than rebuilt: a file of new customers would otherwise rebuild it per row.
      const key = this.nameKey(table, values);
      const map = this.nameKeys.get(table.name);
      if (map && key !== null) map.set(key, [...(map.get(key) ?? []), values.id as string]);
    }
  }

  update(
    table: MergeTable,
    id: string,
    set: Record<string, Value>,
    stamps: Record<string, FieldClock>,
    updatedAt: string | null,
    createdAt: string | null,
  ): void {
    const current = this.get(table.name, id);
    if (!current) return;
    // The fields this merge leaves alone keep the stamp they had, even when updated_at moves.
    const birth = legacyStamp(current.updated_at);
    this.stmt(
      "INSERT OR IGNORE INTO sync_field_clocks (tbl, row_id, field, hlc, member_id) VALUES (?, ?, '*', ?, NULL)",
    ).run(table.name, id, birth.hlc);
    const changes: Record<string, Value> = { ...set };
    if (updatedAt) changes.updated_at = updatedAt;
    if (createdAt) changes.created_at = createdAt;
    const columns = Object.keys(changes);
    if (columns.length > 0) {
      this.stmt(`UPDATE "${table.name}" SET ${columns.map((c) => `"${c}" = ?`).join(', ')} WHERE id = ?`).run(
        ...columns.map((c) => changes[c] ?? null),
        id,
      );
    }
    const write = this.stmt(
      'INSERT OR REPLACE INTO sync_field_clocks (tbl, row_id, field, hlc, member_id) VALUES (?, ?, ?, ?, ?)',
    );
    for (const [field, stamp] of Object.entries(stamps)) write.run(table.name, id, field, stamp.hlc, stamp.memberId);
    if (table.nameKey && Object.keys(set).some((c) => table.nameKey!.includes(c))) this.touched(table.name);
  }
}
