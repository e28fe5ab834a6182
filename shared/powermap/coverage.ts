/**
 * Coverage for the orchestration (o2o: our team against theirs): for each buying step still ahead of a case, the
 * stakeholders who decide it, who on our team talks to them, and the gaps, each as a suggestion a next step can
 * be made of. Another member's private contact counts when someone on the team knows them, but is never named.
 * Changes with: route.ts (graph, charter, routes for the suggestions), route-words.ts, route-types.ts.
 */
import { buyingRoleLabels, type BuyingRole } from '../domain/vocabulary';
import { findRoutes, named, ownersOf, prepareRouteGraph, type GraphNode } from './route';
import type { ContactOwner, Route, RouteGraph, Strength, TargetPerson } from './route-types';
import { routeSentence } from './route-words';

/**
 * Who owns each of the default buyer steps (migration 0001 seeds them), after the buying roles of
 * seeds/o2o-relationship-selling.txt: users and influencers feel the need and raise it; the technical buyer
 * writes the requirements and screens the vendors; technical buyer, users and influencers evaluate; the
 * decision maker and the economic buyer decide; the economic buyer, who owns the money, signs the contract.
 * The decision maker stays on the early steps too: a need nobody senior owns rarely becomes a project.
 */
export const defaultStepRoles: Readonly<Record<string, readonly BuyingRole[]>> = {
  'need recognised': ['user', 'influencer', 'decision_maker'],
  'requirements set': ['technical_buyer', 'user', 'information_provider'],
  'vendors shortlisted': ['technical_buyer', 'influencer'],
  evaluated: ['technical_buyer', 'user', 'influencer'],
  decision: ['decision_maker', 'economic_buyer'],
  contract: ['economic_buyer'],
};
/** A step the team named itself: when in doubt, the person who signs owns it. */
export const fallbackStepRoles: readonly BuyingRole[] = ['decision_maker'];

export const rolesForStep = (name: string): readonly BuyingRole[] =>
  defaultStepRoles[name.trim().toLowerCase().replace(/\s+/g, ' ').replace('recognized', 'recognised')] ??
  fallbackStepRoles;

export interface CoverageStep {
  id: string;
  name: string;
  /** Who decides or owns the step; left out, the default table (by name) says. */
  roles?: readonly BuyingRole[];
}

export interface CoverageInput {
  graph: RouteGraph;
  /** The buyer steps the case has not completed yet, in their order. */
  stepsAhead: readonly CoverageStep[];
}

export interface CoverageContact {
  memberId: string;
  memberName: string;
  strength: Strength;
}
/** A stakeholder as coverage shows them: named, or another member's private contact told only by its owners. */
export type CoveragePerson = TargetPerson | { type: 'private'; owners: ContactOwner[] };

export interface CoveredPerson {
  person: CoveragePerson;
  role: BuyingRole;
  coveredBy: CoverageContact[];
}

/** covered: someone knows a decider at least well; weak: only acquaintances; uncovered: nobody; unmapped: no decider. */
export const coverageStatuses = ['covered', 'weak', 'uncovered', 'unmapped'] as const;
export type CoverageStatus = (typeof coverageStatuses)[number];

export interface StepCoverage {
  step: { id: string; name: string };
  roles: readonly BuyingRole[];
  status: CoverageStatus;
  people: CoveredPerson[];
}

export interface CoverageGap {
  stepId: string;
  stepName: string;
  kind: Exclude<CoverageStatus, 'covered'>;
  /** The named deciders the gap is about (empty when nobody is mapped). */
  personIds: string[];
  suggestion: string;
}

export interface Coverage {
  steps: StepCoverage[];
  /** Nearest step first: the gap that bites first. */
  gaps: CoverageGap[];
}

