/**
 * The power map of an account: its visible people, our relationships, the informal links among them, the routes
 * to its decision makers, and the gaps to close.
 */
import { getAccount } from './accounts';
import type { HandlerMap } from './handler';
import { listPeople } from './people';
import { powerMapGaps } from './powermap-gaps';
import { linksAmong } from './powermap-links';
import { routesAndCoverage } from './powermap-routes';

export const powermapHandlers: HandlerMap<'powermap'> = {
  'powermap.get': (ctx, { accountId }) => {
    const account = getAccount(ctx, accountId);
    const people = listPeople(ctx, accountId);
    const stakeholders = people.filter((p) => p.side === 'stakeholder');
    return {
      account,
      people,
      gaps: powerMapGaps(account.name, stakeholders),
      links: linksAmong(
        ctx,
        people.map((p) => p.id),
      ),
      ...routesAndCoverage(ctx, accountId),
    };
  },
};
