/**
 * Import rows (read.ts) into the database, a chunk per transaction. A row with an external id that a case
 * already carries updates that case, and only in the fields the file carries whose value changed; a row
 * without one is a new case. Accounts, owners, competitors, stages and lost reasons link by normalised name,
 * each new one created once. Every created row and every changed field (before and after) goes to the import's
 * journal, so undo.ts can take the import back, and a cancelled import leaves nothing behind.
 * Changes with: read.ts (ImportRow), undo.ts (reads the journal), electron/db/schema/imports.ts.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { normaliseName } from '../../shared/text/normalise-name';
import type { FieldName } from './mapping';
import { outcomeFromText } from './outcome';
import type { ImportRow } from './read';

/** The category unmatched lost reasons land in, so the seller can fold them into the reason list later. */
export const IMPORTED_CATEGORY = 'Imported';
const NO_ACCOUNT = 'Unknown account';

/** Case columns an import may write, with the mapping fields that feed each. */
const caseFields = {
  title: ['title', 'account', 'offering'],
  account_id: ['account'],
  owner_id: ['owner'],
  offering: ['offering'],
  stage_id: ['stage', 'outcome'],
  outcome: ['outcome', 'stage', 'wonFlag', 'closedFlag'],
  value_minor: ['value'],
  currency: ['value', 'currency'],
  opened_on: ['openedAt'],
  expected_close_on: ['expectedClose'],
  closed_on: ['closedAt'],
} as const satisfies Record<string, readonly FieldName[]>;
type CaseColumn = keyof typeof caseFields;
type CaseValues = Record<CaseColumn, string | number | null>;

export interface ImportMeta {
  id: string;
  fileName: string;
  fileHash: string;
  signature: string;
  format: string;
  mapping: unknown;
  /** Mapping fields whose columns the file has: only these may change an existing case. */
  carried: FieldName[];
  /** Match `Winloop Case ID` against our own case ids too (a Winloop export coming back). */
  matchOwnIds: boolean;
  now: () => Date;
}

export interface ChunkCounts {
  imported: number;
  updated: number;
  unchanged: number;
}

export interface Created {
  accounts: string[];
  owners: string[];
  competitors: string[];
  stages: string[];
  /** Lost reasons no reason of ours matched: filed under "Imported". */
  reasons: string[];
}

type Kind = 'accounts' | 'team_members' | 'competitors' | 'stages';

/** Name → id for the live rows of a reference table, keyed by normalised name (the first row wins). */
function nameIndex(sqlite: Database.Database, table: Kind): Map<string, string> {
  const rows = sqlite
    .prepare(`select id, name from ${table} where deleted_at is null order by created_at, id`)
    .all() as { id: string; name: string }[];
  const index = new Map<string, string>();
  for (const r of rows) {
    const key = normaliseName(r.name);
    if (!index.has(key)) index.set(key, r.id);
  }
  return index;
}

/** An import under way: the name indexes, the statements and the running counts, across its chunks. */
export class ImportSession {
  readonly counts: ChunkCounts = { imported: 0, updated: 0, unchanged: 0 };
  readonly created: Created = { accounts: [], owners: [], competitors: [], stages: [], reasons: [] };
  private readonly names: Record<Kind, Map<string, string>>;
  private reasonIndex: Map<string, string>;
  private importedCategory: string | null = null;
  private nextStage: number;
  private readonly carried: Set<FieldName>;
  private readonly st;

