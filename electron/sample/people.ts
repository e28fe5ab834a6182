/**
 * An account's stakeholders (3–6 people): a decision maker at the top of the reports-to tree, an economic
 * and a technical buyer under them, users and influencers further down; attitudes, network roles (champion,
 * blocker, connector), preferred channels, and which of our sellers knows whom how well.
 */
import type {
  Attitude,
  BuyingRole,
  Channel,
  Level,
  NetworkRole,
  SizeBand,
  Visibility,
} from '../../shared/domain/vocabulary';
import { levelWeights } from './market';
import { firstNames, lastNames, titlesByRole } from './names';
import type { Random } from './random';

export interface Person {
  id: string;
  name: string;
  title: string;
  buyingRole: BuyingRole;
  networkRole: NetworkRole | null;
  attitude: Attitude;
  influence: Level;
  reportsToId: string | null;
  preferredChannel: Channel;
  /** The seller who added the contact. */
  ownerId: string;
  visibility: Visibility;
  /** Our team members who know this person, 1 (acquainted) to 3 (trusted). */
  relationships: { id: string; memberId: string; strength: number }[];
  /** The informal side (informal.ts), drawn apart from the world; absent: none. */
  motivation?: string;
  motivationTags?: string[];
  weighedCriteria?: { criterionId: string; importance: number }[];
  side?: 'stakeholder' | 'connector';
  connectorKind?: string | null;
}

const channelWeights: readonly (readonly [Channel, number])[] = [
  ['face_to_face', 0.25],
  ['web_meeting', 0.3],
  ['email', 0.25],
  ['phone', 0.15],
  ['message', 0.05],
];

/** Who the 4th to 6th people are, after decision maker, technical buyer and user. */
const furtherRoles: readonly (readonly [BuyingRole, number])[] = [
  ['economic_buyer', 0.35],
  ['influencer', 0.35],
  ['information_provider', 0.2],
  ['user', 0.1],
];

function networkRoleOf(random: Random, role: BuyingRole): NetworkRole | null {
  if (role === 'decision_maker') return random.chance(0.1) ? 'champion' : null;
  return random.weighted<NetworkRole | null>([
    ['champion', 0.2],
    ['blocker', 0.08],
    ['connector', 0.1],
    [null, 0.62],
  ]);
}

function attitudeOf(random: Random, network: NetworkRole | null): Attitude {
  if (network === 'champion') return 'supporter';
  if (network === 'blocker') return 'opponent';
  return random.weighted<Attitude>([
    ['supporter', 0.35],
    ['neutral', 0.5],
    ['opponent', 0.15],
  ]);
}

export function buildPeople(
  random: Random,
  account: { sizeBand: SizeBand; ownerId: string },
  memberIds: string[],
): Person[] {
  const count = random.int(3, 6);
  const roles: BuyingRole[] = ['decision_maker', 'technical_buyer', 'user'];
  while (roles.length < count) roles.push(random.weighted(furtherRoles));
  const small = account.sizeBand === '1-9' || account.sizeBand === '10-49';

  const people: Person[] = [];
  for (const role of roles) {
    const titles = titlesByRole[role];
    const title = role === 'decision_maker' && small ? titles[0]! : random.pick(titles);
    const network = networkRoleOf(random, role);
    // The tree: the decision maker at the top, buyers report to them, everyone else to one of the buyers.
    const manager =
      role === 'decision_maker'
        ? null
        : role === 'economic_buyer' || role === 'technical_buyer' || people.length < 2
          ? people[0]!
          : random.pick(
              people
                .slice(1)
                .filter((p) => p.buyingRole !== 'user')
                .concat(people[0]!),
            );
    const person: Person = {
      id: random.uuid(),
      name: `${random.pick(firstNames)} ${random.pick(lastNames)}`,
      title,
      buyingRole: role,
      networkRole: network,
      attitude: attitudeOf(random, network),
      influence: random.weighted(levelWeights[role === 'decision_maker' ? 'dm' : 'other']),
      reportsToId: manager?.id ?? null,
      preferredChannel: random.weighted(channelWeights),
      ownerId: account.ownerId,
      // The relationship charter: most contacts are shared with the team, a few kept private.
      visibility: random.chance(0.12) ? 'private' : 'team',
      relationships: [],
    };
    if (random.chance(0.75)) {
      person.relationships.push({
        id: random.uuid(),
        memberId: account.ownerId,
        strength: random.weighted(strengths(network)),
      });
    }
    const other = random.pick(memberIds.filter((m) => m !== account.ownerId));
    if (random.chance(0.15))
      person.relationships.push({ id: random.uuid(), memberId: other, strength: random.int(1, 2) });
    people.push(person);
  }
  return people;
}

function strengths(network: NetworkRole | null): readonly (readonly [number, number])[] {
  return network === 'champion'
    ? [
        [2, 0.4],
        [3, 0.6],
      ]
    : [
        [1, 0.45],
        [2, 0.4],
        [3, 0.15],
      ];
}
