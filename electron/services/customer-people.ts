/**
 * One rule for every path that ties a person to a case (the debrief's stakeholders, an interaction): the
 * person works at the case's customer. A contact from another account is a mistake that would put one
 * customer's people on another's power map.
 * Changes with: electron/services/debrief.ts, electron/services/interactions.ts.
 */
import { eq } from 'drizzle-orm';
import { ApiError } from '../../shared/envelope';
import { people } from '../db/schema';
import type { ServiceContext } from './context';

export function assertPeopleOfAccount(
  ctx: ServiceContext,
  accountId: string,
  personIds: string[],
  fieldOf: (index: number) => string,
): void {
  const fields: Record<string, string> = {};
  personIds.forEach((personId, index) => {
    const person = ctx.db.select({ accountId: people.accountId }).from(people).where(eq(people.id, personId)).get();
    if (person && person.accountId !== accountId) fields[fieldOf(index)] = 'Works at another customer';
  });
  if (Object.keys(fields).length > 0) {
    const message =
      personIds.length === 1 ? 'This contact works at another customer.' : 'Some contacts work at another customer.';
    throw new ApiError('invalid_input', message, fields);
  }
}