  constructor(
    private readonly sqlite: Database.Database,
    readonly meta: ImportMeta,
  ) {
    this.carried = new Set(meta.carried);
    this.names = {
      accounts: nameIndex(sqlite, 'accounts'),
      team_members: nameIndex(sqlite, 'team_members'),
      competitors: nameIndex(sqlite, 'competitors'),
      stages: nameIndex(sqlite, 'stages'),
    };
    this.reasonIndex = new Map();
    const reasons = sqlite
      .prepare(
        `select r.id, r.name from reasons r join reason_categories c on c.id = r.category_id
         where r.deleted_at is null and c.deleted_at is null and r.kind in ('loss', 'either')
         order by c.position, r.name`,
      )
      .all() as { id: string; name: string }[];
    for (const r of reasons)
      if (!this.reasonIndex.has(normaliseName(r.name))) this.reasonIndex.set(normaliseName(r.name), r.id);
    // The seller's own folding of imported reasons wins over a name match.
    for (const m of sqlite.prepare('select key, reason_id from import_reason_map').all() as {
      key: string;
      reason_id: string;
    }[])
      this.reasonIndex.set(m.key, m.reason_id);
    this.importedCategory =
      (sqlite
        .prepare('select id from reason_categories where name = ? and deleted_at is null')
        .pluck()
        .get(IMPORTED_CATEGORY) as string | undefined) ?? null;
    this.nextStage =
      (sqlite.prepare('select coalesce(max(position), -1) + 1 from stages').pluck().get() as number) ?? 0;
    this.st = {
      byExternal: sqlite.prepare(
        `select id, title, account_id, owner_id, offering, stage_id, outcome, value_minor, currency, opened_on,
                expected_close_on, closed_on from cases where external_id = ?`,
      ),
      byId: sqlite.prepare(
        `select id, title, account_id, owner_id, offering, stage_id, outcome, value_minor, currency, opened_on,
                expected_close_on, closed_on from cases where id = ?`,
      ),
      insertCase: sqlite.prepare(
        `insert into cases (id, created_at, updated_at, title, account_id, offering, value_minor, currency, source,
           owner_id, opened_on, expected_close_on, closed_on, stage_id, outcome, external_id)
         values (@id, @now, @now, @title, @account_id, @offering, @value_minor, @currency, @source, @owner_id,
           @opened_on, @expected_close_on, @closed_on, @stage_id, @outcome, @external_id)`,
      ),
      journal: sqlite.prepare(
        `insert into import_changes (import_id, entity, row_id, action, before, after) values (?, ?, ?, ?, ?, ?)`,
      ),
      hasReason: sqlite.prepare('select 1 from case_reasons where case_id = ? and reason_id = ?').pluck(),
      insertReason: sqlite.prepare(
        `insert into case_reasons (id, created_at, updated_at, case_id, reason_id, is_primary, evidence, confidence)
         values (?, ?, ?, ?, ?, ?, 'our_view', 'medium')`,
      ),
      hasPrimary: sqlite
        .prepare('select 1 from case_reasons where case_id = ? and is_primary = 1 and deleted_at is null')
        .pluck(),
      hasCompetitor: sqlite.prepare('select 1 from case_competitors where case_id = ? and competitor_id = ?').pluck(),
      insertCompetitor: sqlite.prepare(
        `insert into case_competitors (id, created_at, updated_at, case_id, competitor_id) values (?, ?, ?, ?, ?)`,
      ),
    };
  }

  /** Writes the history row; call once, before the first chunk. */
  begin(): void {
    const m = this.meta;
    this.sqlite
      .prepare(
        `insert into imports (id, started_at, status, file_name, file_hash, signature, format, mapping)
         values (?, ?, 'running', ?, ?, ?, ?, ?)`,
      )
      .run(m.id, m.now().toISOString(), m.fileName, m.fileHash, m.signature, m.format, JSON.stringify(m.mapping));
  }

  /**
   * One chunk in one IMMEDIATE transaction: all of it is written, or none of it. `enough`, asked after each row,
   * ends the chunk early with the rows so far (the engine's writer lets a waiting save in); `written` says how
   * many of `rows` that was.
   */
  applyChunk(rows: ImportRow[], enough?: () => boolean): ChunkCounts & { written: number } {
    const before = { ...this.counts };
    const createdBefore = structuredClone(this.created);
    const indexesBefore = this.snapshotIndexes();
    let written = 0;
    try {
      this.sqlite
        .transaction(() => {
          const now = this.meta.now().toISOString();
          for (const row of rows) {
            this.applyRow(row, now);
            written++;
            if (enough?.()) break;
          }
        })
        .immediate();
    } catch (error) {
      // The transaction rolled back: so do the names it had created.
      Object.assign(this.counts, before);
      Object.assign(this.created, createdBefore);
      this.restoreIndexes(indexesBefore);
      throw error;
    }
    return {
      imported: this.counts.imported - before.imported,
      updated: this.counts.updated - before.updated,
      unchanged: this.counts.unchanged - before.unchanged,
      written,
    };
  }

