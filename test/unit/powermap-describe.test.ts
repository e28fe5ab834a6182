import { describe, expect, test } from 'vitest';
import type { Person, PowerMapGap, Relationship } from '../../shared/contract/people';
import type { Account } from '../../shared/contract/accounts';
import { accountFacts } from '../../renderer/features/powermap/account-facts';
import {
  byStrength,
  gapsByPerson,
  ownerText,
  personSummary,
  rolesText,
  strengthLabel,
} from '../../renderer/features/powermap/describe';
import { formatNumber } from '../../renderer/lib/format';

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
  ownerId: null,
  visibility: 'team',
  side: 'stakeholder',
  connectorKind: null,
  motivation: '',
  motivationTags: [],
  weighedCriteria: [],
  relationships: [relationship(3, 'Carl', 1), relationship(4, 'Bea', 3)],
};

describe('words for a stakeholder', () => {
  test('strength labels stay within 1–3 whatever a merged file holds', () => {
    expect([0, 1, 2, 3, 9].map(strengthLabel)).toEqual([
      'Acquainted',
      'Acquainted',
      'Knows well',
      'Trusted',
      'Trusted',
    ]);
  });

  test('relationships: strongest first, then by name, without reordering the original', () => {
    const rels = [relationship(3, 'Carl', 2), relationship(4, 'Bea', 3), relationship(5, 'Ada', 2)];
    expect(byStrength(rels).map((r) => r.memberName)).toEqual(['Bea', 'Ada', 'Carl']);
    expect(rels.map((r) => r.memberName)).toEqual(['Carl', 'Bea', 'Ada']);
    expect(ownerText(relationship(4, 'Bea', 3))).toBe('Bea · Trusted');
  });

  test('roles: both, one, or none known', () => {
    expect(rolesText(anna)).toBe('Economic buyer · Blocker');
    expect(rolesText({ ...anna, buyingRole: null })).toBe('Blocker');
    expect(rolesText({ ...anna, networkRole: null })).toBe('Economic buyer');
    expect(rolesText({ ...anna, buyingRole: null, networkRole: null })).toBeNull();
  });

  test("a card's accessible name says everything it shows, who to call first", () => {
    const gap: PowerMapGap = { kind: 'blocker_unowned', personId: anna.id, message: 'Nobody owns the blocker' };
    expect(personSummary(anna, 'Olof Lind', [gap])).toBe(
      'Anna Berg, CFO, Economic buyer · Blocker, Opponent, High influence, reports to Olof Lind, ' +
        'known by Bea (trusted), Carl (acquainted), Gap: Nobody owns the blocker',
    );
  });

  test('what is not known is left out, and an unknown person says so', () => {
    const stranger: Person = { ...anna, title: '', buyingRole: null, networkRole: null, relationships: [] };
    expect(personSummary(stranger, null, [])).toBe(
      'Anna Berg, Opponent, High influence, no one on the team knows them',
    );
  });

  test('gaps are grouped by the person they point at; account-wide gaps are not', () => {
    const gaps: PowerMapGap[] = [
      { kind: 'no_decision_maker', personId: null, message: 'No decision maker' },
      { kind: 'strong_opponent', personId: id(1), message: 'Strong opponent' },
      { kind: 'blocker_unowned', personId: id(2), message: 'Blocker unowned' },
      { kind: 'decision_maker_unowned', personId: id(1), message: 'Decision maker unowned' },
    ];
    const byPerson = gapsByPerson(gaps);
    expect([...byPerson.keys()]).toEqual([id(1), id(2)]);
    expect(byPerson.get(id(1))?.map((g) => g.kind)).toEqual(['strong_opponent', 'decision_maker_unowned']);
  });
});

describe('account facts', () => {
  const acme: Account = {
    id: id(900),
    name: 'Acme',
    industry: 'Logistics',
    sizeBand: '250-999',
    region: 'Hamburg',
    openCases: 2,
    closedCases: 3,
  };

  test('everything known, in one line', () => {
    expect(accountFacts(acme)).toBe('Logistics · 250–999 employees · Hamburg · 2 open, 3 closed cases');
  });

  test('nothing invented: unknown facts are left out', () => {
    expect(accountFacts({ ...acme, industry: null, sizeBand: null, region: null })).toBe('2 open, 3 closed cases');
    expect(accountFacts({ ...acme, industry: '', region: null })).toBe('250–999 employees · 2 open, 3 closed cases');
  });

  test('cases in the singular and plural, open or closed alone, or none', () => {
    const only = (openCases: number, closedCases: number) =>
      accountFacts({ ...acme, industry: null, sizeBand: null, region: null, openCases, closedCases });
    expect(only(1, 0)).toBe('1 open case');
    expect(only(4, 0)).toBe('4 open cases');
    expect(only(0, 1)).toBe('1 closed case');
    expect(only(0, 12)).toBe('12 closed cases');
    expect(only(0, 0)).toBe('no cases yet');
    expect(only(1200, 0)).toBe(`${formatNumber(1200)} open cases`);
  });
});
