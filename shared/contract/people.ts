/** Stakeholders on the customer side, our relationships to them, and the power map of an account. */
import { z } from 'zod';
import { attitudes, buyingRoles, channels, levels, networkRoles, visibilities } from '../domain/vocabulary';
import { ById, Day, Id, Name } from './common';
import { method, mutation, patchOf } from './define';
import { Account } from './accounts';

export const Relationship = z.object({
  id: Id,
  memberId: Id,
  memberName: z.string(),
  personId: Id,
  strength: z.int().min(1).max(3),
});
export type Relationship = z.infer<typeof Relationship>;

export const Person = z.object({
  id: Id,
  name: z.string(),
  title: z.string(),
  accountId: Id,
  buyingRole: z.enum(buyingRoles).nullable(),
  networkRole: z.enum(networkRoles).nullable(),
  attitude: z.enum(attitudes),
  influence: z.enum(levels),
  reportsToId: Id.nullable(),
  preferredChannel: z.enum(channels).nullable(),
  ownerId: Id.nullable(),
  visibility: z.enum(visibilities),
  relationships: z.array(Relationship),
});
export type Person = z.infer<typeof Person>;

export const PersonInput = z.object({
  name: Name,
  title: z.string().trim().max(200).default(''),
  accountId: Id,
  buyingRole: z.enum(buyingRoles).nullable().default(null),
  networkRole: z.enum(networkRoles).nullable().default(null),
  attitude: z.enum(attitudes).default('neutral'),
  influence: z.enum(levels).default('medium'),
  reportsToId: Id.nullable().default(null),
  preferredChannel: z.enum(channels).nullable().default(null),
  visibility: z.enum(visibilities).default('team'),
});
export type PersonInput = z.input<typeof PersonInput>;

export const gapKinds = [
  'no_decision_maker',
  'decision_maker_unowned',
  'blocker_unowned',
  'strong_opponent',
  'no_champion',
] as const;
export const PowerMapGap = z.object({ kind: z.enum(gapKinds), personId: Id.nullable(), message: z.string() });
export type PowerMapGap = z.infer<typeof PowerMapGap>;

export const PowerMap = z.object({ account: Account, people: z.array(Person), gaps: z.array(PowerMapGap) });
export type PowerMap = z.infer<typeof PowerMap>;

export const Interaction = z.object({
  id: Id,
  caseId: Id,
  personId: Id.nullable(),
  on: Day,
  channel: z.enum(channels),
  notes: z.string(),
});

export const peopleApi = {
  'people.list': method(
    'Stakeholders of an account that I may see (mine, and those shared with the team).',
    z.object({ accountId: Id }),
    z.array(Person),
  ),
  'people.create': mutation('Add a stakeholder to an account.', PersonInput, Person, ['people']),
  'people.update': mutation(
    'Change a stakeholder; fields left out stay as they are.',
    z.object({ id: Id, patch: patchOf(PersonInput) }),
    Person,
    ['people'],
  ),
  'people.delete': mutation('Move a stakeholder to the trash.', ById, Person, ['people']),
  'people.restore': mutation('Bring a stakeholder back from the trash.', ById, Person, ['people']),
  'relationships.set': mutation(
    'Say how well a team member knows a stakeholder (1 acquainted – 3 trusted); 0 removes the relationship.',
    z.object({ personId: Id, memberId: Id, strength: z.int().min(0).max(3) }),
    Person,
    ['people'],
  ),
  'powermap.get': method(
    'The power map of an account: its stakeholders, our relationships, and the gaps to close.',
    z.object({ accountId: Id }),
    PowerMap,
  ),
  'interactions.list': method(
    'Interactions logged on a case, newest first.',
    z.object({ caseId: Id }),
    z.array(Interaction),
  ),
  'interactions.create': mutation(
    'Log an interaction: date, channel, who, a line of notes.',
    z.object({
      caseId: Id,
      personId: Id.nullable().default(null),
      on: Day,
      channel: z.enum(channels),
      notes: z.string().max(2000).default(''),
    }),
    Interaction,
    ['interactions'],
  ),
};