  /** Marks the import done with its final counts and rejects. */
  finish(totals: { read: number; rejected: number; rejects: unknown[] }): void {
    this.sqlite
      .prepare(
        `update imports set status = 'done', finished_at = ?, rows_read = ?, imported = ?, updated = ?, unchanged = ?,
           rejected = ?, rejects = ?, created = ? where id = ?`,
      )
      .run(
        this.meta.now().toISOString(),
        totals.read,
        this.counts.imported,
        this.counts.updated,
        this.counts.unchanged,
        totals.rejected,
        JSON.stringify(totals.rejects),
        JSON.stringify(this.created),
        this.meta.id,
      );
  }

  private snapshotIndexes() {
    return {
      names: Object.fromEntries(Object.entries(this.names).map(([k, v]) => [k, new Map(v)])) as Record<
        Kind,
        Map<string, string>
      >,
      reasons: new Map(this.reasonIndex),
      category: this.importedCategory,
      nextStage: this.nextStage,
    };
  }

  private restoreIndexes(s: ReturnType<ImportSession['snapshotIndexes']>): void {
    Object.assign(this.names, s.names);
    this.reasonIndex = s.reasons;
    this.importedCategory = s.category;
    this.nextStage = s.nextStage;
  }

  private created_(entity: string, id: string): void {
    this.st.journal.run(this.meta.id, entity, id, 'created', null, null);
  }

  /** The id for a name in a reference table, creating the row (once) when no live row has that name. */
  private link(kind: Kind, name: string, now: string): string {
    const key = normaliseName(name);
    const found = this.names[kind].get(key);
    if (found) return found;
    const id = randomUUID();
    const clean = name.trim().replace(/\s+/g, ' ');
    if (kind === 'stages') {
      this.sqlite
        .prepare('insert into stages (id, created_at, updated_at, name, position) values (?, ?, ?, ?, ?)')
        .run(id, now, now, clean, this.nextStage++);
    } else {
      this.sqlite
        .prepare(`insert into ${kind} (id, created_at, updated_at, name) values (?, ?, ?, ?)`)
        .run(id, now, now, clean);
    }
    this.names[kind].set(key, id);
    this.created_(kind, id);
    const list = {
      accounts: 'accounts',
      team_members: 'owners',
      competitors: 'competitors',
      stages: 'stages',
    } as const;
    this.created[list[kind]].push(clean);
    return id;
  }

  private lostReason(name: string, now: string): string {
    const key = normaliseName(name);
    const found = this.reasonIndex.get(key);
    if (found) return found;
    if (this.importedCategory === null) {
      const id = randomUUID();
      const position = this.sqlite
        .prepare('select coalesce(max(position), -1) + 1 from reason_categories')
        .pluck()
        .get() as number;
      this.sqlite
        .prepare('insert into reason_categories (id, created_at, updated_at, name, position) values (?, ?, ?, ?, ?)')
        .run(id, now, now, IMPORTED_CATEGORY, position);
      this.created_('reason_categories', id);
      this.importedCategory = id;
    }
    const id = randomUUID();
    const clean = name.trim().replace(/\s+/g, ' ');
    this.sqlite
      .prepare(
        `insert into reasons (id, created_at, updated_at, category_id, name, kind) values (?, ?, ?, ?, ?, 'loss')`,
      )
      .run(id, now, now, this.importedCategory, clean);
    this.created_('reasons', id);
    this.sqlite
      .prepare('insert into import_reason_map (key, imported_name, reason_id) values (?, ?, ?)')
      .run(key, clean, id);
    this.created_('import_reason_map', key);
    this.reasonIndex.set(key, id);
    this.created.reasons.push(clean);
    return id;
  }

