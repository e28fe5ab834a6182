/** Small builders for the route finder's input, shared by the power map route, words and coverage tests. */
import type { BuyingRole } from '../../shared/domain/vocabulary';
import type {
  LinkKind,
  RouteConnector,
  RouteGraph,
  RouteLink,
  RouteMember,
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
