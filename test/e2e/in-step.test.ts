/**
 * Two windows on one database stay in step: each entity kind written in tab A (a case, a stakeholder, a stage, a
 * reason, an action) shows in tab B without a reload, because every mutation declares what it changes and the
 * bridge pushes `data.changed` to every window. The case page ignores the echo of its own saves: a pause while
 * typing costs one write and no read. A review over 0001–9999 is refused on its fields at once.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import { seriousA11yViolations } from './support/axe';
import {
  apiCall,
  launchBrowser,
  openPage,
  pageErrors,
  screenshot,
  startWebServer,
  tempDir,
  type WebServer,
} from './support/web-app';
import { CaseDetailPage } from './pages/case-detail-page';
import { CasesPage } from './pages/cases-page';
import { FirstRunPage } from './pages/first-run-page';

let browser: Browser;
let server: WebServer;
let a: Page;
let b: Page;
const dbPath = path.join(tempDir(), 'in-step.db');

interface Case {
  id: string;
  title: string;
  accountId: string;
}

const go = (page: Page, hash: string) =>
  page.evaluate((h) => {
    window.location.hash = h;
  }, hash);

/** The API calls a page makes, by method name, from now on. */
function recordCalls(page: Page): { calls: string[]; stop: () => void } {
  const calls: string[] = [];
  const onRequest = (request: Request) => {
    if (!request.url().endsWith('/api/invoke')) return;
    const body = request.postDataJSON() as { method?: string } | null;
    if (body?.method) calls.push(body.method);
  };
  page.on('request', onRequest);
  return { calls, stop: () => page.off('request', onRequest) };
}

