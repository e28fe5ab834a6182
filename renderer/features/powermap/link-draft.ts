/**
 * Informal links as the stakeholder dialog edits them: the links that touch one person, read from their side
 * ("influences Carla", "is trusted by Maria"), and the `links.set` calls that turn the old ones into the new.
 * Changes with: shared/contract/powermap.ts (links.set), LinksEditor.tsx, link-words.ts.
 */
import type { PersonLink } from '../../../shared/contract/powermap';
import type { LinkKind } from '../../../shared/powermap/route-types';
import type { Strength } from './describe';

/** The person being edited, before a new one has an id. */
export const SELF = 'self';

export interface DraftLink {
  fromId: string;
  toId: string;
  kind: LinkKind;
  strength: Strength;
}

/** How a link reads from the edited person's side: the five the add row offers. */
export const relations = ['influences', 'influenced_by', 'trusts', 'trusted_by', 'at_odds_with'] as const;
export type Relation = (typeof relations)[number];
export const relationLabels: Record<Relation, string> = {
  influences: 'Influences',
  influenced_by: 'Is influenced by',
  trusts: 'Trusts',
  trusted_by: 'Is trusted by',
  at_odds_with: 'Is at odds with',
};

export function relationToLink(self: string, other: string, relation: Relation, strength: Strength): DraftLink {
  switch (relation) {
    case 'influences':
    case 'trusts':
    case 'at_odds_with':
      return { fromId: self, toId: other, kind: relation, strength };
    case 'influenced_by':
      return { fromId: other, toId: self, kind: 'influences', strength };
    case 'trusted_by':
      return { fromId: other, toId: self, kind: 'trusts', strength };
  }
}

export const linkKey = (l: Pick<DraftLink, 'fromId' | 'toId' | 'kind'>) => `${l.fromId}>${l.toId}:${l.kind}`;

/** The live links that touch a person, as drafts (strengths kept within 1–3). */
export function linksFrom(personId: string | null, links: PersonLink[]): DraftLink[] {
  if (!personId) return [];
  return links
    .filter((l) => l.fromId === personId || l.toId === personId)
    .map((l) => ({
      fromId: l.fromId,
      toId: l.toId,
      kind: l.kind,
      strength: Math.min(3, Math.max(1, l.strength)) as Strength,
    }));
}

/** Only what changed, with SELF replaced by the saved person's id: new or re-rated with a strength, removed as 0. */
export function linkChanges(
  before: DraftLink[],
  after: DraftLink[],
  personId: string,
): { fromId: string; toId: string; kind: LinkKind; strength: 0 | Strength }[] {
  const real = (l: DraftLink): DraftLink => ({
    ...l,
    fromId: l.fromId === SELF ? personId : l.fromId,
    toId: l.toId === SELF ? personId : l.toId,
  });
  const old = new Map(before.map((l) => [linkKey(real(l)), l.strength]));
  const now = after.map(real);
  const changes: { fromId: string; toId: string; kind: LinkKind; strength: 0 | Strength }[] = now.filter(
    (l) => old.get(linkKey(l)) !== l.strength,
  );
  const kept = new Set(now.map(linkKey));
  for (const l of before.map(real)) if (!kept.has(linkKey(l))) changes.push({ ...l, strength: 0 });
  return changes;
}
