import { describe, expect, test } from 'vitest';
import { PersonInput, type Person, type Relationship } from '../../shared/contract/people';
import { ApiError } from '../../shared/envelope';
import {
  draftErrors,
  draftFrom,
  draftToInput,
  relationshipChanges,
  relationshipsFrom,
} from '../../renderer/features/powermap/stakeholder-draft';
import { createTestWorkspace } from '../helpers/temp-workspace';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const relationship = (member: number, memberName: string, strength: number): Relationship => ({
  id: id(100 + member),
  memberId: id(member),
  memberName,
  personId: id(1),
  strength,
});

const anna: Person = {
  id: id(1),
  name: 'Anna Berg',
  title: 'CFO',
  accountId: id(900),
  buyingRole: 'economic_buyer',
  networkRole: 'blocker',
  attitude: 'opponent',
  influence: 'high',
  reportsToId: id(2),
  preferredChannel: 'phone',
  email: '',
  phone: '',
  profileUrl: '',
  ownerId: id(50),
  visibility: 'private',
  side: 'stakeholder',
  connectorKind: null,
  motivation: '',
  motivationTags: [],
  weighedCriteria: [],
  relationships: [],
};

/** The fields a stakeholder form edits, as the contract would store them. */
const editable = (p: Person) => {
  const { id: _id, accountId: _account, ownerId: _owner, relationships: _rels, ...fields } = p;
  return fields;
};

describe('the stakeholder draft', () => {
  test('an existing person round-trips: draft, then contract input, is what they already are', () => {
    const input = draftToInput(draftFrom({ existing: anna }));
    expect(input).toEqual(editable(anna));
    expect(PersonInput.parse({ ...input, accountId: anna.accountId })).toEqual({
      ...editable(anna),
      accountId: anna.accountId,
    });
  });

  test('"not known" is null in the input, never an empty string', () => {
    const unknown: Person = { ...anna, buyingRole: null, networkRole: null, reportsToId: null, preferredChannel: null };
    const draft = draftFrom({ existing: unknown });
    expect(draft).toMatchObject({ buyingRole: '', networkRole: '', reportsToId: '', preferredChannel: '' });
    expect(draftToInput(draft)).toEqual(editable(unknown));
  });

  test("a new stakeholder starts on the contract's own defaults", () => {
    const input = draftToInput(draftFrom({ existing: null }));
    const accountId = id(900);
    expect(PersonInput.parse({ ...input, name: 'Nina', accountId })).toEqual(
      PersonInput.parse({ name: 'Nina', accountId }),
    );
  });

  test('a gap can preset fields of a new stakeholder', () => {
    const draft = draftFrom({ existing: null, preset: { buyingRole: 'decision_maker', attitude: 'supporter' } });
    expect(draft).toMatchObject({ name: '', buyingRole: 'decision_maker', attitude: 'supporter', influence: 'medium' });
  });

  test('the input names every field the contract lets a form set, and nothing else', () => {
    const formFields = Object.keys(PersonInput.shape).filter((k) => k !== 'accountId');
    expect(Object.keys(draftToInput(draftFrom({ existing: null }))).sort()).toEqual(formFields.sort());
  });
});

describe('relationships in the dialog', () => {
  test('strongest first, then by name, strengths kept within 1–3', () => {
    const person: Person = {
      ...anna,
      relationships: [relationship(3, 'Carl', 1), relationship(4, 'Bea', 3), relationship(5, 'Ada', 1)],
    };
    expect(relationshipsFrom(person)).toEqual([
      { memberId: id(4), memberName: 'Bea', strength: 3 },
      { memberId: id(5), memberName: 'Ada', strength: 1 },
      { memberId: id(3), memberName: 'Carl', strength: 1 },
    ]);
    expect(relationshipsFrom({ ...anna, relationships: [relationship(3, 'Carl', 7)] })[0]?.strength).toBe(3);
    expect(relationshipsFrom(null)).toEqual([]);
  });

  test('only what changed is sent: new and re-rated with their strength, removed as 0', () => {
    const before = [
      { memberId: id(3), memberName: 'Carl', strength: 1 as const },
      { memberId: id(4), memberName: 'Bea', strength: 3 as const },
      { memberId: id(5), memberName: 'Ada', strength: 2 as const },
    ];
    const after = [
      { memberId: id(4), memberName: 'Bea', strength: 3 as const },
      { memberId: id(5), memberName: 'Ada', strength: 1 as const },
      { memberId: id(6), memberName: 'Dan', strength: 2 as const },
    ];
    expect(relationshipChanges(before, after)).toEqual([
      { memberId: id(5), strength: 1 },
      { memberId: id(6), strength: 2 },
      { memberId: id(3), strength: 0 },
    ]);
    expect(relationshipChanges(before, before)).toEqual([]);
  });
});

describe("a save's errors land on the form", () => {
  async function open() {
    const { client } = createTestWorkspace();
    await client.call('setup.complete', { myName: 'Maria', currency: 'EUR' });
    const acme = await client.call('accounts.create', { name: 'Acme' });
    const nina = await client.call('people.create', { name: 'Nina', accountId: acme.id });
    return { client, acme, nina };
  }

  /** What the dialog shows after a save through the real API fails. */
  async function shownAfter(save: Promise<unknown>) {
    const error = await save.then(
      () => null,
      (e: unknown) => e,
    );
    if (!(error instanceof ApiError) || !error.fields) throw new Error(`expected field errors, got ${String(error)}`);
    return draftErrors(error.fields, error.message);
  }

  test('contract errors on create sit under their fields', async () => {
    const { client, acme } = await open();
    const draft = { ...draftFrom({ existing: null }), name: '  ', title: 'x'.repeat(201) };
    const shown = await shownAfter(client.call('people.create', { ...draftToInput(draft), accountId: acme.id }));
    expect(Object.keys(shown.fields).sort()).toEqual(['name', 'title']);
    expect(shown.form).toBeNull();
  });

  test('on update they come back as patch.<field> and still sit under their fields', async () => {
    const { client, nina } = await open();
    const empty = { ...draftFrom({ existing: nina }), name: '' };
    expect(await shownAfter(client.call('people.update', { id: nina.id, patch: draftToInput(empty) }))).toEqual({
      fields: { name: expect.any(String) as string },
      form: null,
    });
    // The service's own check (nobody reports to themself) names its field the same way.
    const self = { ...draftFrom({ existing: nina }), reportsToId: nina.id };
    expect(await shownAfter(client.call('people.update', { id: nina.id, patch: draftToInput(self) }))).toEqual({
      fields: { reportsToId: expect.any(String) as string },
      form: null,
    });
  });

  test('an error the form has no field for is said at the bottom instead of lost', async () => {
    const { client } = await open();
    const draft = { ...draftFrom({ existing: null }), name: 'Otto' };
    const shown = await shownAfter(client.call('people.create', { ...draftToInput(draft), accountId: id(999) }));
    expect(shown).toEqual({ fields: {}, form: 'That customer does not exist.' });
  });

  test('prefixes are dropped, and fields without a place on the form go to the form message', () => {
    expect(draftErrors({ 'patch.name': 'Cannot be empty', visibility: 'Bad' }, 'Fix it')).toEqual({
      fields: { name: 'Cannot be empty' },
      form: 'Fix it',
    });
    expect(draftErrors({}, 'Nothing')).toEqual({ fields: {}, form: null });
  });
});
