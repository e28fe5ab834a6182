/** The seller's day: what has come due on open cases and actions, each one keypress from done or moved on. */
import { z } from 'zod';
import { Day, Id } from './common';
import { method, mutation } from './define';

export const todayKinds = ['nextStep', 'expectedClose', 'action'] as const;
export const TodayKind = z.enum(todayKinds);
export type TodayKind = z.infer<typeof TodayKind>;

export const TodayItem = z.object({
  kind: TodayKind,
  /** The case (next step, expected close) or the action. */
  id: Id,
  /** The next step, the case title, or the action's title. */
  label: z.string(),
  /** The case and its customer, or the action's kind. */
  context: z.string(),
  due: Day,
  overdueDays: z.int().min(0),
  href: z.string(),
});
export type TodayItem = z.infer<typeof TodayItem>;

export const todayApi = {
  'today.list': method(
    'Next steps due or overdue, open cases past their expected close and actions due, oldest first.',
    z.object({}),
    z.object({ today: Day, items: z.array(TodayItem) }),
  ),
  'today.done': mutation(
    'Mark one item done: a next step is cleared (a new one may be given), an action is done today.',
    z.object({
      kind: TodayKind,
      id: Id,
      nextStep: z.string().trim().max(300).nullable().default(null),
      nextStepOn: Day.nullable().default(null),
    }),
    z.object({ ok: z.literal(true) }),
    ['cases', 'actions'],
  ),
  'today.reschedule': mutation(
    'Move one item to another day: the next step, the expected close or the action’s due date.',
    z.object({ kind: TodayKind, id: Id, on: Day }),
    z.object({ ok: z.literal(true) }),
    ['cases', 'actions'],
  ),
};
