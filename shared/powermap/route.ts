/**
 * The route to the decision maker: who on our team can reach a case's decision maker or economic buyer, and
 * through whom.
 *
 * Weighting. Every hop (a member's relationship, or an informal link between two people) has a strength on the
 * relationships scale, 1 acquainted, 2 knows well, 3 trusted. Each strength stands for a rough chance that an ask
 * along that hop lands: 0.35, 0.65 and 0.8 (route-weights.ts). A route lands only if each of its asks does, so its
 * chance is the product of its hops' weights, and the best route is the one with the largest product: the shortest
 * path when each hop costs −ln(weight), which is what Dijkstra finds (all costs are positive). The values were
 * chosen so that the orderings a seller would sign up for hold: a warm introduction over two trusted hops
 * (0.8² = 0.64) beats a cold acquaintance (0.35), yet knowing the person well yourself (0.65) still beats it, and
 * every extra hop costs something because no weight is 1. Equal costs go to fewer hops, then to names, then ids,
 * so the same map always gives the same routes. Routes are loopless; the next best ones come from Yen's algorithm.
 *
 * Direction. `A influences B` carries a route from A to B; `A trusts B` carries it from B to A (B's word moves A);
 * `at_odds_with` carries nothing. A member's relationship carries from the member to the person.
 *
 * Charter. Another member's private contact may be a hop, but the result never holds its id, name or anything
 * else of it: those hops come out as a `private` step naming only the member(s) who own the contact, the one to
 * ask. The viewer's own private contacts and everyone shared with the team are named.
 *
 * Changes with: route-types.ts (input and output), route-search.ts, route-weights.ts, route-words.ts.
 */
import { buyingRoles, type BuyingRole } from '../domain/vocabulary';
import { rankedPaths, type SearchGraph } from './route-search';
import type {
  ContactOwner,
  NamedNode,
  Route,
  RouteGraph,
  RouteMember,
  RoutePerson,
  RouteResult,
  RouteStep,
  Strength,
  TargetPerson,
} from './route-types';
import { clampStrength, hopCost, hopUnits } from './route-weights';

/** Who a case has to win over: the person who signs and the person who owns the money. */
export const defaultTargetRoles: readonly BuyingRole[] = ['decision_maker', 'economic_buyer'];

export interface RouteOptions {
  /** Routes per target (default 3). */
  k?: number;
  /** Targets by buying role (default decision maker and economic buyer); ignored when targetIds is given. */
  targetRoles?: readonly BuyingRole[];
  /** Targets by id; ids the viewer may not see are left out, as if they were not there. */
  targetIds?: readonly string[];
}

/** The charter: shared with the team, or mine. Private without an owner is nobody's to show. */
export const canSee = (viewerId: string | null, p: RoutePerson) =>
  p.visibility === 'team' || (viewerId !== null && p.ownerId === viewerId);

type CarryKind = 'knows' | 'influences' | 'is_trusted_by';
export type GraphNode =
  { type: 'team' } | { type: 'member'; member: RouteMember } | { type: 'person'; person: RoutePerson; named: boolean };

/** The input as a search graph: node 0 is the whole team, with a free edge to every member. */
export interface PreparedGraph {
  nodes: GraphNode[];
  search: SearchGraph;
  /** `${u}>${v}` → what the edge is, for the steps. */
  hops: Map<string, { kind: CarryKind; strength: Strength }>;
  personIndex: Map<string, number>;
}

