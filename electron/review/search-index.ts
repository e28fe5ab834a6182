/**
 * The "find anything" index: derived_search (FTS5) over cases, accounts, people, lessons and actions, keyed
 * through derived_search_keys. Triggers from migration 0012 keep it current row by row; a bulk load runs
 * without triggers and rebuilds it here once.
 * Changes with: migrations/0012_seller_day.sql (the same columns per kind), shared/search/fts-query.ts.
 */
import type Database from 'better-sqlite3';
import type { SearchKind } from '../../shared/contract/search';

/** Each kind's table and the words it is found by (the migration's triggers index the same text). */
const sources: Record<SearchKind, { table: string; body: string }> = {
  case: {
    table: 'cases',
    body: "r.title || ' ' || coalesce(r.offering, '') || ' ' || coalesce(r.next_step, '') || ' ' || r.notes",
  },
  account: { table: 'accounts', body: "r.name || ' ' || coalesce(r.industry, '') || ' ' || coalesce(r.region, '')" },
  person: { table: 'people', body: "r.name || ' ' || r.title" },
  lesson: { table: 'lessons', body: 'r.text' },
  action: { table: 'actions', body: 'r.title' },
};

/** Every row's words from scratch: after a bulk load that ran without the triggers (sample generator). */
export function rebuildSearchIndex(sqlite: Database.Database): void {
  sqlite.transaction(() => {
    sqlite.exec('delete from derived_search; delete from derived_search_keys;');
    for (const [kind, { table, body }] of Object.entries(sources)) {
      sqlite.prepare(`insert into derived_search_keys (kind, ref_id) select ?, id from ${table}`).run(kind);
      sqlite
        .prepare(
          `insert into derived_search (rowid, body) select k.key, ${body} from ${table} r
           join derived_search_keys k on k.kind = ? and k.ref_id = r.id where r.deleted_at is null`,
        )
        .run(kind);
    }
    // One b-tree per index after a bulk build, so the first searches do not pay for merging segments.
    sqlite.exec("insert into derived_search (derived_search) values ('optimize')");
  })();
}

export interface SearchHitRow {
  kind: SearchKind;
  refId: string;
}

/**
 * How many of the newest matches are ranked. A word start typed so far ("pr") matches a large share of 100,000
 * cases, and ranking every match costs 100 ms; FTS5 walks its matches newest first (keys grow as rows are
 * added) and stops here, so a broad query ranks the recent ones and a precise one ranks all of its few.
 */
export const RANKED_MATCHES = 1000;

/** The best-ranked rows for an FTS5 match expression (built by shared/search/fts-query.ts). */
export function matchSearchIndex(sqlite: Database.Database, match: string, limit: number): SearchHitRow[] {
  return sqlite
    .prepare(
      `select k.kind as kind, k.ref_id as refId
       from (select rowid, rank from derived_search where derived_search match ? order by rowid desc limit ?) s
       join derived_search_keys k on k.key = s.rowid
       order by s.rank, s.rowid desc limit ?`,
    )
    .all(match, RANKED_MATCHES, limit) as SearchHitRow[];
}
