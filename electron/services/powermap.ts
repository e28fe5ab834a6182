/** The power map of an account: its visible stakeholders, our relationships, and the gaps to close. */
import { getAccount } from './accounts';
import type { HandlerMap } from './handler';
import { listPeople } from './people';
import { powerMapGaps } from './powermap-gaps';

export const powermapHandlers: HandlerMap<'powermap'> = {
  'powermap.get': (ctx, { accountId }) => {
    const account = getAccount(ctx, accountId);
    const people = listPeople(ctx, accountId);
    return { account, people, gaps: powerMapGaps(account.name, people) };
  },
};
