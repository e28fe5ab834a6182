/** Words for a stakeholder, shared by the chart's cards, their accessible names, the table and the dialog. */
import type { Person, PowerMapGap, Relationship } from '../../../shared/contract/people';
import {
  attitudeLabels,
  buyingRoleLabels,
  influenceLabels,
  networkRoleLabels,
  motivationTagLabels,
  strengthLabels,
} from '../../../shared/domain/vocabulary';
import { connectorKindLabels } from './connector-words';

export type Strength = 1 | 2 | 3;
export const strengths: Strength[] = [1, 2, 3];

export const strengthLabel = (s: number) => strengthLabels[Math.min(3, Math.max(1, s)) as Strength];

/** Strongest relationship first, then by name: the first line is who to call. */
export function byStrength(relationships: Relationship[]): Relationship[] {
  return [...relationships].sort((a, b) => b.strength - a.strength || a.memberName.localeCompare(b.memberName));
}

export const ownerText = (r: Relationship) => `${r.memberName} · ${strengthLabel(r.strength)}`;

/** "Decision maker · Blocker", or null if neither role is known. */
export function rolesText(p: Person): string | null {
  const parts = [
    p.buyingRole ? buyingRoleLabels[p.buyingRole] : null,
    p.networkRole ? networkRoleLabels[p.networkRole] : null,
  ];
  return parts.filter(Boolean).join(' · ') || null;
}

/** Everything a card shows, in one sentence, for a screen reader focusing the node. */
export function personSummary(p: Person, managerName: string | null, gaps: PowerMapGap[]): string {
  const owners = byStrength(p.relationships);
  return [
    p.name,
    p.title || null,
    p.side === 'connector' ? `${connectorKindLabels[p.connectorKind ?? 'partner']} outside the account` : null,
    rolesText(p),
    `${attitudeLabels[p.attitude]}`,
    `${influenceLabels[p.influence]} influence`,
    managerName ? `reports to ${managerName}` : null,
    owners.length
      ? `known by ${owners.map((r) => `${r.memberName} (${strengthLabel(r.strength).toLowerCase()})`).join(', ')}`
      : 'no one on the team knows them',
    p.motivation || p.motivationTags.length
      ? `wants: ${[p.motivation, p.motivationTags.map((t) => motivationTagLabels[t].toLowerCase()).join(', ')].filter(Boolean).join('; ')}`
      : null,
    ...gaps.map((g) => `Gap: ${g.message}`),
  ]
    .filter(Boolean)
    .join(', ');
}

/** The gaps that point at a person, keyed by person id. */
export function gapsByPerson(gaps: PowerMapGap[]): Map<string, PowerMapGap[]> {
  const map = new Map<string, PowerMapGap[]>();
  for (const g of gaps) {
    if (!g.personId) continue;
    map.set(g.personId, [...(map.get(g.personId) ?? []), g]);
  }
  return map;
}
