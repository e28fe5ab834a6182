/**
 * The app's hot reads outside the review held to their indexes with EXPLAIN QUERY PLAN: the case list (by
 * default, per customer, per owner, per competitor, the trash), one case's children, a customer's people,
 * related lessons. Each method is run through dispatch while every statement it prepares is recorded with its
 * arguments, and each recorded SELECT is then explained with those same arguments, so the test holds the SQL
 * the services really send, not a copy of it. (The review's own queries: test/analytics/plans.test.ts.)
 */
import type Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { createTestWorkspace } from '../helpers/temp-workspace';

type Recorded = { sql: string; args: unknown[] };
type Statement = Database.Statement<unknown[]>;

/** Records every statement run on any connection while `fn` runs (better-sqlite3 shares one prototype). */
function recording(sqlite: Database.Database, fn: () => void): Recorded[] {
  const proto = Object.getPrototypeOf(sqlite.prepare('select 1')) as Record<string, unknown>;
  const names = ['all', 'get', 'iterate', 'run'] as const;
  const originals = names.map((name) => proto[name] as (...args: unknown[]) => unknown);
  const seen: Recorded[] = [];
  names.forEach((name, i) => {
    proto[name] = function (this: Statement, ...args: unknown[]) {
      seen.push({ sql: this.source, args });
      return originals[i]!.apply(this, args);
    };
  });
  try {
    fn();
  } finally {
    names.forEach((name, i) => (proto[name] = originals[i]));
  }
  return seen;
}

function plansOf(sqlite: Database.Database, statements: Recorded[]): string[] {
  return statements
    .filter((s) => /^\s*(select|with)\b/i.test(s.sql) && !/^\s*select\s+1\s*$/i.test(s.sql))
    .map((s) => {
      const rows = sqlite.prepare(`explain query plan ${s.sql}`).all(...s.args) as { detail: string }[];
      return `${s.sql}\n  ${rows.map((r) => r.detail).join('\n  ')}`;
    });
}

function setUp() {
  const t = createTestWorkspace();
  const call = <T>(method: string, input: unknown): T => {
    const envelope = t.ws.dispatchSync(method, input);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as T;
  };
  const deal = call<{ id: string; accountId: string }>('cases.create', {
    title: 'Fleet',
    accountName: 'Acme',
  });
  const plan = (method: string, input: unknown) =>
    plansOf(
      t.ws.ctx.sqlite,
      recording(t.ws.ctx.sqlite, () => call(method, input)),
    ).join('\n');
  // Plans do not depend on whether the competitor exists (no ANALYZE statistics here).
  return {
    plan,
    deal,
    ownerId: '00000000-0000-4000-8000-000000000001',
    competitorId: '00000000-0000-4000-8000-000000000002',
  };
}

/** The tables that grow with the history: none may be read whole. */
const big = ['cases', 'case_competitors', 'case_people', 'case_reasons', 'interactions', 'lessons', 'people'];
const fullScans = (plan: string) =>
  plan
    .split('\n')
    .filter((line) => big.some((table) => new RegExp(`^\\s*SCAN ${table}\\b(?! USING (COVERING )?INDEX)`).test(line)));

describe('hot reads use their indexes', () => {
  test('the case list: newest first from the live/updated index, no sort of all cases', () => {
    const { plan } = setUp();
    const lines = plan('cases.list', {});
    expect(lines).toMatch(/cases USING INDEX cases_live_updated_idx/);
    expect(lines).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
    expect(fullScans(lines)).toEqual([]);
  });

  test('the case list of one customer, one owner, one competitor: a search, not a scan', () => {
    const { plan, deal, ownerId, competitorId } = setUp();
    expect(plan('cases.list', { accountId: deal.accountId })).toMatch(/SEARCH cases USING INDEX cases_account_idx/);
    expect(plan('cases.list', { ownerId })).toMatch(/SEARCH cases USING INDEX cases_owner_idx/);
    const byCompetitor = plan('cases.list', { competitorId });
    expect(byCompetitor).toMatch(
      /SEARCH case_competitors (EXISTS )?USING COVERING INDEX case_competitors_review_idx \(case_id=\?/,
    );
    for (const input of [{ accountId: deal.accountId }, { ownerId }, { competitorId }, { trash: true }]) {
      expect(fullScans(plan('cases.list', input)), JSON.stringify(input)).toEqual([]);
    }
  });

  test("one case and its children: by primary key and by each child's case index", () => {
    const { plan, deal } = setUp();
    expect(plan('cases.get', { id: deal.id })).toMatch(/SEARCH \w+ USING INDEX sqlite_autoindex_cases_1 \(id=\?\)/);
    for (const [method, input] of [
      ['debrief.get', { caseId: deal.id }],
      ['interactions.list', { caseId: deal.id }],
      ['lessons.list', { caseId: deal.id }],
      ['lessons.related', { caseId: deal.id }],
      ['people.list', { accountId: deal.accountId }],
      ['powermap.get', { accountId: deal.accountId }],
    ] as const) {
      expect(fullScans(plan(method, input)), method).toEqual([]);
    }
    expect(plan('interactions.list', { caseId: deal.id })).toMatch(
      /SEARCH interactions USING INDEX interactions_\w+ \(case_id=\?/,
    );
    expect(plan('people.list', { accountId: deal.accountId })).toMatch(/SEARCH people USING INDEX people_account_idx/);
  });
});
