/**
 * The tables a teammate's file carries and how the merge treats each: parents before children, the fields that
 * carry clocks, the references to re-point when two rows turn out to be one, and what makes two rows with
 * different ids the same thing (a name for reference data, the pair of references for a link row).
 * Changes with: the schema (a new column of a merged table needs its clock triggers: clock-triggers.ts, and a
 * migration that recreates them), merge.ts, export.ts.
 */

export interface MergeTable {
  name: string;
  /** Columns besides id, created_at and updated_at: each has its own clock. deleted_at is one of them. */
  fields: string[];
  /** Columns holding ids of rows in other merged tables (hard or soft references), re-pointed on a match. */
  refs: Record<string, string>;
  /** Reference data created apart is recognised by this, compared with normaliseName. */
  nameKey?: string[];
  /** Link rows: two rows with these columns equal are one. */
  pairKey?: string[];
  /** Columns kept per file, never taken from a teammate. */
  local?: string[];
}

export const mergeTables: readonly MergeTable[] = [
  { name: 'team_members', fields: ['deleted_at', 'name'], refs: {}, nameKey: ['name'], local: ['is_me'] },
  {
    name: 'accounts',
    fields: ['deleted_at', 'name', 'industry', 'size_band', 'region'],
    refs: {},
    nameKey: ['name'],
  },
  { name: 'competitors', fields: ['deleted_at', 'name', 'notes'], refs: {}, nameKey: ['name'] },
  { name: 'stages', fields: ['deleted_at', 'name', 'position', 'win_probability'], refs: {}, nameKey: ['name'] },
  { name: 'buyer_steps', fields: ['deleted_at', 'name', 'position'], refs: {}, nameKey: ['name'] },
  { name: 'criteria', fields: ['deleted_at', 'name', 'position'], refs: {}, nameKey: ['name'] },
  { name: 'reason_categories', fields: ['deleted_at', 'name', 'position'], refs: {}, nameKey: ['name'] },
  {
    name: 'reasons',
    fields: ['deleted_at', 'category_id', 'name', 'kind', 'criterion_id'],
    refs: { category_id: 'reason_categories', criterion_id: 'criteria' },
    nameKey: ['category_id', 'name'],
  },
  {
    name: 'people',
    fields: [
      'deleted_at',
      'name',
      'title',
      'account_id',
      'buying_role',
      'network_role',
      'attitude',
      'influence',
      'reports_to_id',
      'preferred_channel',
      'email',
      'phone',
      'profile_url',
      'owner_id',
      'visibility',
      'side',
      'connector_kind',
      'motivation',
      // JSON lists of tags and of { criterionId, importance }: they travel with their row, by recency.
      'motivation_tags',
      'weighed_criteria',
    ],
    refs: { account_id: 'accounts', reports_to_id: 'people', owner_id: 'team_members' },
  },
  {
    name: 'cases',
    fields: [
      'deleted_at',
      'title',
      'account_id',
      'offering',
      'value_minor',
      'currency',
      'source',
      'owner_id',
      'opened_on',
      'expected_close_on',
      'closed_on',
      'stage_id',
      'probability',
      'outcome',
      'winner_competitor_id',
      'debrief',
      'debrief_step',
      'notes',
      'external_id',
      'next_step',
      'next_step_on',
    ],
    refs: {
      account_id: 'accounts',
      owner_id: 'team_members',
      stage_id: 'stages',
      winner_competitor_id: 'competitors',
    },
    pairKey: ['external_id'],
  },
  {
    name: 'case_buyer_steps',
    fields: ['deleted_at', 'case_id', 'buyer_step_id', 'reached_on'],
    refs: { case_id: 'cases', buyer_step_id: 'buyer_steps' },
    pairKey: ['case_id', 'buyer_step_id'],
  },
  {
    name: 'case_reasons',
    fields: ['deleted_at', 'case_id', 'reason_id', 'is_primary', 'evidence', 'confidence'],
    refs: { case_id: 'cases', reason_id: 'reasons' },
    pairKey: ['case_id', 'reason_id'],
  },
  {
    name: 'case_competitors',
    fields: ['deleted_at', 'case_id', 'competitor_id', 'incumbent', 'price_minor'],
    refs: { case_id: 'cases', competitor_id: 'competitors' },
    pairKey: ['case_id', 'competitor_id'],
  },
  {
    name: 'case_criteria',
    fields: ['deleted_at', 'case_id', 'criterion_id', 'importance', 'our_rating', 'rival_rating'],
    refs: { case_id: 'cases', criterion_id: 'criteria' },
    pairKey: ['case_id', 'criterion_id'],
  },
  {
    name: 'case_people',
    fields: ['deleted_at', 'case_id', 'person_id', 'reached', 'buying_role'],
    refs: { case_id: 'cases', person_id: 'people' },
    pairKey: ['case_id', 'person_id'],
  },
  {
    name: 'relationships',
    fields: ['deleted_at', 'member_id', 'person_id', 'strength'],
    refs: { member_id: 'team_members', person_id: 'people' },
    pairKey: ['member_id', 'person_id'],
  },
  {
    name: 'person_links',
    fields: ['deleted_at', 'from_id', 'to_id', 'kind', 'strength'],
    refs: { from_id: 'people', to_id: 'people' },
    pairKey: ['from_id', 'to_id', 'kind'],
  },
  {
    name: 'interactions',
    fields: ['deleted_at', 'case_id', 'person_id', 'on_date', 'channel', 'notes'],
    refs: { case_id: 'cases', person_id: 'people' },
  },
  {
    name: 'lessons',
    fields: ['deleted_at', 'case_id', 'text', 'kind', 'tag_kind', 'tag_id'],
    // tag_id names a criterion, reason or buyer step (by tag_kind): ids are UUIDs, so one alias map serves all.
    refs: { case_id: 'cases', tag_id: '*' },
  },
  {
    name: 'actions',
    fields: ['deleted_at', 'title', 'kind', 'owner_id', 'due_on', 'status', 'done_on', 'scope', 'scope_value'],
    refs: { owner_id: 'team_members', scope_value: '*' },
  },
  {
    name: 'action_lessons',
    fields: ['deleted_at', 'action_id', 'lesson_id'],
    refs: { action_id: 'actions', lesson_id: 'lessons' },
    pairKey: ['action_id', 'lesson_id'],
  },
  {
    // Two teammates who enter the same pair from the same day have entered one rate: the later edit wins.
    name: 'currency_rates',
    fields: ['deleted_at', 'currency', 'home_currency', 'rate', 'from_on'],
    refs: {},
    pairKey: ['home_currency', 'currency', 'from_on'],
  },
];

export const mergeTableNames = mergeTables.map((t) => t.name);

export function mergeTable(name: string): MergeTable {
  const table = mergeTables.find((t) => t.name === name);
  if (!table) throw new Error(`${name} is not a merged table.`);
  return table;
}
