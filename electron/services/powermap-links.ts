/**
 * Informal links between people of one account (influences, trusts, at odds with) and a person's buying role in
 * one case. Both ends of a link must be people I may see: nobody links someone else's private contact.
 * Changes with: shared/contract/powermap.ts, electron/services/powermap-routes.ts (reads the links).
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { PersonLink } from '../../shared/contract/powermap';
import { ApiError } from '../../shared/envelope';
import { casePeople, cases, personLinks } from '../db/schema';
import type { ServiceContext } from './context';
import type { HandlerMap, Handlers } from './handler';
import { getLivePerson } from './people';
import { newRow, stamp } from './rows';

const linkColumns = {
  id: personLinks.id,
  fromId: personLinks.fromId,
  toId: personLinks.toId,
  kind: personLinks.kind,
  strength: personLinks.strength,
};

/** Live links with both ends among `personIds` (the people the caller may show), strongest first. */
export function linksAmong(ctx: ServiceContext, personIds: string[]): PersonLink[] {
  if (personIds.length === 0) return [];
  return ctx.db
    .select(linkColumns)
    .from(personLinks)
    .where(
      and(isNull(personLinks.deletedAt), inArray(personLinks.fromId, personIds), inArray(personLinks.toId, personIds)),
    )
    .orderBy(sql`${personLinks.strength} desc`, personLinks.id)
    .all()
    .map((l) => ({ ...l, strength: Math.min(3, Math.max(1, l.strength)) }));
}

export const linksHandlers: HandlerMap<'links'> = {
  'links.set': (ctx, { fromId, toId, kind, strength }) => {
    if (fromId === toId) {
      throw new ApiError('invalid_input', 'A link joins two different people.', { toId: 'Pick someone else' });
    }
    const from = getLivePerson(ctx, fromId);
    const to = getLivePerson(ctx, toId);
    if (from.accountId !== to.accountId) {
      throw new ApiError('invalid_input', 'Both people must be on the same power map.', { toId: 'Pick someone else' });
    }
    const now = stamp(ctx);
    const existing = ctx.db
      .select({ id: personLinks.id })
      .from(personLinks)
      .where(and(eq(personLinks.fromId, fromId), eq(personLinks.toId, toId), eq(personLinks.kind, kind)))
      .get();
    if (strength === 0) {
      // A tombstone, not a delete: merging a teammate's older file must not bring the link back.
      if (existing) {
        ctx.db.update(personLinks).set({ deletedAt: now, updatedAt: now }).where(eq(personLinks.id, existing.id)).run();
      }
      return null;
    }
    const id = existing?.id ?? newRow(ctx).id;
    if (existing) {
      ctx.db.update(personLinks).set({ strength, deletedAt: null, updatedAt: now }).where(eq(personLinks.id, id)).run();
    } else {
      ctx.db
        .insert(personLinks)
        .values({ ...newRow(ctx), id, fromId, toId, kind, strength })
        .run();
    }
    return { id, fromId, toId, kind, strength };
  },
};

export const caseRoleHandlers: Pick<Handlers, 'people.setCaseRole'> = {
  'people.setCaseRole': (ctx, { caseId, personId, buyingRole }) => {
    const found = ctx.db
      .select({ accountId: cases.accountId })
      .from(cases)
      .where(and(eq(cases.id, caseId), isNull(cases.deletedAt)))
      .get();
    if (!found) throw new ApiError('not_found', 'That case does not exist.');
    const person = getLivePerson(ctx, personId);
    if (person.accountId !== found.accountId) {
      throw new ApiError('invalid_input', "The person must be one of the case's customer's people.", {
        personId: 'Pick someone else',
      });
    }
    const now = stamp(ctx);
    const existing = ctx.db
      .select({ id: casePeople.id })
      .from(casePeople)
      .where(and(eq(casePeople.caseId, caseId), eq(casePeople.personId, personId)))
      .get();
    if (existing) {
      ctx.db
        .update(casePeople)
        .set({ buyingRole, deletedAt: null, updatedAt: now })
        .where(eq(casePeople.id, existing.id))
        .run();
    } else {
      ctx.db
        .insert(casePeople)
        .values({ ...newRow(ctx), caseId, personId, buyingRole })
        .run();
    }
    return { caseId, personId, buyingRole };
  },
};