  /** A row's case columns, names linked to ids (creating what is missing). */
  private values(row: ImportRow, now: string): CaseValues {
    // A stage that only says "Closed Won" is an outcome, not a step of the seller's process.
    const stage =
      row.stage !== null && (row.outcome === 'open' || outcomeFromText(row.stage) === null) ? row.stage : null;
    const openedOn = row.openedOn ?? row.closedOn ?? row.expectedCloseOn ?? now.slice(0, 10);
    return {
      title: row.title,
      account_id: this.link('accounts', row.account ?? NO_ACCOUNT, now),
      owner_id: row.owner === null ? null : this.link('team_members', row.owner, now),
      offering: row.offering,
      stage_id: stage === null ? null : this.link('stages', stage, now),
      outcome: row.outcome,
      value_minor: row.valueMinor ?? 0,
      currency: row.currency,
      opened_on: openedOn,
      expected_close_on: row.expectedCloseOn,
      closed_on: row.outcome === 'open' ? row.closedOn : (row.closedOn ?? row.expectedCloseOn),
    };
  }

  private applyRow(row: ImportRow, now: string): void {
    const existing =
      row.externalId === null
        ? undefined
        : ((this.st.byExternal.get(row.externalId) ??
            (this.meta.matchOwnIds ? this.st.byId.get(row.externalId) : undefined)) as
            ({ id: string } & CaseValues) | undefined);
    const values = this.values(row, now);
    if (!existing) {
      const id = randomUUID();
      this.st.insertCase.run({
        ...values,
        id,
        now,
        source: `import:${this.meta.format}`,
        external_id: row.externalId,
      });
      this.created_('cases', id);
      this.children(id, row, now);
      this.counts.imported++;
      return;
    }
    // Only what the file carries, and never a blank cell over a value the seller has.
    const before: Partial<CaseValues> = {};
    const after: Partial<CaseValues> = {};
    for (const column of Object.keys(caseFields) as CaseColumn[]) {
      if (!caseFields[column].some((f) => this.carried.has(f))) continue;
      const next = values[column];
      if (next === null || next === existing[column]) continue;
      if (column === 'title' && !this.carried.has('title')) continue;
      before[column] = existing[column];
      after[column] = next;
    }
    const addedChildren = this.children(existing.id, row, now);
    const columns = Object.keys(after) as CaseColumn[];
    if (columns.length > 0) {
      this.sqlite
        .prepare(`update cases set ${columns.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @now where id = @id`)
        .run({ ...after, now, id: existing.id });
      this.st.journal.run(this.meta.id, 'cases', existing.id, 'updated', JSON.stringify(before), JSON.stringify(after));
    }
    if (columns.length > 0 || addedChildren) this.counts.updated++;
    else this.counts.unchanged++;
  }

  /** The lost reason and the competitor a row names, added when the case does not have them yet. */
  private children(caseId: string, row: ImportRow, now: string): boolean {
    let added = false;
    if (row.lostReason !== null && row.outcome !== 'won' && row.outcome !== 'open' && this.carried.has('lostReason')) {
      const reasonId = this.lostReason(row.lostReason, now);
      if (!this.st.hasReason.get(caseId, reasonId)) {
        const id = randomUUID();
        this.st.insertReason.run(id, now, now, caseId, reasonId, this.st.hasPrimary.get(caseId) ? 0 : 1);
        this.created_('case_reasons', id);
        added = true;
      }
    }
    if (row.competitor !== null && this.carried.has('competitor')) {
      const competitorId = this.link('competitors', row.competitor, now);
      if (!this.st.hasCompetitor.get(caseId, competitorId)) {
        const id = randomUUID();
        this.st.insertCompetitor.run(id, now, now, caseId, competitorId);
        this.created_('case_competitors', id);
        added = true;
      }
    }
    return added;
  }
}

/** The last finished, not undone import of exactly these bytes, if any: re-importing it would be a no-op. */
export function sameFileImport(
  sqlite: Database.Database,
  fileHash: string,
): { id: string; finishedAt: string; fileName: string } | null {
  return (
    (sqlite
      .prepare(
        `select id, finished_at as finishedAt, file_name as fileName from imports
         where file_hash = ? and status = 'done' order by finished_at desc limit 1`,
      )
      .get(fileHash) as { id: string; finishedAt: string; fileName: string } | undefined) ?? null
  );
}