let kase: Case;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startWebServer(dbPath);
  ({ page: a } = await openPage(browser, server.url));
  a.setDefaultTimeout(10_000);
  await new FirstRunPage(a).startEmpty({ name: 'Alex Seller', team: 'Nordlicht Sales', currency: 'EUR' });
  await new CasesPage(a).waitLoaded();
  ({ page: b } = await openPage(browser, server.url));
  b.setDefaultTimeout(10_000);
  await new CasesPage(b).waitLoaded();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('two windows on one database', () => {
  test('a case logged in one window appears in the other one’s list', async () => {
    await new CasesPage(a).logCase({ title: 'Fleet tracking rollout', customer: 'Nordhaven Logistics', value: '1200' });
    await new CasesPage(b).row('Fleet tracking rollout').waitFor();
    const listed = await apiCall<{ items: Case[] }>(a, 'cases.list', {});
    kase = listed.items.find((c) => c.title === 'Fleet tracking rollout')!;
    expect(kase).toBeDefined();
  });

  test('a case renamed elsewhere shows on its open page, and on the list when it is shown again', async () => {
    await go(b, `/cases/${kase.id}`);
    await new CaseDetailPage(b).waitLoaded('Fleet tracking rollout');
    await apiCall(a, 'cases.update', { id: kase.id, patch: { title: 'Fleet tracking, phase 1' } });
    await new CaseDetailPage(b).waitLoaded('Fleet tracking, phase 1');
    await go(b, '/cases');
    await new CasesPage(b).row('Fleet tracking, phase 1').waitFor();
  });

  test('a stakeholder added elsewhere appears on the power map', async () => {
    await go(b, `/accounts/${kase.accountId}`);
    await b.getByRole('heading', { level: 1, name: 'Nordhaven Logistics' }).waitFor();
    await apiCall(a, 'people.create', { accountId: kase.accountId, name: 'Eva Berg', title: 'CFO' });
    await b.getByText('Eva Berg').first().waitFor();
  });

  test('a stage added elsewhere appears in Settings', async () => {
    await go(b, '/settings');
    await b.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await apiCall(a, 'vocab.save', { list: 'stages', name: 'Pilot running' });
    await b.getByRole('list', { name: 'Sales stages' }).getByLabel('Sales stages: Pilot running').waitFor();
  });

  test('a reason added elsewhere appears in an open debrief', async () => {
    await apiCall(a, 'debrief.close', {
      caseId: kase.id,
      outcome: 'lost',
      closedOn: new Date().toISOString().slice(0, 10),
    });
    await go(b, `/cases/${kase.id}/debrief`);
    await b.getByRole('navigation', { name: 'Debrief steps' }).waitFor();
    await b.getByRole('navigation', { name: 'Debrief steps' }).getByText('Reasons').click();
    const form = b.locator('form.step-panel');
    await form.getByRole('checkbox').first().waitFor();
    const vocab = await apiCall<{ reasonCategories: { id: string }[] }>(a, 'vocab.get', {});
    await apiCall(a, 'reasons.save', {
      categoryId: vocab.reasonCategories[0]!.id,
      name: 'Pilot came too late',
      kind: 'loss',
    });
    await form.getByRole('checkbox', { name: 'Pilot came too late', exact: true }).waitFor();
  });

  test('an action decided elsewhere appears on the board', async () => {
    await go(b, '/actions');
    await b.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
    await apiCall(a, 'actions.create', { title: 'Offer a pilot before the proposal', kind: 'preventive' });
    await b.getByRole('article', { name: 'Offer a pilot before the proposal', exact: true }).waitFor();
  });

  test('a pause while typing on the case page costs one write and no read', async () => {
    await go(a, `/cases/${kase.id}`);
    const detail = new CaseDetailPage(a);
    await detail.waitLoaded('Fleet tracking, phase 1');
    await detail.waitSaved();
    // Let the opening reads settle before counting.
    await a.waitForTimeout(300);
    const seen = recordCalls(a);
    await detail.field('Notes').fill('Asked for a pilot in two depots first.');
    await detail.waitSaved();
    await a.waitForTimeout(800);
    seen.stop();
    expect(seen.calls).toEqual(['cases.update']);
    // The other window, on the case list, still heard of it.
    await go(b, '/cases');
    await new CasesPage(b).waitLoaded();
  });

  test('a review from 0001-01-01 to 9999-12-31 is refused on its fields in well under a second', async () => {
    const started = Date.now();
    const refused = await a.evaluate(async () => {
      const res = await fetch('/api/invoke', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ method: 'review.summary', input: { from: '0001-01-01', to: '9999-12-31' } }),
      });
      return (await res.json()) as { ok: boolean; error?: { code: string; fields?: Record<string, string> } };
    });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(refused.ok).toBe(false);
    expect(refused.error?.code).toBe('invalid_input');
    expect(Object.keys(refused.error?.fields ?? {}).sort()).toEqual(['from', 'to']);

    // On the page: the refusal sits under the scope bar, by field, and the fields are marked invalid.
    await go(a, '/review');
    await a.getByRole('heading', { level: 1, name: 'Learning summary' }).waitFor();
    // The period sits behind one button (PeriodPicker): open it, then type the day.
    await a.getByRole('button', { name: /^Period:/ }).click();
    await a.getByLabel('From', { exact: true }).fill('0001-01-01');
    await a
      .getByRole('alert')
      .filter({ hasText: /^From: / })
      .waitFor();
    expect(await a.getByLabel('From', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await seriousA11yViolations(a)).toEqual([]);
    await screenshot(a, 'review-period-refused-light');
    await a.emulateMedia({ colorScheme: 'dark' });
    await screenshot(a, 'review-period-refused-dark');
    await a.emulateMedia({ colorScheme: 'light' });
    await a.getByLabel('From', { exact: true }).fill('2020-01-01');
    await a
      .getByRole('alert')
      .filter({ hasText: /^From: / })
      .waitFor({ state: 'detached' });
  });

  test('neither window logged an error', () => {
    expect(pageErrors(a)).toEqual([]);
    expect(pageErrors(b)).toEqual([]);
  });
});
