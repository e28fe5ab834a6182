import { describe, expect, test } from 'vitest';
import type { Debrief } from '../../shared/contract/debrief';
import { caseToText, fieldOfPatchKey, toPatch } from '../../renderer/features/case-detail/case-form';
import {
  buildCompetitors,
  buildCriteria,
  buildReasons,
  draftsFrom,
  errorsByItem,
  reasonKindsFor,
} from '../../renderer/features/debrief/debrief-drafts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const kase: Debrief['case'] = {
  id: id(1),
  title: 'Fleet',
  accountId: id(2),
  accountName: 'Nordhaven',
  offering: null,
  valueMinor: 1250050,
  currency: 'EUR',
  source: null,
  ownerId: null,
  ownerName: null,
  openedOn: '2026-01-10',
  expectedCloseOn: null,
  closedOn: null,
  nextStep: null,
  nextStepOn: null,
  stageId: null,
  stageName: null,
  probability: null,
  outcome: 'open',
  winnerCompetitorId: null,
  debrief: 'none',
  debriefStep: 0,
  notes: '',
  externalId: null,
  createdAt: '2026-01-10T00:00:00.000Z',
  updatedAt: '2026-01-10T00:00:00.000Z',
  deletedAt: null,
};
const empty: Debrief = {
  case: kase,
  reasons: [],
  competitors: [],
  criteria: [],
  people: [],
  buyerSteps: [],
  lessons: [],
};

describe('case page fields', () => {
  test('text round-trips to a patch of only what changed, empty optional text as null', () => {
    const text = caseToText(kase);
    expect(text.value).toBe('12500.5');
    expect(toPatch({ offering: '', title: 'New' }, text)).toEqual({
      patch: { offering: null, title: 'New' },
      errors: {},
    });
  });

  test('the amount travels with its currency, and an unreadable one stays back with its reason', () => {
    const text = { ...caseToText(kase), value: '1000', currency: 'JPY' };
    expect(toPatch({ currency: 'JPY' }, text).patch).toEqual({ valueMinor: 1000, currency: 'JPY' });
    const bad = toPatch({ value: '12,5,0', notes: 'x' }, { ...text, value: '12,5,0', currency: 'EUR' });
    expect(bad.patch).toEqual({ notes: 'x' });
    expect(bad.errors.value).toBe('Use one decimal mark');
    expect(toPatch({ probability: 'abc' }, text).errors.probability).toMatch(/0–100/);
  });

  test('contract errors on the amount show on the value field', () => {
    expect(fieldOfPatchKey('valueMinor')).toBe('value');
    expect(fieldOfPatchKey('notes')).toBe('notes');
    expect(fieldOfPatchKey('id')).toBeNull();
  });
});

describe('debrief drafts', () => {
  test('an open case starts with no outcome and today as the close date', () => {
    expect(draftsFrom(empty, '2026-05-01').outcome).toEqual({
      outcome: '',
      closedOn: '2026-05-01',
      winnerCompetitorId: '',
    });
  });

  test('reasons fit the outcome', () => {
    expect(reasonKindsFor('won')).toEqual(['win', 'either']);
    expect(reasonKindsFor('no_decision')).toEqual(['loss', 'either']);
    expect(reasonKindsFor('unknown')).toHaveLength(3);
  });

  test('one reason is the primary one by itself; several need one marked', () => {
    const d = draftsFrom(empty, '2026-05-01');
    const one = { ...d, reasons: { [id(5)]: { evidence: 'our_view', confidence: 'high' } as const } };
    expect(buildReasons(one)).toEqual({
      ok: true,
      value: [{ reasonId: id(5), isPrimary: true, evidence: 'our_view', confidence: 'high' }],
    });
    const two = {
      ...one,
      reasons: { ...one.reasons, [id(6)]: { evidence: 'buyer_said', confidence: 'low' } as const },
    };
    expect(buildReasons(two).ok).toBe(false);
    expect(buildReasons({ ...two, primaryReasonId: id(6) })).toMatchObject({ ok: true });
  });

  test('a competitor price is read in the case currency; a half-rated criterion row is pointed at', () => {
    const d = draftsFrom(empty, '2026-05-01');
    expect(buildCompetitors({ ...d, competitors: { [id(7)]: { incumbent: true, price: '11 000' } } }, 'EUR')).toEqual({
      ok: true,
      value: [{ competitorId: id(7), incumbent: true, priceMinor: 1100000 }],
    });
    expect(buildCompetitors({ ...d, competitors: { [id(7)]: { incumbent: false, price: '12,5,0' } } }, 'EUR')).toEqual({
      ok: false,
      errors: { [`competitors.${id(7)}`]: 'Use one decimal mark' },
    });
    const criteria = {
      [id(8)]: { importance: 5, ourRating: 2, rivalRating: null },
      [id(9)]: { importance: 3, ourRating: null, rivalRating: null },
      [id(10)]: { importance: null, ourRating: null, rivalRating: null },
    };
    expect(buildCriteria({ ...d, criteria })).toEqual({
      ok: false,
      errors: { [`criteria.${id(9)}`]: 'Rate how much it mattered and how we did, or clear the row' },
    });
    delete criteria[id(9)];
    expect(buildCriteria({ ...d, criteria })).toEqual({
      ok: true,
      value: [{ criterionId: id(8), importance: 5, ourRating: 2, rivalRating: null }],
    });
  });

  test('contract errors by list position land on the item they are about', () => {
    expect(errorsByItem({ 'criteria.1.ourRating': 'Must be 1–5', reasons: 'x' }, 'criteria', [id(1), id(2)])).toEqual({
      [`criteria.${id(2)}`]: 'Must be 1–5',
      reasons: 'x',
    });
  });
});
