/**
 * A small database built row by row with drizzle inserts, so every figure a review test asserts can be
 * counted by hand. Vocabulary (stages, buyer steps, criteria, reasons) is the one migration 0001 seeds and is
 * looked up by name. The clock is pinned: today is 2026-03-10, so the default period is 2025-03-11 –
 * 2026-03-10 and the previous one 2024-03-11 – 2025-03-10.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { buildQuery, type ReviewQuery } from '../../electron/review/scope';
import {
  accounts,
  actions,
  caseBuyerSteps,
  caseCompetitors,
  caseCriteria,
  casePeople,
  cases,
  caseReasons,
  competitors,
  interactions,
  lessons,
  people,
  settings,
  teamMembers,
} from '../../electron/db/schema';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { openWorkspace } from '../../electron/workspace';
import type { ReviewScope, Summary } from '../../shared/contract/review';
import type {
  ActionScope,
  ActionStatus,
  BuyingRole,
  Channel,
  EvidenceSource,
  LessonKind,
  LessonTagKind,
  Outcome,
} from '../../shared/domain/vocabulary';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

export const TODAY = '2026-03-10';
const STAMP = '2026-03-10T09:00:00.000Z';

export interface CaseSpec {
  outcome: Outcome;
  closedOn?: string | null;
  openedOn?: string;
  valueMinor?: number;
  currency?: string;
  accountId?: string;
  ownerId?: string | null;
  offering?: string | null;
  stage?: string | null;
  probability?: number | null;
  winner?: string | null;
  debrief?: 'none' | 'pending' | 'done';
  title?: string;
  deleted?: boolean;
}

export function createFixture() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winloop-review-'));
  const file = path.join(dir, 'review.db');
  const workspace = openWorkspace(file, {
    migrationsFolder: MIGRATIONS_DIR,
    mode: 'memory',
    now: () => new Date(`${TODAY}T12:00:00`),
  });
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  cleanups.push(() => workspace.close());
  const { db, sqlite } = workspace.ctx;
  const row = () => ({ id: randomUUID(), createdAt: STAMP, updatedAt: STAMP, deletedAt: null });
  const idOf = (table: string, name: string): string => {
    const found = sqlite.prepare(`select id from ${table} where name = ?`).get(name) as { id: string } | undefined;
    if (!found) throw new Error(`No ${table} row named ${name}`);
    return found.id;
  };

  let defaultAccount: string | null = null;
  let caseNo = 0;

  const f = {
    file,
    idOf,
    /** Any statement, for the odd direct write a test needs. */
    run(sql: string, ...params: unknown[]): void {
      sqlite.prepare(sql).run(...params);
    },
    setting(key: 'countNoDecision' | 'currency', value: unknown) {
      db.insert(settings)
        .values({ key, value: JSON.stringify(value), updatedAt: STAMP })
        .onConflictDoUpdate({ target: settings.key, set: { value: JSON.stringify(value) } })
        .run();
    },
    member(name: string): string {
      const r = row();
      db.insert(teamMembers)
        .values({ ...r, name })
        .run();
      return r.id;
    },
    account(name: string, industry: string | null = null): string {
      const r = row();
      db.insert(accounts)
        .values({ ...r, name, industry })
        .run();
      return r.id;
    },
    competitor(name: string): string {
      const r = row();
      db.insert(competitors)
        .values({ ...r, name })
        .run();
      return r.id;
    },
    case(spec: CaseSpec): string {
      const r = row();
      defaultAccount ??= f.account('Default customer');
      caseNo += 1;
      const closedOn = spec.closedOn ?? null;
      db.insert(cases)
        .values({
          ...r,
          deletedAt: spec.deleted ? STAMP : null,
          title: spec.title ?? `Case ${caseNo}`,
          accountId: spec.accountId ?? defaultAccount,
          offering: spec.offering ?? null,
          valueMinor: spec.valueMinor ?? 100_00,
          currency: spec.currency ?? 'EUR',
          ownerId: spec.ownerId ?? null,
          openedOn: spec.openedOn ?? (closedOn ? closedOn.slice(0, 8) + '01' : '2026-01-01'),
          closedOn,
          stageId: spec.stage ? idOf('stages', spec.stage) : null,
          probability: spec.probability ?? null,
          outcome: spec.outcome,
          winnerCompetitorId: spec.winner ?? null,
          debrief: spec.debrief ?? (spec.outcome === 'open' ? 'none' : 'pending'),
        })
        .run();
      return r.id;
    },
    /** Several identical cases at once. */
    cases(count: number, spec: CaseSpec): string[] {
      return Array.from({ length: count }, () => f.case(spec));
    },
    met(caseId: string, competitorId: string, deleted = false) {
      db.insert(caseCompetitors)
        .values({ ...row(), caseId, competitorId, deletedAt: deleted ? STAMP : null })
        .run();
    },
    reason(caseId: string, reason: string, opts: { primary?: boolean; evidence?: EvidenceSource } = {}) {
      db.insert(caseReasons)
        .values({
          ...row(),
          caseId,
          reasonId: idOf('reasons', reason),
          isPrimary: opts.primary ?? true,
          evidence: opts.evidence ?? 'our_view',
          confidence: 'medium',
        })
        .run();
    },
    rate(caseId: string, criterion: string, importance: number, ours: number, rival: number | null) {
      db.insert(caseCriteria)
        .values({
          ...row(),
          caseId,
          criterionId: idOf('criteria', criterion),
          importance,
          ourRating: ours,
          rivalRating: rival,
        })
        .run();
    },
    person(accountId: string | null, buyingRole: BuyingRole | null = null): string {
      defaultAccount ??= f.account('Default customer');
      const r = row();
      db.insert(people)
        .values({ ...r, name: `Person ${r.id.slice(0, 4)}`, accountId: accountId ?? defaultAccount, buyingRole })
        .run();
      return r.id;
    },
    involve(caseId: string, personId: string, reached: boolean) {
      db.insert(casePeople)
        .values({ ...row(), caseId, personId, reached })
        .run();
    },
    step(caseId: string, step: string, reachedOn: string) {
      db.insert(caseBuyerSteps)
        .values({ ...row(), caseId, buyerStepId: idOf('buyer_steps', step), reachedOn })
        .run();
    },
    touch(caseId: string, channel: Channel, on = '2026-01-01') {
      db.insert(interactions)
        .values({ ...row(), caseId, channel, on })
        .run();
    },
    /** An interaction with a person on a day: the review counts the people met before the decision. */
    meet(caseId: string, personId: string, on: string, channel: Channel = 'email') {
      db.insert(interactions)
        .values({ ...row(), caseId, personId, channel, on })
        .run();
    },
    lesson(caseId: string, text: string, kind: LessonKind, tag?: { kind: LessonTagKind; id: string }): string {
      const r = row();
      db.insert(lessons)
        .values({ ...r, caseId, text, kind, tagKind: tag?.kind ?? null, tagId: tag?.id ?? null })
        .run();
      return r.id;
    },
    action(spec: {
      title: string;
      status?: ActionStatus;
      doneOn?: string | null;
      dueOn?: string | null;
      scope?: ActionScope;
      scopeValue?: string | null;
    }): string {
      const r = row();
      db.insert(actions)
        .values({
          ...r,
          title: spec.title,
          kind: 'preventive',
          status: spec.status ?? 'open',
          doneOn: spec.doneOn ?? null,
          dueOn: spec.dueOn ?? null,
          scope: spec.scope ?? 'all',
          scopeValue: spec.scopeValue ?? null,
        })
        .run();
      return r.id;
    },
    /** The summary through dispatch: input parsed and output validated by the contract, as in the app. */
    summary(scope: ReviewScope = {}): Summary {
      const result = workspace.dispatchSync('review.summary', scope);
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return result.value as Summary;
    },
    /** The resolved query the sections run, for EXPLAIN QUERY PLAN. */
    query(scope: ReviewScope = {}, countNoDecision = false): ReviewQuery {
      return buildQuery(sqlite, scope, { today: TODAY, currency: 'EUR', countNoDecision });
    },
  };
  return f;
}

export type Fixture = ReturnType<typeof createFixture>;
