/**
 * The seller's day: next steps and expected closes that have come on open cases, and actions due, each read
 * as a range of its own index (cases_next_step_idx, cases_expected_close_idx, actions_status_idx); done and
 * rescheduled from the Today page in one keypress.
 * Changes with: shared/contract/today.ts, shared/today/due-items.ts.
 */
import { and, eq } from 'drizzle-orm';
import { ApiError } from '../../shared/envelope';
import { dueItems, type DueRow } from '../../shared/today/due-items';
import { actions, cases } from '../db/schema';
import { getLiveCase } from './case-rows';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler';
import { stamp, today } from './rows';

function dueRows(ctx: ServiceContext, day: string): DueRow[] {
  const openCases = (column: 'next_step_on' | 'expected_close_on', label: string) =>
    ctx.sqlite
      .prepare(
        `select c.id, ${label} as label, a.name as account, c.title as title, c.${column} as due
         from cases c join accounts a on a.id = c.account_id
         where c.deleted_at is null and c.outcome = 'open' and c.${column} <= ?`,
      )
      .all(day) as { id: string; label: string; account: string; title: string; due: string }[];
  const steps = openCases('next_step_on', "coalesce(nullif(c.next_step, ''), 'Next step')").map((r): DueRow => ({
    kind: 'nextStep',
    id: r.id,
    label: r.label,
    context: `${r.title} · ${r.account}`,
    due: r.due,
  }));
  const closes = openCases('expected_close_on', 'c.title').map((r): DueRow => ({
    kind: 'expectedClose',
    id: r.id,
    label: r.label,
    context: `${r.account} · expected to close by now`,
    due: r.due,
  }));
  const due = ctx.sqlite
    .prepare(
      `select id, title, kind, due_on as due from actions
       where deleted_at is null and status = 'open' and due_on <= ?`,
    )
    .all(day) as { id: string; title: string; kind: string; due: string }[];
  const acts = due.map((r): DueRow => ({
    kind: 'action',
    id: r.id,
    label: r.title,
    context: `${r.kind} action`,
    due: r.due,
  }));
  return [...steps, ...closes, ...acts];
}

function liveOpenAction(ctx: ServiceContext, id: string) {
  const row = ctx.db
    .select({ status: actions.status, deletedAt: actions.deletedAt })
    .from(actions)
    .where(eq(actions.id, id))
    .get();
  if (!row) throw new ApiError('not_found', 'That action does not exist.');
  if (row.deletedAt) throw new ApiError('conflict', 'This action is in the trash; restore it first.');
}

function liveOpenCase(ctx: ServiceContext, id: string) {
  const found = getLiveCase(ctx, id);
  if (found.outcome !== 'open') throw new ApiError('conflict', 'This case is closed already.');
  return found;
}

export const todayHandlers: HandlerMap<'today'> = {
  'today.list': (ctx) => {
    const day = today(ctx);
    return { today: day, items: dueItems(dueRows(ctx, day), day) };
  },

  'today.done': (ctx, { kind, id, nextStep, nextStepOn }) => {
    const now = stamp(ctx);
    if (kind === 'action') {
      liveOpenAction(ctx, id);
      ctx.db
        .update(actions)
        .set({ status: 'done', doneOn: today(ctx), updatedAt: now })
        .where(eq(actions.id, id))
        .run();
    } else if (kind === 'nextStep') {
      liveOpenCase(ctx, id);
      ctx.db.update(cases).set({ nextStep, nextStepOn, updatedAt: now }).where(eq(cases.id, id)).run();
    } else {
      // An expected close that has passed is "done" by saying when it will close instead: a new date is needed.
      throw new ApiError('invalid_input', 'Give the case a new expected close date, or close it.', {
        on: 'Pick the new expected close date',
      });
    }
    return { ok: true };
  },

  'today.reschedule': (ctx, { kind, id, on }) => {
    const now = stamp(ctx);
    if (kind === 'action') {
      liveOpenAction(ctx, id);
      ctx.db
        .update(actions)
        .set({ dueOn: on, updatedAt: now })
        .where(and(eq(actions.id, id)))
        .run();
      return { ok: true };
    }
    const found = liveOpenCase(ctx, id);
    if (on < found.openedOn)
      throw new ApiError('invalid_input', 'That is before the case opened.', { on: 'On or after the day it opened' });
    const set = kind === 'nextStep' ? { nextStepOn: on } : { expectedCloseOn: on };
    ctx.db
      .update(cases)
      .set({ ...set, updatedAt: now })
      .where(eq(cases.id, id))
      .run();
    return { ok: true };
  },
};
