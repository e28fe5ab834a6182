/** Interactions on a case (optional and light): a date, a channel, who, a line of notes. */
import { and, desc, eq, isNull } from 'drizzle-orm';
import { ApiError } from '../../shared/envelope';
import { interactions, people } from '../db/schema';
import { getLiveCase } from './case-rows';
import { assertPeopleOfAccount } from './customer-people';
import type { HandlerMap } from './handler';
import { newRow } from './rows';

const columns = {
  id: interactions.id,
  caseId: interactions.caseId,
  personId: interactions.personId,
  on: interactions.on,
  channel: interactions.channel,
  notes: interactions.notes,
};

export const interactionsHandlers: HandlerMap<'interactions'> = {
  'interactions.list': (ctx, { caseId }) => {
    getLiveCase(ctx, caseId);
    return ctx.db
      .select(columns)
      .from(interactions)
      .where(and(eq(interactions.caseId, caseId), isNull(interactions.deletedAt)))
      .orderBy(desc(interactions.on), desc(interactions.createdAt))
      .all();
  },

  'interactions.create': (ctx, input) => {
    const { accountId } = getLiveCase(ctx, input.caseId);
    if (input.personId) {
      const person = ctx.db
        .select({ id: people.id })
        .from(people)
        .where(and(eq(people.id, input.personId), isNull(people.deletedAt)))
        .get();
      if (!person)
        throw new ApiError('invalid_input', 'That stakeholder does not exist.', { personId: 'Pick someone' });
      assertPeopleOfAccount(ctx, accountId, [input.personId], () => 'personId');
    }
    const row = newRow(ctx);
    ctx.db
      .insert(interactions)
      .values({ ...row, ...input })
      .run();
    return { id: row.id, ...input };
  },
};
