/**
 * The stakeholder dialog's draft as plain data: from a person to form fields and back to a `people.create` /
 * `people.update` input, where the save's field errors go on the form, and the `relationships.set` calls that turn
 * the old relationships into the new ones.
 */
import type { Person, WeighedCriterion } from '../../../shared/contract/people';
import type {
  Attitude,
  BuyingRole,
  Channel,
  Level,
  MotivationTag,
  NetworkRole,
  Visibility,
} from '../../../shared/domain/vocabulary';
import type { ConnectorKind } from '../../../shared/powermap/route-types';
import { unprefixed } from '../accounts/field-errors';
import { byStrength, type Strength } from './describe';

export interface Draft {
  name: string;
  title: string;
  buyingRole: BuyingRole | '';
  networkRole: NetworkRole | '';
  attitude: Attitude;
  influence: Level;
  reportsToId: string;
  preferredChannel: Channel | '';
  email: string;
  phone: string;
  profileUrl: string;
  visibility: Visibility;
  /** A stakeholder of the account, or the kind of connector outside it. */
  kind: 'stakeholder' | ConnectorKind;
  motivation: string;
  motivationTags: MotivationTag[];
  weighedCriteria: WeighedCriterion[];
}

export interface DraftRelationship {
  memberId: string;
  memberName: string;
  strength: Strength;
}

/** What the dialog opens on: a stakeholder to edit, or a new one (optionally with fields preset by a gap). */
export type StakeholderEditing =
  { existing: Person; focus?: 'relationships' } | { existing: null; preset?: Partial<Draft> };

const blank: Draft = {
  name: '',
  title: '',
  buyingRole: '',
  networkRole: '',
  attitude: 'neutral',
  influence: 'medium',
  reportsToId: '',
  preferredChannel: '',
  email: '',
  phone: '',
  profileUrl: '',
  visibility: 'team',
  kind: 'stakeholder',
  motivation: '',
  motivationTags: [],
  weighedCriteria: [],
};

/** A new stakeholder starts as the charter says (private or shared), unless a preset says otherwise. */
export function draftFrom(editing: StakeholderEditing, newContacts: Visibility = 'team'): Draft {
  const p = editing.existing;
  if (!p) return { ...blank, visibility: newContacts, ...editing.preset };
  return {
    name: p.name,
    title: p.title,
    buyingRole: p.buyingRole ?? '',
    networkRole: p.networkRole ?? '',
    attitude: p.attitude,
    influence: p.influence,
    reportsToId: p.reportsToId ?? '',
    preferredChannel: p.preferredChannel ?? '',
    email: p.email,
    phone: p.phone,
    profileUrl: p.profileUrl,
    visibility: p.visibility,
    kind: p.side === 'connector' ? (p.connectorKind ?? 'partner') : 'stakeholder',
    motivation: p.motivation,
    motivationTags: [...p.motivationTags],
    weighedCriteria: p.weighedCriteria.map((c) => ({ ...c })),
  };
}

/** The fields as the contract takes them: "not known" is null, not an empty string. */
export function draftToInput(d: Draft) {
  return {
    name: d.name,
    title: d.title,
    buyingRole: d.buyingRole || null,
    networkRole: d.networkRole || null,
    attitude: d.attitude,
    influence: d.influence,
    reportsToId: d.reportsToId || null,
    preferredChannel: d.preferredChannel || null,
    email: d.email,
    phone: d.phone,
    profileUrl: d.profileUrl,
    visibility: d.visibility,
    side: d.kind === 'stakeholder' ? ('stakeholder' as const) : ('connector' as const),
    connectorKind: d.kind === 'stakeholder' ? null : d.kind,
    motivation: d.motivation,
    motivationTags: d.motivationTags,
    weighedCriteria: d.weighedCriteria,
  };
}

/** The draft fields the dialog shows an error under (visibility is a group of radios without one). */
const errorSlots = new Set<string>([
  'name',
  'title',
  'buyingRole',
  'networkRole',
  'attitude',
  'influence',
  'reportsToId',
  'preferredChannel',
  'email',
  'phone',
  'profileUrl',
  'motivation',
] satisfies (keyof Draft)[]);

/**
 * A save's field errors as the dialog shows them: under the field they name (`patch.name` is `name`), and any
 * the form has no place for (the customer gone meanwhile: `accountId`) as the error's message at the bottom,
 * so the save never fails without a word.
 */
export function draftErrors(
  fields: Record<string, string>,
  message: string,
): { fields: Record<string, string>; form: string | null } {
  const all = Object.entries(unprefixed(fields));
  const shown = all.filter(([field]) => errorSlots.has(field));
  return { fields: Object.fromEntries(shown), form: shown.length < all.length ? message : null };
}

export const relationshipsFrom = (p: Person | null): DraftRelationship[] =>
  byStrength(p?.relationships ?? []).map((r) => ({
    memberId: r.memberId,
    memberName: r.memberName,
    strength: Math.min(3, Math.max(1, r.strength)) as Strength,
  }));

/** Only what changed: a new or re-rated relationship gets its strength, a removed one gets 0. */
export function relationshipChanges(
  before: DraftRelationship[],
  after: DraftRelationship[],
): { memberId: string; strength: 0 | Strength }[] {
  const old = new Map(before.map((r) => [r.memberId, r.strength]));
  const changes: { memberId: string; strength: 0 | Strength }[] = after
    .filter((r) => old.get(r.memberId) !== r.strength)
    .map((r) => ({ memberId: r.memberId, strength: r.strength }));
  for (const r of before) {
    if (!after.some((a) => a.memberId === r.memberId)) changes.push({ memberId: r.memberId, strength: 0 });
  }
  return changes;
}
