/** Small builders for the route finder's input, shared by the power map route, words and coverage tests. */
import fc from 'fast-check';
import type { BuyingRole, Visibility } from '../../shared/domain/vocabulary';
import type {
  LinkKind,
  RouteConnector,
  RouteGraph,
  RouteLink,
  RouteMember,
  RoutePerson,
  RouteRelationship,
  RouteStakeholder,
  Strength,
} from '../../shared/powermap/route-types';

export const member = (id: string, name = id): RouteMember => ({ id, name });

export const stakeholder = (
  id: string,
  name: string,
  more: Partial<Omit<RouteStakeholder, 'side'>> = {},
): RouteStakeholder => ({
  id,
  name,
  title: '',
  side: 'stakeholder',
  buyingRole: null,
  ownerId: null,
  visibility: 'team',
  ...more,
});

export const decider = (id: string, name: string, title: string, role: BuyingRole = 'decision_maker') =>
  stakeholder(id, name, { title, buyingRole: role });

export const connector = (
  id: string,
  name: string,
  more: Partial<Omit<RouteConnector, 'side'>> = {},
): RouteConnector => ({
  id,
  name,
  title: '',
  side: 'connector',
  connectorKind: 'partner',
  ownerId: null,
  visibility: 'team',
  ...more,
});

export const knows = (memberId: string, personId: string, strength: Strength): RouteRelationship => ({
  memberId,
  personId,
  strength,
});

export const link = (fromId: string, kind: LinkKind, toId: string, strength: Strength = 2): RouteLink => ({
  fromId,
  toId,
  kind,
  strength,
});

export const graph = (parts: Partial<RouteGraph>): RouteGraph => ({
  viewerId: null,
  members: [],
  people: [],
  relationships: [],
  links: [],
  ...parts,
});

const strengthArb = fc.constantFrom<Strength>(1, 2, 3);
/** Names, ids and titles are unique tokens, so "does the output contain it" cannot match by accident. */
export const randomGraph = fc
  .record({ memberCount: fc.integer({ min: 1, max: 3 }), personCount: fc.integer({ min: 1, max: 6 }) })
  .chain(({ memberCount, personCount }) => {
    const memberIds = Array.from({ length: memberCount }, (_, i) => `«m${i}»`);
    const personIds = Array.from({ length: personCount }, (_, i) => `«p${i}»`);
    const person = (id: string, i: number) =>
      fc
        .record({
          side: fc.constantFrom('stakeholder', 'connector'),
          buyingRole: fc.constantFrom<BuyingRole | null>('decision_maker', 'economic_buyer', 'influencer', null),
          visibility: fc.constantFrom<Visibility>('team', 'private'),
          ownerId: fc.constantFrom<string | null>(null, ...memberIds, '«m-gone»'),
        })
        .map(({ side, buyingRole, visibility, ownerId }): RoutePerson =>
          side === 'stakeholder'
            ? { id, name: `«name${i}»`, title: `«title${i}»`, side, buyingRole, ownerId, visibility }
            : {
                id,
                name: `«name${i}»`,
                title: `«title${i}»`,
                side,
                connectorKind: 'former_colleague',
                ownerId,
                visibility,
              },
        );
    return fc.record({
      viewerId: fc.constantFrom<string | null>(null, ...memberIds),
      members: fc.constant(memberIds.map((id, i) => member(id, `«member${i}»`))),
      people: fc.tuple(...personIds.map(person)),
      relationships: fc.array(
        fc.record({
          memberId: fc.constantFrom(...memberIds),
          personId: fc.constantFrom(...personIds),
          strength: strengthArb,
        }),
        { maxLength: 8 },
      ),
      links: fc.array(
        fc.record({
          fromId: fc.constantFrom(...personIds),
          toId: fc.constantFrom(...personIds),
          kind: fc.constantFrom<LinkKind>('influences', 'trusts', 'at_odds_with'),
          strength: strengthArb,
        }),
        { maxLength: 14 },
      ),
    });
  });

export const visibleTo = (viewerId: string | null, p: RoutePerson) =>
  p.visibility === 'team' || (viewerId !== null && p.ownerId === viewerId);
