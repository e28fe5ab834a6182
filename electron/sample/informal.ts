/**
 * The power map's informal side in the sample: what some stakeholders want from the purchase (a line, tags and
 * the criteria they weigh), informal links between people of one account (influences, trusts, at odds with) and,
 * here and there, a connector outside both organisations who knows the decision maker. Drawn from its own
 * seeded stream after the world is built, so the cases and every other row stay exactly as they were.
 * Changes with: electron/sample/people.ts (Person), electron/sample/writer.ts (the columns it writes).
 */
import type { BuyingRole, MotivationTag } from '../../shared/domain/vocabulary';
import type { ConnectorKind, LinkKind } from '../../shared/powermap/route-types';
import { firstNames, lastNames } from './names';
import type { Person } from './people';
import type { Random } from './random';
import type { CriterionName } from './vocabulary';
import type { World } from './world';

export interface SampleLink {
  id: string;
  fromId: string;
  toId: string;
  kind: LinkKind;
  strength: number;
}

export interface Informal {
  links: SampleLink[];
  /** Connectors, each with the account they sit on the map of. */
  connectors: { accountId: string; person: Person }[];
}

/** What each role tends to win or fear, with the tags and criteria that go with it. */
const motives: Record<BuyingRole, readonly { text: string; tags: MotivationTag[]; weighs: CriterionName[] }[]> = {
  decision_maker: [
    {
      text: 'Wants this to back the three-year plan she presented',
      tags: ['career', 'innovation'],
      weighs: ['Strategy fit', 'Brand'],
    },
    {
      text: 'Fears a second failed rollout on his watch',
      tags: ['risk', 'career'],
      weighs: ['Quality', 'Strategy fit'],
    },
  ],
  economic_buyer: [
    { text: 'Has to cut running costs by a tenth this year', tags: ['cost'], weighs: ['Price'] },
    { text: 'Fears an overrun on a budget already spent', tags: ['cost', 'risk'], weighs: ['Price', 'Quality'] },
  ],
  technical_buyer: [
    {
      text: 'Wants fewer systems to keep alive, not one more',
      tags: ['workload', 'control'],
      weighs: ['Security', 'Quality'],
    },
    { text: 'Fears the audit finding another open door', tags: ['risk', 'control'], weighs: ['Security'] },
  ],
  user: [{ text: 'Wants the daily routine to take less time', tags: ['workload'], weighs: ['Quality'] }],
  influencer: [
    {
      text: 'Wants to be seen bringing in something new',
      tags: ['innovation', 'career'],
      weighs: ['Sustainability', 'Brand'],
    },
  ],
  information_provider: [{ text: 'Wants to be asked before it is decided', tags: ['control'], weighs: ['Quality'] }],
};

const connectorKinds: readonly (readonly [ConnectorKind, number])[] = [
  ['partner', 0.4],
  ['consultant', 0.35],
  ['former_colleague', 0.25],
];
const connectorTitles: Record<ConnectorKind, string> = {
  partner: 'Implementation partner',
  consultant: 'Independent consultant',
  former_colleague: 'Former colleague of the decision maker',
};

function motivate(random: Random, person: Person, criteria: Record<CriterionName, string>): void {
  const motive = random.pick(motives[person.buyingRole]);
  person.motivation = motive.text;
  person.motivationTags = motive.tags;
  person.weighedCriteria = motive.weighs.map((name, i) => ({
    criterionId: criteria[name],
    importance: i === 0 ? random.int(4, 5) : random.int(2, 4),
  }));
}

export function buildInformal(random: Random, world: World, criteria: Record<CriterionName, string>): Informal {
  const links: SampleLink[] = [];
  const connectors: Informal['connectors'] = [];
  const taken = new Set<string>();
  const link = (from: Person, to: Person, kind: LinkKind, strength: number) => {
    const key = `${from.id}|${to.id}|${kind}`;
    if (from.id === to.id || taken.has(key)) return;
    taken.add(key);
    links.push({ id: random.uuid(), fromId: from.id, toId: to.id, kind, strength });
  };
  for (const account of world.accounts) {
    const [dm, ...others] = account.people;
    if (!dm) continue;
    // Most accounts say what a few of their people want; the decision maker and the money first.
    for (const person of account.people) {
      const key = person.buyingRole === 'decision_maker' || person.buyingRole === 'economic_buyer';
      if (random.chance(key ? 0.6 : 0.3)) motivate(random, person, criteria);
    }
    if (others.length === 0 || !random.chance(0.55)) continue;
    // Someone below has the decision maker's ear; a champion most of all.
    const ear = others.find((p) => p.networkRole === 'champion') ?? random.pick(others);
    link(ear, dm, 'influences', random.int(2, 3));
    if (others.length > 1 && random.chance(0.5)) {
      const [a, b] = random.sample(others, 2);
      link(a!, b!, 'trusts', random.int(1, 3));
    }
    const blocker = others.find((p) => p.networkRole === 'blocker' || p.attitude === 'opponent');
    if (blocker && blocker !== ear && random.chance(0.6)) link(blocker, ear, 'at_odds_with', random.int(1, 2));
    if (!random.chance(0.25)) continue;
    // A connector outside both organisations who knows the decision maker, and a seller of ours who knows them.
    const kind = random.weighted(connectorKinds);
    const owner = world.members[account.seller]!.id;
    const connector: Person = {
      id: random.uuid(),
      name: `${random.pick(firstNames)} ${random.pick(lastNames)}`,
      title: connectorTitles[kind],
      buyingRole: 'user',
      networkRole: null,
      attitude: 'neutral',
      influence: 'medium',
      reportsToId: null,
      preferredChannel: 'phone',
      ownerId: owner,
      visibility: 'team',
      relationships: [{ id: random.uuid(), memberId: owner, strength: random.int(2, 3) }],
      side: 'connector',
      connectorKind: kind,
    };
    connectors.push({ accountId: account.id, person: connector });
    link(connector, dm, kind === 'former_colleague' ? 'trusts' : 'influences', random.int(2, 3));
  }
  return { links, connectors };
}
