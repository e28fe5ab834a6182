/** Words for informal links: the legend, a focused line's description, the dialog's list. */
import type { PersonLink } from '../../../shared/contract/powermap';
import type { LinkKind } from '../../../shared/powermap/route-types';

export const linkStrengthLabels: Record<1 | 2 | 3, string> = { 1: 'Slightly', 2: 'Clearly', 3: 'Strongly' };
export const linkKindLabels: Record<LinkKind, string> = {
  influences: 'Influences',
  trusts: 'Trusts',
  at_odds_with: 'At odds with',
};

const verbs: Record<LinkKind, string> = { influences: 'influences', trusts: 'trusts', at_odds_with: 'is at odds with' };

/** "Maria strongly influences Carla." */
export function linkSentence(l: Pick<PersonLink, 'kind' | 'strength'>, from: string, to: string): string {
  const how = linkStrengthLabels[Math.min(3, Math.max(1, l.strength)) as 1 | 2 | 3].toLowerCase();
  return `${from} ${how} ${verbs[l.kind]} ${to}.`;
}