const less = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function prepareRouteGraph(graph: RouteGraph): PreparedGraph {
  const nodes: GraphNode[] = [{ type: 'team' }];
  const memberIndex = new Map<string, number>();
  const personIndex = new Map<string, number>();
  for (const member of graph.members) {
    if (memberIndex.has(member.id)) continue;
    memberIndex.set(member.id, nodes.length);
    nodes.push({ type: 'member', member });
  }
  for (const person of graph.people) {
    if (personIndex.has(person.id)) continue;
    personIndex.set(person.id, nodes.length);
    nodes.push({ type: 'person', person, named: canSee(graph.viewerId, person) });
  }
  const hops = new Map<string, { kind: CarryKind; strength: Strength }>();
  // Duplicates keep the strongest; at equal strength `influences` wins, so the choice never depends on row order.
  const keep = (u: number | undefined, v: number | undefined, kind: CarryKind, raw: number) => {
    const strength = clampStrength(raw);
    if (u === undefined || v === undefined || u === v || strength === null) return;
    const key = `${u}>${v}`;
    const known = hops.get(key);
    if (known && (known.strength > strength || (known.strength === strength && known.kind <= kind))) return;
    hops.set(key, { kind, strength });
  };
  for (const r of graph.relationships)
    keep(memberIndex.get(r.memberId), personIndex.get(r.personId), 'knows', r.strength);
  for (const l of graph.links) {
    const from = personIndex.get(l.fromId);
    const to = personIndex.get(l.toId);
    if (l.kind === 'influences') keep(from, to, 'influences', l.strength);
    if (l.kind === 'trusts') keep(to, from, 'is_trusted_by', l.strength);
  }
  const out = nodes.map(() => new Map<number, number>());
  for (const index of memberIndex.values()) out[0]?.set(index, 0);
  for (const [key, hop] of hops) {
    const [u, v] = key.split('>').map(Number);
    if (u !== undefined && v !== undefined) out[u]?.set(v, hopUnits(hop.strength));
  }
  // Unnamed people rank by id alone, so no hidden name can show through the order of the routes.
  const sortKey = (n: GraphNode): [number, string, string] =>
    n.type === 'team'
      ? [0, '', '']
      : n.type === 'member'
        ? [1, n.member.name, n.member.id]
        : [2, n.named ? n.person.name : '', n.person.id];
  const order = nodes
    .map((n, i) => ({ i, key: sortKey(n) }))
    .sort((a, b) => a.key[0] - b.key[0] || less(a.key[1], b.key[1]) || less(a.key[2], b.key[2]));
  const rank = new Array<number>(nodes.length).fill(0);
  order.forEach(({ i }, position) => (rank[i] = position));
  return { nodes, search: { out, rank }, hops, personIndex };
}

/** A node as the viewer may name it, or null for another member's private contact. */
export function named(n: GraphNode | undefined): NamedNode | null {
  if (n?.type === 'member') return { type: 'member', id: n.member.id, name: n.member.name };
  if (n?.type !== 'person' || !n.named) return null;
  const p = n.person;
  return {
    type: 'person',
    id: p.id,
    name: p.name,
    title: p.title,
    side: p.side,
    buyingRole: p.side === 'stakeholder' ? p.buyingRole : null,
    connectorKind: p.side === 'connector' ? p.connectorKind : null,
  };
}

/** The members who own some hidden contacts, by name: the ones to ask. */
export function ownersOf(g: PreparedGraph, hidden: GraphNode[]): ContactOwner[] {
  const names = new Map<string, string>();
  for (const n of g.nodes) if (n.type === 'member') names.set(n.member.id, n.member.name);
  const owners = new Map<string, ContactOwner>();
  for (const n of hidden) {
    const id = n.type === 'person' ? n.person.ownerId : null;
    const name = id === null ? undefined : names.get(id);
    if (id !== null && name !== undefined) owners.set(id, { id, name });
  }
  return [...owners.values()].sort((a, b) => less(a.name, b.name) || less(a.id, b.id));
}

