/**
 * The route to the decision maker and the coverage of the buying steps ahead, for one account: builds the route
 * finder's graph from the rows (every live person of the account, other members' private contacts included, so
 * the finder can route through them anonymously) and words what it finds. Targets are the decision makers and
 * economic buyers of the account's open cases, by their role in each case; with no open case, the usual ones.
 * Changes with: shared/powermap/ (route.ts, coverage.ts), shared/contract/powermap.ts.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { CoverageSuggestion, PowerMapRoute } from '../../shared/contract/powermap';
import type { BuyingRole } from '../../shared/domain/vocabulary';
import { coverage } from '../../shared/powermap/coverage';
import { defaultTargetRoles, findRoutes } from '../../shared/powermap/route';
import type { RouteGraph, RoutePerson, Strength } from '../../shared/powermap/route-types';
import { noRouteSentence, routeSentence } from '../../shared/powermap/route-words';
import {
  buyerSteps,
  caseBuyerSteps,
  casePeople,
  cases,
  people,
  personLinks,
  relationships,
  teamMembers,
} from '../db/schema';
import type { ServiceContext } from './context';
import { myMemberId } from './settings';

const strengthOf = (n: number) => Math.min(3, Math.max(1, Math.round(n))) as Strength;

/** Routes per target, and coverage suggestions at most per case and per map: enough to act on, not a wall. */
const ROUTES_PER_TARGET = 2;
const GAPS_PER_CASE = 3;
const GAPS_PER_MAP = 8;

/** The account's whole graph, as the route finder takes it; roles may be overridden per case. */
export function accountGraph(ctx: ServiceContext, accountId: string): RouteGraph {
  const rows = ctx.db
    .select({
      id: people.id,
      name: people.name,
      title: people.title,
      ownerId: people.ownerId,
      visibility: people.visibility,
      side: people.side,
      buyingRole: people.buyingRole,
      connectorKind: people.connectorKind,
    })
    .from(people)
    .where(and(eq(people.accountId, accountId), isNull(people.deletedAt)))
    .orderBy(asc(people.id))
    .all();
  const persons: RoutePerson[] = rows.map((r) =>
    r.side === 'connector'
      ? { ...r, side: 'connector', connectorKind: r.connectorKind ?? 'partner' }
      : { ...r, side: 'stakeholder', buyingRole: r.buyingRole },
  );
  const ids = rows.map((r) => r.id);
  const members = ctx.db
    .select({ id: teamMembers.id, name: teamMembers.name })
    .from(teamMembers)
    .where(isNull(teamMembers.deletedAt))
    .orderBy(asc(teamMembers.id))
    .all();
  const rels =
    ids.length === 0
      ? []
      : ctx.db
          .select({
            memberId: relationships.memberId,
            personId: relationships.personId,
            strength: relationships.strength,
          })
          .from(relationships)
          .where(and(inArray(relationships.personId, ids), isNull(relationships.deletedAt)))
          .all();
  const links =
    ids.length === 0
      ? []
      : ctx.db
          .select({
            fromId: personLinks.fromId,
            toId: personLinks.toId,
            kind: personLinks.kind,
            strength: personLinks.strength,
          })
          .from(personLinks)
          .where(and(isNull(personLinks.deletedAt), inArray(personLinks.fromId, ids), inArray(personLinks.toId, ids)))
          .all();
  return {
    viewerId: myMemberId(ctx),
    members,
    people: persons,
    relationships: rels.map((r) => ({ ...r, strength: strengthOf(r.strength) })),
    links: links.map((l) => ({ ...l, strength: strengthOf(l.strength) })),
  };
}

interface OpenCase {
  id: string;
  title: string;
  /** Person id → role in this case (their usual one when the case does not say). */
  roles: Map<string, BuyingRole>;
  stepsAhead: { id: string; name: string }[];
}

