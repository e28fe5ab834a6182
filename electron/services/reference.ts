/**
 * Team members and competitors: the named lists besides the vocabularies (electron/services/reference-vocab.ts)
 * and accounts (electron/services/accounts.ts). Both are saved whole: an id renames, no id adds.
 * Changes with: shared/contract/team.ts (TeamMember, Competitor).
 */
import { eq } from 'drizzle-orm';
import type { Competitor, TeamMember } from '../../shared/contract/team';
import { competitors, teamMembers } from '../db/schema';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler';
import { mustExist, newRow, stamp } from './rows';
import { assertUniqueName } from './unique-name';

function getMember(ctx: ServiceContext, id: string): TeamMember {
  return mustExist(
    ctx.db
      .select({ id: teamMembers.id, name: teamMembers.name, isMe: teamMembers.isMe })
      .from(teamMembers)
      .where(eq(teamMembers.id, id))
      .get(),
    'team member',
  );
}

function getCompetitor(ctx: ServiceContext, id: string): Competitor {
  return mustExist(
    ctx.db
      .select({ id: competitors.id, name: competitors.name, notes: competitors.notes })
      .from(competitors)
      .where(eq(competitors.id, id))
      .get(),
    'competitor',
  );
}

/** Two live competitors with one name would split the head-to-head numbers between them. */
function assertFreeCompetitorName(ctx: ServiceContext, name: string, exceptId: string | null): void {
  assertUniqueName(ctx, 'competitors', name, exceptId, {
    message: `There is already a competitor called "${name}".`,
    field: 'Already a competitor',
  });
}

export const teamHandlers: HandlerMap<'team'> = {
  'team.save': (ctx, { id, name }) => {
    let savedId: string;
    if (id) {
      getMember(ctx, id);
      ctx.db
        .update(teamMembers)
        .set({ name, updatedAt: stamp(ctx) })
        .where(eq(teamMembers.id, id))
        .run();
      savedId = id;
    } else {
      const row = newRow(ctx);
      ctx.db
        .insert(teamMembers)
        .values({ ...row, name, isMe: false })
        .run();
      savedId = row.id;
    }
    // Cases and actions show owner names.
    return getMember(ctx, savedId);
  },
};

export const competitorsHandlers: HandlerMap<'competitors'> = {
  'competitors.save': (ctx, { id, name, notes }) => {
    const savedId = ctx.sqlite.transaction(() => {
      if (id) getCompetitor(ctx, id);
      assertFreeCompetitorName(ctx, name, id ?? null);
      if (id) {
        ctx.db
          .update(competitors)
          .set({ name, notes, updatedAt: stamp(ctx) })
          .where(eq(competitors.id, id))
          .run();
        return id;
      }
      const row = newRow(ctx);
      ctx.db
        .insert(competitors)
        .values({ ...row, name, notes })
        .run();
      return row.id;
    })();
    return getCompetitor(ctx, savedId);
  },
};
