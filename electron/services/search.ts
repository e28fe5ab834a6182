/**
 * "Find anything": the FTS5 index picks and ranks the hits (electron/review/search-index.ts), then each
 * kind's rows give the hit its name, where it belongs and the page that shows it.
 * Changes with: shared/contract/search.ts.
 */
import type { SearchHit, SearchKind } from '../../shared/contract/search';
import { ftsQuery } from '../../shared/search/fts-query';
import { matchSearchIndex } from '../review/search-index';
import type { HandlerMap } from './handler';

type Described = Omit<SearchHit, 'kind' | 'id'>;

/** One query per kind, over the few ids found: label, context and page of each. */
const describe: Record<SearchKind, { sql: string; hit: (r: Record<string, string>) => Described }> = {
  case: {
    sql: `select c.id, c.title, a.name as account, c.outcome from cases c join accounts a on a.id = c.account_id
          where c.id in (select value from json_each(?))`,
    hit: (r) => ({
      label: r.title ?? '',
      context: `${r.account} · ${r.outcome}`,
      href: `/cases/${r.id}`,
    }),
  },
  account: {
    sql: `select id, name, coalesce(industry, '') as industry from accounts where id in (select value from json_each(?))`,
    hit: (r) => ({ label: r.name ?? '', context: r.industry || 'Customer', href: `/accounts/${r.id}` }),
  },
  person: {
    sql: `select p.id, p.name, p.title, a.name as account, a.id as account_id from people p
          join accounts a on a.id = p.account_id where p.id in (select value from json_each(?))`,
    hit: (r) => ({
      label: r.name ?? '',
      context: [r.title, r.account].filter(Boolean).join(' · '),
      href: `/accounts/${r.account_id}`,
    }),
  },
  lesson: {
    sql: `select l.id, l.text, c.title, c.id as case_id from lessons l join cases c on c.id = l.case_id
          where l.id in (select value from json_each(?))`,
    hit: (r) => ({ label: r.text ?? '', context: `From ${r.title}`, href: `/cases/${r.case_id}` }),
  },
  action: {
    sql: `select id, title, kind, status, coalesce(due_on, '') as due from actions where id in (select value from json_each(?))`,
    hit: (r) => ({
      label: r.title ?? '',
      context: `${r.kind} action · ${r.status}`,
      href: `/actions?focus=${r.id}`,
    }),
  },
};

export const searchHandlers: HandlerMap<'search'> = {
  'search.query': (ctx, { text, limit }) => {
    const started = performance.now();
    const match = ftsQuery(text);
    if (!match) return { hits: [], ms: 0 };
    const found = matchSearchIndex(ctx.sqlite, match, limit);
    const byKind = new Map<SearchKind, string[]>();
    for (const f of found) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f.refId]);
    const described = new Map<string, Described>();
    for (const [kind, ids] of byKind) {
      const rows = ctx.sqlite.prepare(describe[kind].sql).all(JSON.stringify(ids)) as Record<string, string>[];
      for (const row of rows) described.set(`${kind}:${row.id}`, describe[kind].hit(row));
    }
    const hits = found.flatMap((f): SearchHit[] => {
      const d = described.get(`${f.kind}:${f.refId}`);
      return d ? [{ kind: f.kind, id: f.refId, ...d }] : [];
    });
    return { hits, ms: Math.round((performance.now() - started) * 10) / 10 };
  },
};