function openCases(ctx: ServiceContext, accountId: string, graph: RouteGraph): OpenCase[] {
  const list = ctx.db
    .select({ id: cases.id, title: cases.title })
    .from(cases)
    .where(and(eq(cases.accountId, accountId), eq(cases.outcome, 'open'), isNull(cases.deletedAt)))
    .orderBy(asc(cases.title), asc(cases.id))
    .all();
  if (list.length === 0) return [];
  const caseIds = list.map((c) => c.id);
  const involved = ctx.db
    .select({ caseId: casePeople.caseId, personId: casePeople.personId, buyingRole: casePeople.buyingRole })
    .from(casePeople)
    .where(and(inArray(casePeople.caseId, caseIds), isNull(casePeople.deletedAt)))
    .all();
  const done = ctx.db
    .select({ caseId: caseBuyerSteps.caseId, stepId: caseBuyerSteps.buyerStepId })
    .from(caseBuyerSteps)
    .where(and(inArray(caseBuyerSteps.caseId, caseIds), isNull(caseBuyerSteps.deletedAt)))
    .all();
  const steps = ctx.db
    .select({ id: buyerSteps.id, name: buyerSteps.name })
    .from(buyerSteps)
    .where(isNull(buyerSteps.deletedAt))
    .orderBy(asc(buyerSteps.position))
    .all();
  const usual = new Map<string, BuyingRole>();
  for (const p of graph.people) if (p.side === 'stakeholder' && p.buyingRole) usual.set(p.id, p.buyingRole);
  return list.map((c) => {
    const mine = involved.filter((i) => i.caseId === c.id);
    // A case with nobody recorded yet is decided by the account's usual deciders.
    const roles = new Map(mine.length === 0 ? usual : []);
    for (const i of mine) {
      const role = i.buyingRole ?? usual.get(i.personId);
      if (role) roles.set(i.personId, role);
    }
    const reached = new Set(done.filter((d) => d.caseId === c.id).map((d) => d.stepId));
    return { ...c, roles, stepsAhead: steps.filter((s) => !reached.has(s.id)) };
  });
}

/** The graph with each stakeholder's role as the case has it. */
const withRoles = (graph: RouteGraph, roles: Map<string, BuyingRole>): RouteGraph => ({
  ...graph,
  people: graph.people.map((p) => (p.side === 'stakeholder' ? { ...p, buyingRole: roles.get(p.id) ?? null } : p)),
});

export function routesAndCoverage(
  ctx: ServiceContext,
  accountId: string,
): { routes: PowerMapRoute[]; coverage: CoverageSuggestion[] } {
  const graph = accountGraph(ctx, accountId);
  const open = openCases(ctx, accountId, graph);
  const targets = new Map<string, { role: BuyingRole; cases: { id: string; title: string }[] }>();
  const addTarget = (id: string, role: BuyingRole, c?: OpenCase) => {
    if (!defaultTargetRoles.includes(role)) return;
    const t = targets.get(id) ?? { role, cases: [] };
    // The decision maker outranks the economic buyer when a person is both across cases.
    if (role === 'decision_maker') t.role = role;
    if (c) t.cases.push({ id: c.id, title: c.title });
    targets.set(id, t);
  };
  if (open.length > 0) for (const c of open) for (const [id, role] of c.roles) addTarget(id, role, c);
  else for (const p of graph.people) if (p.side === 'stakeholder' && p.buyingRole) addTarget(p.id, p.buyingRole);

  const results = findRoutes(graph, { targetIds: [...targets.keys()], k: ROUTES_PER_TARGET });
  const routes = results.map((r): PowerMapRoute => {
    const t = targets.get(r.target.id) ?? { role: 'decision_maker' as const, cases: [] };
    return {
      targetId: r.target.id,
      targetName: r.target.name,
      role: t.role,
      cases: t.cases,
      routes:
        r.kind === 'routes'
          ? r.routes.map((route) => ({
              sentence: routeSentence(route, r.target, graph.viewerId),
              path: [route.member.id, ...route.steps.map((s) => s.to.id)],
              chance: route.chance,
            }))
          : [],
      noRoute: r.kind === 'no_route' ? noRouteSentence(r, graph.viewerId) : null,
    };
  });

  const suggestions: CoverageSuggestion[] = [];
  const said = new Set<string>();
  for (const c of open) {
    const { gaps } = coverage({ graph: withRoles(graph, c.roles), stepsAhead: c.stepsAhead });
    for (const gap of gaps.slice(0, GAPS_PER_CASE)) {
      if (said.has(gap.suggestion) || suggestions.length >= GAPS_PER_MAP) continue;
      said.add(gap.suggestion);
      suggestions.push({
        caseId: c.id,
        caseTitle: c.title,
        stepName: gap.stepName,
        kind: gap.kind,
        personIds: gap.personIds,
        suggestion: gap.suggestion,
      });
    }
  }
  return { routes, coverage: suggestions };
}
