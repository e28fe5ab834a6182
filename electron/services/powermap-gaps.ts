/**
 * The gaps a power map calls out, as a pure function of the stakeholders: the questions a sales coach would
 * ask looking at the org chart. Ordered by how much each one costs deals (the decision maker first).
 */
import type { Person, PowerMapGap } from '../../shared/contract/people';

const owned = (p: Person) => p.relationships.length > 0;

export function powerMapGaps(accountName: string, stakeholders: Person[]): PowerMapGap[] {
  const gaps: PowerMapGap[] = [];
  const deciders = stakeholders.filter((p) => p.buyingRole === 'decision_maker');
  if (deciders.length === 0) {
    gaps.push({
      kind: 'no_decision_maker',
      personId: null,
      message: `No decision maker mapped at ${accountName}: who signs?`,
    });
  }
  for (const p of deciders.filter((d) => !owned(d))) {
    gaps.push({
      kind: 'decision_maker_unowned',
      personId: p.id,
      message: `No one on the team knows ${p.name}, the decision maker.`,
    });
  }
  for (const p of stakeholders.filter((s) => s.networkRole === 'blocker' && !owned(s))) {
    gaps.push({
      kind: 'blocker_unowned',
      personId: p.id,
      message: `${p.name} blocks, and nobody owns that relationship.`,
    });
  }
  for (const p of stakeholders.filter((s) => s.attitude === 'opponent' && s.influence === 'high')) {
    gaps.push({ kind: 'strong_opponent', personId: p.id, message: `${p.name} opposes us and has high influence.` });
  }
  if (stakeholders.length > 0 && !stakeholders.some((s) => s.networkRole === 'champion')) {
    gaps.push({ kind: 'no_champion', personId: null, message: `No champion at ${accountName} yet.` });
  }
  return gaps;
}
