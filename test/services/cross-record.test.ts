/**
 * Rules that tie records together hold on every path that writes them: a person on a case works at its
 * customer (the debrief's stakeholders and an interaction alike), and a case's dates make sense together —
 * no expected close before the opening, nothing absurdly far ahead. Each refusal is a field error and writes
 * nothing. The test clock is 2026-03-10.
 */
import { describe, expect, test } from 'vitest';
import { createTestWorkspace } from '../helpers/temp-workspace';

const fieldError = (field: string, message: RegExp) => ({
  ok: false,
  error: { code: 'invalid_input', fields: { [field]: expect.stringMatching(message) as string } },
});

function setUp() {
  const t = createTestWorkspace();
  const call = <T>(method: string, input: unknown): T => {
    const envelope = t.ws.dispatchSync(method, input);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as T;
  };
  const deal = call<{ id: string; accountId: string }>('cases.create', {
    title: 'Fleet',
    accountName: 'Acme',
    openedOn: '2026-01-15',
  });
  const other = call<{ id: string; accountId: string }>('cases.create', { title: 'Depot', accountName: 'Globex' });
  const ours = call<{ id: string }>('people.create', { accountId: deal.accountId, name: 'Ada' });
  const theirs = call<{ id: string }>('people.create', { accountId: other.accountId, name: 'Grace' });
  const count = (table: string) => t.ws.ctx.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;
  return { ...t, call, deal, ours, theirs, count };
}

describe('a person on a case works at its customer', () => {
  test('interactions.create refuses a person from another customer, as debrief.setPeople does', () => {
    const { ws, deal, ours, theirs, count } = setUp();
    const logged = { caseId: deal.id, on: '2026-02-01', channel: 'phone', notes: 'Intro' };
    expect(ws.dispatchSync('interactions.create', { ...logged, personId: theirs.id })).toMatchObject(
      fieldError('personId', /another customer/),
    );
    expect(
      ws.dispatchSync('debrief.setPeople', { caseId: deal.id, people: [{ personId: theirs.id, reached: true }] }),
    ).toMatchObject(fieldError('people.0.personId', /another customer/));
    expect(count('interactions')).toBe(0);
    expect(count('case_people')).toBe(0);
    expect(ws.dispatchSync('interactions.create', { ...logged, personId: ours.id })).toMatchObject({ ok: true });
    expect(ws.dispatchSync('interactions.create', { ...logged, personId: null })).toMatchObject({ ok: true });
  });
});

describe("a case's dates", () => {
  test('an expected close before the opening is refused on create and on update', () => {
    const { ws, deal, count } = setUp();
    expect(
      ws.dispatchSync('cases.create', {
        title: 'Backwards',
        accountName: 'Acme',
        openedOn: '2026-03-01',
        expectedCloseOn: '2026-02-01',
      }),
    ).toMatchObject(fieldError('expectedCloseOn', /On or after the day the case opened/));
    expect(count('cases')).toBe(2);
    expect(ws.dispatchSync('cases.update', { id: deal.id, patch: { expectedCloseOn: '2026-01-14' } })).toMatchObject(
      fieldError('expectedCloseOn', /On or after the day the case opened/),
    );
    // Moving the opening past the expected close is the same mistake.
    expect(ws.dispatchSync('cases.update', { id: deal.id, patch: { expectedCloseOn: '2026-06-30' } })).toMatchObject({
      ok: true,
    });
    expect(ws.dispatchSync('cases.update', { id: deal.id, patch: { openedOn: '2026-07-01' } })).toMatchObject(
      fieldError('expectedCloseOn', /On or after the day the case opened/),
    );
    expect(ws.dispatchSync('cases.get', { id: deal.id })).toMatchObject({
      ok: true,
      value: { openedOn: '2026-01-15', expectedCloseOn: '2026-06-30' },
    });
  });

  test('an expected close more than ten years ahead is refused; nine years ahead is a long cycle, accepted', () => {
    const { ws, deal } = setUp();
    expect(ws.dispatchSync('cases.update', { id: deal.id, patch: { expectedCloseOn: '2199-01-01' } })).toMatchObject(
      fieldError('expectedCloseOn', /At most 10 years from today/),
    );
    expect(
      ws.dispatchSync('cases.create', { title: 'Typo', accountName: 'Acme', expectedCloseOn: '2062-03-01' }),
    ).toMatchObject(fieldError('expectedCloseOn', /At most 10 years from today/));
    expect(ws.dispatchSync('cases.update', { id: deal.id, patch: { expectedCloseOn: '2035-01-01' } })).toMatchObject({
      ok: true,
    });
  });

  test('a close far in the future is refused; one agreed for later this month is accepted', () => {
    const { ws, deal } = setUp();
    expect(ws.dispatchSync('debrief.close', { caseId: deal.id, outcome: 'won', closedOn: '2199-12-31' })).toMatchObject(
      fieldError('closedOn', /At most 31 days from today/),
    );
    expect(ws.dispatchSync('debrief.close', { caseId: deal.id, outcome: 'won', closedOn: '2026-01-14' })).toMatchObject(
      fieldError('closedOn', /On or after the day the case opened/),
    );
    expect(ws.dispatchSync('cases.get', { id: deal.id })).toMatchObject({ value: { outcome: 'open', closedOn: null } });
    expect(ws.dispatchSync('debrief.close', { caseId: deal.id, outcome: 'won', closedOn: '2026-03-31' })).toMatchObject(
      {
        ok: true,
      },
    );
    // A closed case cannot be moved to open after its close.
    expect(ws.dispatchSync('cases.update', { id: deal.id, patch: { openedOn: '2026-04-01' } })).toMatchObject(
      fieldError('openedOn', /On or before the day the case closed/),
    );
  });
});