/** A path of the search graph (team, member, people…) as the viewer may read it. */
export function toRoute(g: PreparedGraph, path: readonly number[]): Route {
  const member = named(g.nodes[path[1] ?? -1]);
  if (member?.type !== 'member') throw new RangeError('a route starts at a team member');
  const steps: RouteStep[] = [];
  let from: NamedNode = member;
  let hidden: GraphNode[] = [];
  let strengths: Strength[] = [];
  let cost = 0;
  for (let i = 2; i < path.length; i++) {
    const hop = g.hops.get(`${path[i - 1]}>${path[i]}`);
    const node = g.nodes[path[i] ?? -1];
    if (!hop || !node) throw new RangeError('a route follows the edges of its graph');
    cost += hopCost(hop.strength);
    strengths.push(hop.strength);
    const to = named(node);
    if (!to) {
      hidden.push(node);
      continue;
    }
    steps.push(
      hidden.length === 0
        ? { kind: hop.kind, from, to, strength: hop.strength }
        : { kind: 'private', from, to, owners: ownersOf(g, hidden), strengths },
    );
    [from, hidden, strengths] = [to, [], []];
  }
  return { member, steps, cost, chance: Math.exp(-cost), hops: path.length - 2 };
}

/** Two routes the viewer would read the same (they differ only in whose private contact): one is enough. */
const routeKey = (r: Route) =>
  r.steps
    .map((s) => [s.kind, s.from.id, s.to.id, ...(s.kind === 'private' ? s.owners.map((o) => o.id) : [])].join(':'))
    .join('|');

/** Raw paths pulled per target at most: bounds the work when many differ only in a hidden contact. */
export const candidateLimit = (k: number) => 20 * k;

function targetsOf(g: PreparedGraph, options: RouteOptions): TargetPerson[] {
  const ids = options.targetIds ? new Set(options.targetIds) : null;
  const roles = options.targetRoles ?? defaultTargetRoles;
  const chosen: { target: TargetPerson; order: number }[] = [];
  for (const n of g.nodes) {
    const target = named(n);
    if (target?.type !== 'person' || n.type !== 'person') continue;
    const role = target.buyingRole;
    if (ids ? !ids.has(target.id) : !(role !== null && roles.includes(role))) continue;
    chosen.push({ target, order: role === null ? buyingRoles.length : buyingRoles.indexOf(role) });
  }
  return chosen
    .sort((a, b) => a.order - b.order || less(a.target.name, b.target.name) || less(a.target.id, b.target.id))
    .map((c) => c.target);
}

/** The named people whose word carries to the target: where to start looking when nobody has a way in. */
function nearestTo(g: PreparedGraph, targetIndex: number) {
  const found: { person: TargetPerson; link: 'influences' | 'is_trusted_by'; strength: Strength }[] = [];
  for (const [key, hop] of g.hops) {
    const [u, v] = key.split('>').map(Number);
    const person = named(g.nodes[u ?? -1]);
    if (v !== targetIndex || hop.kind === 'knows' || person?.type !== 'person') continue;
    found.push({ person, link: hop.kind, strength: hop.strength });
  }
  return found
    .sort((a, b) => b.strength - a.strength || less(a.person.name, b.person.name) || less(a.person.id, b.person.id))
    .slice(0, 3)
    .map(({ person, link }) => ({ person, link }));
}

/** For each target, the best routes from anyone on the team (best first), or an explicit "no route". */
export function findRoutes(graph: RouteGraph, options: RouteOptions = {}): RouteResult[] {
  const k = Math.max(1, Math.floor(options.k ?? 3));
  const g = prepareRouteGraph(graph);
  return targetsOf(g, options).map((target): RouteResult => {
    const targetIndex = g.personIndex.get(target.id) ?? -1;
    const routes: Route[] = [];
    const keys = new Set<string>();
    let pulled = 0;
    for (const path of rankedPaths(g.search, 0, targetIndex)) {
      const route = toRoute(g, path.nodes);
      const key = routeKey(route);
      if (!keys.has(key)) {
        keys.add(key);
        routes.push(route);
      }
      if (routes.length >= k || ++pulled >= candidateLimit(k)) break;
    }
    return routes.length > 0
      ? { kind: 'routes', target, routes }
      : { kind: 'no_route', target, nearest: nearestTo(g, targetIndex) };
  });
}
