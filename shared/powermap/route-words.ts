/**
 * A route in one sentence a seller can act on: "Dana knows Maria well; Maria influences the CFO: ask Maria for an
 * introduction." The relationship phrases say the strengthLabels of shared/domain/vocabulary (Acquainted, Knows
 * well, Trusted) as verbs. Another member's private contact is only ever "a private contact of Bea's".
 * Changes with: route-types.ts (Route, RouteResult), route.ts (the direction of `is_trusted_by`).
 */
import type { ContactOwner, NamedNode, Route, RouteResult, RouteStep, Strength, TargetPerson } from './route-types';

/** "the CFO" when the title is known (how sellers speak of the role), the name otherwise. */
export const targetWords = (t: { name: string; title: string }) => (t.title.trim() ? `the ${t.title.trim()}` : t.name);

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function listWords(items: string[], and = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}

interface Voice {
  target: TargetPerson;
  viewerId: string | null;
}

const isYou = (n: NamedNode, v: Voice) => n.type === 'member' && n.id === v.viewerId;

/** How a node is called inside a sentence (never at its start: the caller capitalises). */
function nodeWords(n: NamedNode, v: Voice): string {
  if (n.type === 'person' && n.id === v.target.id) return targetWords(v.target);
  return isYou(n, v) ? 'you' : n.name;
}

/** Member knows person, at each strength; `already` for a direct relationship to the target. */
function knowsWords(member: NamedNode, person: NamedNode, strength: Strength, v: Voice, already = false): string {
  const m = nodeWords(member, v);
  const p = nodeWords(person, v);
  const you = isYou(member, v);
  const a = already ? 'already ' : '';
  if (strength === 3) return `${p} ${a}trusts ${m}`;
  if (strength === 2) return you ? `you ${a}know ${p} well` : `${m} ${a}knows ${p} well`;
  return you ? `you are ${a}acquainted with ${p}` : `${m} is ${a}acquainted with ${p}`;
}

const influenceWords: Record<Strength, (a: string, b: string) => string> = {
  1: (a, b) => `${a} has some influence on ${b}`,
  2: (a, b) => `${a} influences ${b}`,
  3: (a, b) => `${a} has a strong influence on ${b}`,
};
const trustWords: Record<Strength, (a: string, b: string) => string> = {
  1: (a, b) => `${b} trusts ${a} a little`,
  2: (a, b) => `${b} trusts ${a}`,
  3: (a, b) => `${b} trusts ${a} completely`,
};

/** "a private contact of Bea's", "private contacts of Bea's and Carl's", or "a teammate's private contact". */
export function privateContactWords(owners: ContactOwner[], viewerId: string | null): string {
  const others = owners.filter((o) => o.id !== viewerId);
  if (others.length === 0) return "a teammate's private contact";
  const names = listWords(others.map((o) => `${o.name}'s`));
  return others.length === 1 ? `a private contact of ${names}` : `private contacts of ${names}`;
}

function stepWords(s: RouteStep, v: Voice): string {
  const from = nodeWords(s.from, v);
  const to = nodeWords(s.to, v);
  switch (s.kind) {
    case 'knows':
      return knowsWords(s.from, s.to, s.strength, v);
    case 'influences':
      return influenceWords[s.strength](from, to);
    case 'is_trusted_by':
      return trustWords[s.strength](from, to);
    case 'private': {
      const own = s.from.type === 'member' && s.owners.length === 1 && s.owners[0]?.id === s.from.id;
      return own
        ? `${from} has a private contact who can help reach ${to}`
        : `${from} can reach ${to} through ${privateContactWords(s.owners, v.viewerId)}`;
    }
  }
}

/** Who to ask first, and for what. */
function askWords(route: Route, v: Voice): string {
  const [first, second] = route.steps;
  if (first?.kind === 'private') {
    const owners = first.owners.filter((o) => o.id !== v.viewerId).map((o) => o.name);
    return owners.length ? `ask ${listWords(owners)} for an introduction` : 'ask around the team who it is';
  }
  const contact = first ? nodeWords(first.to, v) : '';
  const onward = second && second.kind !== 'private' && second.to.id !== v.target.id;
  return `ask ${contact} for an introduction${onward ? ` to ${nodeWords(second.to, v)}` : ''}`;
}

/** One route to the target as one sentence. */
export function routeSentence(route: Route, target: TargetPerson, viewerId: string | null): string {
  const v: Voice = { target, viewerId };
  const [first] = route.steps;
  if (route.steps.length === 1 && first?.kind === 'knows') {
    return `${capitalise(knowsWords(first.from, first.to, first.strength, v, true))}.`;
  }
  return `${capitalise(route.steps.map((s) => stepWords(s, v)).join('; '))}: ${askWords(route, v)}.`;
}

/** Nobody has a way in: say so, and where to look next. */
export function noRouteSentence(result: Extract<RouteResult, { kind: 'no_route' }>, viewerId: string | null) {
  const v: Voice = { target: result.target, viewerId };
  const t = targetWords(result.target);
  const head = `Nobody on the team has a way to ${t} yet`;
  if (result.nearest.length === 0) {
    return `${head}: find out whom ${t} listens to, or ask a partner, a consultant or a former colleague who knows the account.`;
  }
  const said = result.nearest.map(({ person, link }) =>
    (link === 'influences' ? influenceWords[2] : trustWords[2])(nodeWords(person, v), t),
  );
  const names = listWords(
    result.nearest.map((n) => n.person.name),
    'or',
  );
  return `${head}: ${listWords(said)}, so find someone who knows ${names}.`;
}

/** Every sentence for a target, best route first; one sentence when there is no route. */
export function resultSentences(result: RouteResult, viewerId: string | null): string[] {
  return result.kind === 'routes'
    ? result.routes.map((r) => routeSentence(r, result.target, viewerId))
    : [noRouteSentence(result, viewerId)];
}
