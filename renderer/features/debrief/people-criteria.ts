/**
 * The criteria the people involved in a case weigh most (their motivation on the power map), so the debrief's
 * criteria grid starts from them: those criteria first, most weighed first, each with who weighs it and how much
 * ("Eva Berg (CFO) weighs Price: high"), and the highest importance to start the row with. Pure, so it is tested.
 * Changes with: shared/contract/people.ts (WeighedCriterion), renderer/features/debrief/steps/CriteriaStep.tsx.
 */
import type { Person } from '../../../shared/contract/people';

export interface PeopleCriterion {
  criterionId: string;
  /** The highest importance anyone involved gives it (1–5). */
  importance: number;
  /** Who weighs it, in words. */
  sentence: string;
}

/** The debrief's 1–5 importance in a word. */
export function importanceWord(importance: number): string {
  return importance >= 4 ? 'high' : importance === 3 ? 'medium' : 'low';
}

const who = (p: Pick<Person, 'name' | 'title'>) => (p.title ? `${p.name} (${p.title})` : p.name);

export function peopleCriteria(
  involvedIds: readonly string[],
  people: readonly Pick<Person, 'id' | 'name' | 'title' | 'weighedCriteria'>[],
  criteria: readonly { id: string; name: string; position: number }[],
): PeopleCriterion[] {
  const involved = new Set(involvedIds);
  const weighers = new Map<string, { person: Pick<Person, 'name' | 'title'>; importance: number }[]>();
  for (const p of people) {
    if (!involved.has(p.id)) continue;
    for (const w of p.weighedCriteria) {
      weighers.set(w.criterionId, [...(weighers.get(w.criterionId) ?? []), { person: p, importance: w.importance }]);
    }
  }
  const out: (PeopleCriterion & { position: number })[] = [];
  for (const c of criteria) {
    const list = weighers.get(c.id);
    if (!list) continue;
    list.sort((a, b) => b.importance - a.importance || a.person.name.localeCompare(b.person.name));
    const [first, ...rest] = list;
    const more = rest.map((w) => `${who(w.person)}: ${importanceWord(w.importance)}`);
    out.push({
      criterionId: c.id,
      importance: first!.importance,
      position: c.position,
      sentence: [`${who(first!.person)} weighs ${c.name}: ${importanceWord(first!.importance)}`, ...more].join('; '),
    });
  }
  return out
    .sort((a, b) => b.importance - a.importance || a.position - b.position)
    .map(({ position: _position, ...rest }) => rest);
}
