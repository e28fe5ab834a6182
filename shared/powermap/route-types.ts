/**
 * The shapes the route finder and the coverage read and return: the graph of our team, the account's stakeholders,
 * the connectors outside it, and the links between them. Plain JSON, so a service can build them from rows.
 * Changes with: route.ts (reads them), route-words.ts and coverage.ts (read the results).
 */
import type { BuyingRole, Visibility } from '../domain/vocabulary';

/** The relationships.strength scale: 1 acquainted, 2 knows well, 3 trusted (strengthLabels). */
export type Strength = 1 | 2 | 3;

/** People outside the account who can open a door into it. */
export const connectorKinds = ['partner', 'consultant', 'former_colleague'] as const;
export type ConnectorKind = (typeof connectorKinds)[number];

/**
 * Informal, directed links between two people (stakeholders or connectors). `influences`: from's word moves to.
 * `trusts`: from trusts to, so to's word moves from. `at_odds_with` is recorded for the map but never carries a route.
 */
export const linkKinds = ['influences', 'trusts', 'at_odds_with'] as const;
export type LinkKind = (typeof linkKinds)[number];

export interface RouteMember {
  id: string;
  name: string;
}

/** What every person in the graph carries, stakeholder or connector: the charter fields decide who sees them. */
interface RoutePersonBase {
  id: string;
  name: string;
  title: string;
  /** The team member who added the contact; a private contact is theirs alone (the relationship charter). */
  ownerId: string | null;
  visibility: Visibility;
}
export interface RouteStakeholder extends RoutePersonBase {
  side: 'stakeholder';
  buyingRole: BuyingRole | null;
}
export interface RouteConnector extends RoutePersonBase {
  side: 'connector';
  connectorKind: ConnectorKind;
}
export type RoutePerson = RouteStakeholder | RouteConnector;

/** A team member knows a person (stakeholder or connector): the relationships table. */
export interface RouteRelationship {
  memberId: string;
  personId: string;
  strength: Strength;
}

export interface RouteLink {
  fromId: string;
  toId: string;
  kind: LinkKind;
  strength: Strength;
}

/**
 * Everything the route finder needs, for one account (or one case's people). Other members' private contacts
 * belong in it too: the finder may route through them, but only anonymously.
 */
export interface RouteGraph {
  /** The member looking: their own private contacts are named. Null before the file has a "me". */
  viewerId: string | null;
  members: readonly RouteMember[];
  people: readonly RoutePerson[];
  relationships: readonly RouteRelationship[];
  links: readonly RouteLink[];
}

/** A node the viewer may see by name. Other members' private contacts never appear as one. */
export type NamedNode =
  | { type: 'member'; id: string; name: string }
  | {
      type: 'person';
      id: string;
      name: string;
      title: string;
      side: 'stakeholder' | 'connector';
      buyingRole: BuyingRole | null;
      connectorKind: ConnectorKind | null;
    };

/** A member who owns private contacts on a route: named, because they are the one to ask. */
export interface ContactOwner {
  id: string;
  name: string;
}

/**
 * One step of a route, from a named node to a named node. `knows`: a member's relationship. `influences` and
 * `is_trusted_by`: an informal link, read in the route's direction. `private`: one or more of other members'
 * private contacts in between, told only by who owns them and how strong each hop is.
 */
export type RouteStep =
  | { kind: 'knows' | 'influences' | 'is_trusted_by'; from: NamedNode; to: NamedNode; strength: Strength }
  | { kind: 'private'; from: NamedNode; to: NamedNode; owners: ContactOwner[]; strengths: Strength[] };

export interface Route {
  member: NamedNode & { type: 'member' };
  steps: RouteStep[];
  /** Σ −ln(weight) over every hop, the private ones included: lower is better. */
  cost: number;
  /** e^−cost, the product of the hop weights: a rough chance the asks all land. */
  chance: number;
  /** Hops, counting each hop inside a private step. */
  hops: number;
}

export type TargetPerson = NamedNode & { type: 'person' };

export type RouteResult =
  | { kind: 'routes'; target: TargetPerson; routes: Route[] }
  /** `nearest`: named people whose word carries to the target but whom nobody on the team knows yet. */
  | {
      kind: 'no_route';
      target: TargetPerson;
      nearest: { person: TargetPerson; link: 'influences' | 'is_trusted_by' }[];
    };