const roleWords = (roles: readonly BuyingRole[]) => {
  const words = roles.map((r) => buyingRoleLabels[r].toLowerCase());
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1] ?? ''}`;
};
const and = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
const whoWords = (p: CoveredPerson) =>
  p.person.type === 'person' ? `${p.person.name} (${buyingRoleLabels[p.role].toLowerCase()})` : 'a private contact';

function suggestionFor(input: CoverageInput, s: StepCoverage): CoverageGap | null {
  if (s.status === 'covered') return null;
  const base = { stepId: s.step.id, stepName: s.step.name, kind: s.status };
  const step = `“${s.step.name}”`;
  if (s.status === 'unmapped') {
    return {
      ...base,
      personIds: [],
      suggestion: `Nobody on the map decides ${step} yet: find the ${roleWords(s.roles)} and add them.`,
    };
  }
  const namedPeople = s.people.filter((p) => p.person.type === 'person');
  const personIds = namedPeople.map((p) => (p.person.type === 'person' ? p.person.id : ''));
  if (s.status === 'weak') {
    const who = s.people.flatMap((p) => p.coveredBy.map((c) => `${c.memberName} with ${whoWords(p)}`));
    return {
      ...base,
      personIds,
      suggestion: `Only acquaintances cover ${step} (${and(who)}): deepen one before the step comes.`,
    };
  }
  const verb = namedPeople.length === 1 ? 'decides' : 'decide';
  const head = `Nobody on the team talks to ${and(namedPeople.map(whoWords))}, who ${verb} ${step}.`;
  let best: { route: Route; target: TargetPerson } | null = null;
  for (const r of findRoutes(input.graph, { targetIds: personIds, k: 1 })) {
    const route = r.kind === 'routes' ? r.routes[0] : undefined;
    if (route && (!best || route.cost < best.route.cost)) best = { route, target: r.target };
  }
  const next = best
    ? routeSentence(best.route, best.target, input.graph.viewerId)
    : 'Find a way in before the step comes: a partner, a consultant or a former colleague who knows them.';
  return { ...base, personIds, suggestion: `${head} ${next}` };
}

export function coverage(input: CoverageInput): Coverage {
  const g = prepareRouteGraph(input.graph);
  const contacts = new Map<number, CoverageContact[]>();
  for (const [key, hop] of g.hops) {
    if (hop.kind !== 'knows') continue;
    const [u, v] = key.split('>').map(Number);
    const m = g.nodes[u ?? -1];
    if (m?.type !== 'member' || v === undefined) continue;
    contacts.set(v, [
      ...(contacts.get(v) ?? []),
      { memberId: m.member.id, memberName: m.member.name, strength: hop.strength },
    ]);
  }
  for (const list of contacts.values()) {
    list.sort(
      (a, b) => b.strength - a.strength || (a.memberName < b.memberName ? -1 : a.memberName > b.memberName ? 1 : 0),
    );
  }
  const personOf = (n: GraphNode, index: number): CoveragePerson | null => {
    const shown = named(n);
    if (shown?.type === 'person') return shown;
    // A private contact nobody on the team knows is nothing we can count on, and naming it is not ours to do.
    return contacts.has(index) ? { type: 'private', owners: ownersOf(g, [n]) } : null;
  };
  const steps = input.stepsAhead.map((step): StepCoverage => {
    const roles = step.roles ?? rolesForStep(step.name);
    const people: CoveredPerson[] = [];
    g.nodes.forEach((n, index) => {
      if (n.type !== 'person' || n.person.side !== 'stakeholder' || n.person.buyingRole === null) return;
      if (!roles.includes(n.person.buyingRole)) return;
      const person = personOf(n, index);
      if (person) people.push({ person, role: n.person.buyingRole, coveredBy: contacts.get(index) ?? [] });
    });
    people.sort(
      (a, b) =>
        roles.indexOf(a.role) - roles.indexOf(b.role) ||
        Number(a.person.type === 'private') - Number(b.person.type === 'private') ||
        (a.person.type === 'person' && b.person.type === 'person'
          ? a.person.name.localeCompare(b.person.name, 'en') || (a.person.id < b.person.id ? -1 : 1)
          : 0),
    );
    const strongest = Math.max(0, ...people.flatMap((p) => p.coveredBy.map((c) => c.strength)));
    const status: CoverageStatus =
      people.length === 0 ? 'unmapped' : strongest >= 2 ? 'covered' : strongest === 1 ? 'weak' : 'uncovered';
    return { step: { id: step.id, name: step.name }, roles, status, people };
  });
  return { steps, gaps: steps.map((s) => suggestionFor(input, s)).filter((gap) => gap !== null) };
}
