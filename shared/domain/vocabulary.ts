/**
 * The product's fixed vocabulary (see the README's glossary): every closed list the database, the contract and
 * the screens share. Configurable lists (stages, buyer steps, criteria, reasons) live in tables instead.
 */

export const outcomes = ['open', 'won', 'lost', 'no_decision', 'withdrawn', 'unknown'] as const;
export type Outcome = (typeof outcomes)[number];
export const closedOutcomes = ['won', 'lost', 'no_decision', 'withdrawn', 'unknown'] as const;
export const outcomeLabels: Record<Outcome, string> = {
  open: 'Open',
  won: 'Won',
  lost: 'Lost to competitor',
  no_decision: 'Lost to no decision',
  withdrawn: 'Withdrawn',
  unknown: 'Unknown',
};

export const debriefStates = ['none', 'pending', 'done'] as const;
export type DebriefState = (typeof debriefStates)[number];

export const reasonKinds = ['win', 'loss', 'either'] as const;
export type ReasonKind = (typeof reasonKinds)[number];

export const evidenceSources = ['our_view', 'buyer_said', 'third_party'] as const;
export type EvidenceSource = (typeof evidenceSources)[number];
export const evidenceLabels: Record<EvidenceSource, string> = {
  our_view: 'Our view',
  buyer_said: 'Buyer said',
  third_party: 'Third party',
};

export const levels = ['low', 'medium', 'high'] as const;
export type Level = (typeof levels)[number];

export const buyingRoles = [
  'decision_maker',
  'economic_buyer',
  'technical_buyer',
  'user',
  'influencer',
  'information_provider',
] as const;
export type BuyingRole = (typeof buyingRoles)[number];
export const buyingRoleLabels: Record<BuyingRole, string> = {
  decision_maker: 'Decision maker',
  economic_buyer: 'Economic buyer',
  technical_buyer: 'Technical buyer',
  user: 'User',
  influencer: 'Influencer',
  information_provider: 'Information provider',
};

export const networkRoles = ['connector', 'blocker', 'champion'] as const;
export type NetworkRole = (typeof networkRoles)[number];

export const attitudes = ['supporter', 'neutral', 'opponent'] as const;
export type Attitude = (typeof attitudes)[number];

export const channels = ['face_to_face', 'web_meeting', 'phone', 'email', 'message'] as const;
export type Channel = (typeof channels)[number];
export const channelLabels: Record<Channel, string> = {
  face_to_face: 'Face to face',
  web_meeting: 'Web meeting',
  phone: 'Phone',
  email: 'Email',
  message: 'Message',
};

export const lessonKinds = ['worked', 'hurt'] as const;
export type LessonKind = (typeof lessonKinds)[number];
export const lessonTagKinds = ['criterion', 'reason', 'buyer_step'] as const;
export type LessonTagKind = (typeof lessonTagKinds)[number];
/** Criteria and reasons share names ("Quality", "Price"), so a tag always says which it is. */
export const lessonTagKindLabels: Record<LessonTagKind, string> = {
  criterion: 'criterion',
  reason: 'reason',
  buyer_step: 'buyer step',
};
/** "Quality (criterion)", "Quality (reason)". */
export function lessonTagLabel(kind: string | null, name: string): string {
  const label = kind && kind in lessonTagKindLabels ? lessonTagKindLabels[kind as LessonTagKind] : null;
  return label ? `${name} (${label})` : name;
}

export const actionKinds = ['corrective', 'preventive'] as const;
export type ActionKind = (typeof actionKinds)[number];
export const actionStatuses = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
export const actionScopes = ['all', 'competitor', 'segment', 'offering', 'criterion'] as const;
export type ActionScope = (typeof actionScopes)[number];

export const sizeBands = ['1-9', '10-49', '50-249', '250-999', '1000+'] as const;
export type SizeBand = (typeof sizeBands)[number];

/** Who can see a stakeholder: the relationship charter says sharing is explicit. */
export const visibilities = ['private', 'team'] as const;
export type Visibility = (typeof visibilities)[number];

export const networkRoleLabels: Record<NetworkRole, string> = {
  connector: 'Connector',
  blocker: 'Blocker',
  champion: 'Champion',
};
export const attitudeLabels: Record<Attitude, string> = {
  supporter: 'Supporter',
  neutral: 'Neutral',
  opponent: 'Opponent',
};
/** Influence on the buying decision (the `levels` list). */
export const influenceLabels: Record<Level, string> = { low: 'Low', medium: 'Medium', high: 'High' };
export const visibilityLabels: Record<Visibility, string> = {
  private: 'Private to me',
  team: 'Shared with the team',
};
/** How well a team member knows a stakeholder (relationships.strength; 0 means no relationship). */
export const strengthLabels: Record<1 | 2 | 3, string> = { 1: 'Acquainted', 2: 'Knows well', 3: 'Trusted' };
export const sizeBandLabels: Record<SizeBand, string> = {
  '1-9': '1–9',
  '10-49': '10–49',
  '50-249': '50–249',
  '250-999': '250–999',
  '1000+': '1,000+',
};

/** What a stakeholder wins or fears from the purchase (the power map's motivation tags). */
export const motivationTags = ['cost', 'risk', 'career', 'innovation', 'workload', 'control'] as const;
export type MotivationTag = (typeof motivationTags)[number];
export const motivationTagLabels: Record<MotivationTag, string> = {
  cost: 'Cost',
  risk: 'Risk',
  career: 'Career',
  innovation: 'Innovation',
  workload: 'Workload',
  control: 'Control',
};

/** A stakeholder inside the account, or a connector outside it (partner, consultant, former colleague). */
export const personSides = ['stakeholder', 'connector'] as const;
export type PersonSide = (typeof personSides)[number];
