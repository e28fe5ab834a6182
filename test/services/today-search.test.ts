import { describe, expect, test } from 'vitest';
import { ApiError } from '../../shared/envelope';
import { dueNotice, noticeKey } from '../../shared/today/due-items';
import { ftsQuery, searchWords } from '../../shared/search/fts-query';
import { createTestWorkspace } from '../helpers/temp-workspace';

describe('Today on a real database (today is 2026-03-10)', () => {
  test('lists next steps due or late, passed expected closes and due actions, oldest first; not the rest', async () => {
    const { client } = createTestWorkspace();
    const call = await client.call('cases.create', {
      title: 'Fleet',
      accountName: 'Nordhaven',
      openedOn: '2026-01-05',
      nextStep: 'Call Ada about the pilot',
      nextStepOn: '2026-03-10',
    });
    const late = await client.call('cases.create', {
      title: 'Sensors',
      accountName: 'Acme',
      openedOn: '2026-01-05',
      expectedCloseOn: '2026-03-01',
      nextStep: 'Send the offer',
      nextStepOn: '2026-03-20',
    });
    const action = await client.call('actions.create', {
      title: 'Rework the price sheet',
      kind: 'preventive',
      dueOn: '2026-03-08',
    });
    await client.call('actions.create', { title: 'Later', kind: 'preventive', dueOn: '2026-04-01' });
    const closed = await client.call('cases.create', {
      title: 'Done deal',
      accountName: 'Acme',
      nextStepOn: '2026-03-01',
      openedOn: '2026-01-01',
    });
    await client.call('debrief.close', { caseId: closed.id, outcome: 'won', closedOn: '2026-03-02' });

    const { today, items } = await client.call('today.list', {});
    expect(today).toBe('2026-03-10');
    expect(items.map((i) => [i.kind, i.label, i.due, i.overdueDays])).toEqual([
      ['expectedClose', 'Sensors', '2026-03-01', 9],
      ['action', 'Rework the price sheet', '2026-03-08', 2],
      ['nextStep', 'Call Ada about the pilot', '2026-03-10', 0],
    ]);
    expect(items[0]).toMatchObject({
      id: late.id,
      href: `/cases/${late.id}`,
      context: 'Acme · expected to close by now',
    });

    await client.call('today.reschedule', { kind: 'expectedClose', id: late.id, on: '2026-04-15' });
    await client.call('today.done', { kind: 'action', id: action.id });
    await client.call('today.done', {
      kind: 'nextStep',
      id: call.id,
      nextStep: 'Pilot review',
      nextStepOn: '2026-03-24',
    });
    expect((await client.call('today.list', {})).items).toEqual([]);
    expect(await client.call('cases.get', { id: call.id })).toMatchObject({
      nextStep: 'Pilot review',
      nextStepOn: '2026-03-24',
    });
    expect((await client.call('actions.list', {})).find((a) => a.id === action.id)).toMatchObject({
      status: 'done',
      doneOn: '2026-03-10',
    });

    const early = await client
      .call('today.reschedule', { kind: 'nextStep', id: call.id, on: '2025-12-01' })
      .catch((e: unknown) => e);
    expect(early).toBeInstanceOf(ApiError);
    expect((early as ApiError).fields).toEqual({ on: 'On or after the day it opened' });
  });

  test('a notice tells what is new once: one item by name, several as a summary, a moved item again', () => {
    const item = {
      kind: 'nextStep',
      id: '00000000-0000-4000-8000-000000000001',
      label: 'Call Ada',
      context: 'Fleet · Nordhaven',
      due: '2026-03-10',
      overdueDays: 0,
      href: '/cases/x',
    } as const;
    const other = { ...item, id: '00000000-0000-4000-8000-000000000002', label: 'Send offer', overdueDays: 2 };
    expect(dueNotice([item], new Set())).toEqual({ title: 'Due today: Call Ada', body: 'Fleet · Nordhaven' });
    expect(dueNotice([item], new Set([noticeKey(item)]))).toBeNull();
    expect(dueNotice([item, other], new Set())).toEqual({
      title: '2 things have come due',
      body: 'Call Ada · Send offer (1 late)',
    });
    expect(dueNotice([{ ...item, due: '2026-03-11' }], new Set([noticeKey(item)]))).not.toBeNull();
  });
});

describe('find anything', () => {
  test('words become quoted prefixes, so query syntax typed by a person is text', () => {
    expect(searchWords(' Über-fast, "pumps" AND x*')).toEqual(['Über', 'fast', 'pumps', 'AND', 'x']);
    expect(ftsQuery('pum sta')).toBe('"pum"* "sta"*');
    expect(ftsQuery(' -*" ')).toBeNull();
  });

  test('one search finds cases, accounts, people, lessons and actions by any word, and drops trashed ones', async () => {
    const { client } = createTestWorkspace();
    const kase = await client.call('cases.create', {
      title: 'Pump station',
      accountName: 'Nordhaven',
      notes: 'Ada wants telemetry',
    });
    const person = await client.call('people.create', {
      accountId: kase.accountId,
      name: 'Ada Lind',
      title: 'Head of telemetry',
    });
    const lesson = await client.call('lessons.create', {
      caseId: kase.id,
      text: 'Demo the telemetry dashboard early',
      kind: 'worked',
    });
    await client.call('actions.create', { title: 'Telemetry demo kit', kind: 'preventive' });

    const found = await client.call('search.query', { text: 'telem' });
    expect(found.hits.map((h) => h.kind).sort()).toEqual(['action', 'case', 'lesson', 'person']);
    expect(found.hits.find((h) => h.kind === 'lesson')).toMatchObject({
      id: lesson.id,
      context: 'From Pump station',
      href: `/cases/${kase.id}`,
    });
    expect(found.hits.find((h) => h.kind === 'person')).toMatchObject({
      id: person.id,
      label: 'Ada Lind',
      href: `/accounts/${kase.accountId}`,
    });
    expect((await client.call('search.query', { text: 'nordhav' })).hits.map((h) => h.kind)).toEqual(['account']);
    expect((await client.call('search.query', { text: 'telemetry dashboard' })).hits.map((h) => h.id)).toEqual([
      lesson.id,
    ]);

    await client.call('lessons.delete', { id: lesson.id });
    expect((await client.call('search.query', { text: 'dashboard' })).hits).toEqual([]);
    await client.call('lessons.restore', { id: lesson.id });
    expect((await client.call('search.query', { text: 'dashboard' })).hits).toHaveLength(1);
    expect((await client.call('search.query', { text: '""' })).hits).toEqual([]);
  });
});

describe('desktop reminders', () => {
  test('each look through the API raises a notice only for what came due since the last', async () => {
    const { checkDue } = await import('../../electron/shell/due-notifier');
    const { client, ws } = createTestWorkspace();
    const dispatch = ws.dispatch;
    await client.call('cases.create', {
      title: 'Fleet',
      accountName: 'Nordhaven',
      nextStep: 'Call Ada',
      nextStepOn: '2026-03-10',
    });
    const first = await checkDue(dispatch, new Set());
    expect(first.notice).toEqual({ title: 'Due today: Call Ada', body: 'Fleet · Nordhaven' });
    const again = await checkDue(dispatch, first.seen);
    expect(again.notice).toBeNull();
    await client.call('actions.create', { title: 'Price sheet', kind: 'preventive', dueOn: '2026-03-01' });
    expect((await checkDue(dispatch, again.seen)).notice).toEqual({
      title: '9 days late: Price sheet',
      body: 'preventive action',
    });
  });
});
