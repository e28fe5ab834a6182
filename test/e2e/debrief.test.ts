/**
 * The closed loop's first half, end to end in Chromium: log a case by keyboard, open it, edit it with autosave
 * (surviving a reload), then close it through the guided debrief — left halfway and resumed — and check the
 * case, the lesson and the action that come out of it.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousA11yViolations } from './support/axe';
import {
  launchBrowser,
  openPage,
  pageErrors,
  screenshot,
  startWebServer,
  tempDir,
  type WebServer,
  apiCall as callApi,
} from './support/web-app';
import { CaseDetailPage } from './pages/case-detail-page';
import { CasesPage } from './pages/cases-page';
import { DebriefPage } from './pages/debrief-page';
import { FirstRunPage } from './pages/first-run-page';

let browser: Browser;
let server: WebServer;
let page: Page;
let cases: CasesPage;
let detail: CaseDetailPage;
let debrief: DebriefPage;
const dbPath = path.join(tempDir(), 'debrief.db');
const TITLE = 'Fleet tracking rollout';

/** The API as the page calls it (its cookie carries the bridge's token). */
const apiCall = <T>(method: string, input: unknown): Promise<T> => callApi<T>(page, method, input);

async function noSeriousViolations(): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startWebServer(dbPath);
  ({ page } = await openPage(browser, server.url));
  page.setDefaultTimeout(10_000);
  cases = new CasesPage(page);
  detail = new CaseDetailPage(page);
  debrief = new DebriefPage(page);
  await new FirstRunPage(page).startEmpty({ name: 'Alex Seller', team: 'Nordlicht Sales', currency: 'EUR' });
  await cases.waitLoaded();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('case page and debrief', () => {
  test('a case logged from the keyboard opens with Enter', async () => {
    await cases.logCase({
      title: TITLE,
      customer: 'Nordhaven Logistics',
      value: '12500',
      currency: 'EUR',
      stage: 'Proposal',
    });
    await cases.row(TITLE).waitFor();
    await cases.focusRow(TITLE);
    await page.keyboard.press('Enter');
    await detail.waitLoaded(TITLE);
    expect(await detail.field('Value').inputValue()).toBe('12500');
    expect(await page.getByRole('link', { name: 'Nordhaven Logistics' }).getAttribute('href')).toMatch(
      /^#\/accounts\/[0-9a-f-]{36}$/,
    );
    await detail.button('Close case…').waitFor();
    await detail.relatedLessons.getByText(/None yet/).waitFor();
  });

  test('an interaction is logged in one line and listed', async () => {
    const panel = page.getByRole('region', { name: 'Interactions' });
    await panel.getByText('None logged yet.').waitFor();
    await panel.getByLabel('Channel').selectOption({ label: 'Phone' });
    await panel.getByLabel('Notes').fill('Discovery call with the fleet manager');
    await panel.getByLabel('Notes').press('Enter');
    await panel.getByRole('listitem').filter({ hasText: 'Discovery call with the fleet manager' }).waitFor();
    expect(await panel.getByRole('listitem').first().textContent()).toContain('Phone');
    expect(await panel.getByLabel('Notes').inputValue()).toBe('');
  });

  test('edits save themselves and are still there after a reload', async () => {
    await detail.edit('Offering', 'Telematics');
    await detail.edit('Probability (%)', '40');
    // A stage ahead of the buyer's own steps is called out until the buyer catches up.
    await detail.stageAhead.waitFor();
    await detail.buyerSteps.getByRole('checkbox', { name: 'Need recognised' }).check();
    await detail.buyerSteps.getByRole('checkbox', { name: 'Requirements set' }).check();
    await detail.buyerSteps.getByRole('checkbox', { name: 'Vendors shortlisted' }).check();
    await detail.stageAhead.waitFor({ state: 'detached' });
    await detail.buyerSteps.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    // Typed and the window reloaded at once, before the pause: the local draft brings it back and saves it.
    await detail.field('Source').fill('Referral from Brightwell');
    await page.reload();
    await detail.waitLoaded(TITLE);
    await detail.waitSaved();
    expect(await detail.field('Source').inputValue()).toBe('Referral from Brightwell');
    expect(await detail.field('Offering').inputValue()).toBe('Telematics');
    expect(await detail.field('Probability (%)').inputValue()).toBe('40');
    expect(await detail.buyerSteps.getByRole('checkbox', { name: 'Vendors shortlisted' }).isChecked()).toBe(true);

    // A second reload reads only what the server has.
    await page.reload();
    await detail.waitLoaded(TITLE);
    expect(await detail.field('Source').inputValue()).toBe('Referral from Brightwell');

    // An amount that cannot be read stays as typed, with the reason, and is not saved.
    await detail.field('Value').fill('12,5,0');
    await detail.details.getByText('Use one decimal mark').waitFor();
    await detail.edit('Value', '13000');
    await noSeriousViolations();
    await screenshot(page, 'case-detail-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await noSeriousViolations();
    await screenshot(page, 'case-detail-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('a debrief left halfway resumes at the step it was left', async () => {
    await detail.button('Close case…').click();
    await debrief.waitAt('Outcome');
    await noSeriousViolations();
    await screenshot(page, 'debrief-1-outcome-light');

    await debrief.chooseOutcome(/Lost to competitor/);
    await debrief.addWinner('Rival Systems');
    // Enter in a field moves on.
    await debrief.form.getByLabel('Closed on').press('Enter');
    await debrief.waitAt('Reasons');
    await debrief.pickReason('Price', { primary: true, evidence: 'Buyer said', confidence: 'High confidence' });
    await debrief.pickReason('Came in late');
    await noSeriousViolations();
    await screenshot(page, 'debrief-2-reasons-light');
    await debrief.next();

    await debrief.waitAt('Competitors');
    // The winner was met: closing ticked it already.
    expect(await debrief.competitorRow('Rival Systems').getByRole('checkbox').first().isChecked()).toBe(true);
    const add = debrief.form.getByRole('textbox', { name: 'New competitor' });
    await add.fill('Northwind Telematics');
    await add.press('Enter');
    await debrief
      .competitorRow('Northwind Telematics')
      .getByRole('checkbox', { name: /incumbent/ })
      .check();
    await debrief.form.getByLabel("Rival Systems's price").fill('11000');
    await noSeriousViolations();
    await screenshot(page, 'debrief-3-competitors-light');
    await debrief.next();

    await debrief.waitAt('Criteria');
    await debrief.saveAndLeave();
    await detail.waitLoaded(TITLE);
    await detail.badge('Lost').waitFor();
    await detail.badge('Debrief pending').waitFor();
    await detail.button('Continue debrief').click();
    await debrief.waitAt('Criteria');

    // And after a full reload too, straight from the server's record.
    await page.reload();
    await debrief.waitAt('Criteria');
    await debrief.stepper.getByRole('button', { name: /Competitors/ }).click();
    await debrief.waitAt('Competitors');
    expect(await debrief.form.getByLabel("Rival Systems's price").inputValue()).toBe('11000');
    expect(
      await debrief
        .competitorRow('Northwind Telematics')
        .getByRole('checkbox', { name: /incumbent/ })
        .isChecked(),
    ).toBe(true);
    await debrief.next();
    await debrief.waitAt('Criteria');
  });

  test('the rest of the debrief finishes, and the case shows what came of it', async () => {
    await debrief.rate('Price', { importance: 5, ours: 2, rival: 4 });
    await debrief.rate('Quality', { importance: 4, ours: 4, rival: 3 });
    // A row begun but not finished is pointed at, not silently dropped.
    await debrief.form.getByRole('radiogroup', { name: 'Brand: importance' }).getByRole('radio', { name: '2' }).check();
    await debrief.next();
    await debrief.form.getByText('Rate how much it mattered and how we did, or clear the row').waitFor();
    await debrief.form.getByRole('button', { name: 'Clear Brand' }).click();
    await noSeriousViolations();
    await screenshot(page, 'debrief-4-criteria-light');
    await debrief.next();

    await debrief.waitAt('Stakeholders');
    await debrief.addStakeholder({ name: 'Maria Lind', title: 'CFO', role: 'Economic buyer' });
    await debrief.form.getByRole('checkbox', { name: 'Reached Maria Lind' }).check();
    await noSeriousViolations();
    await screenshot(page, 'debrief-5-stakeholders-light');
    await debrief.next();

    await debrief.waitAt('Lessons');
    // Criteria and reasons share names: each option of "About" says which it is, and none reads like another.
    const about = await debrief.form.getByLabel('About (optional)').locator('option').allTextContents();
    expect(new Set(about).size).toBe(about.length);
    expect(about).toEqual(expect.arrayContaining(['Quality (criterion)', 'Quality (reason)', 'Decision (buyer step)']));
    await debrief.addLesson('We quoted before meeting the CFO', 'Hurt');
    await noSeriousViolations();
    await screenshot(page, 'debrief-6-lessons-light');
    await debrief.next();

    await debrief.waitAt('Actions');
    await debrief.addAction({
      title: 'Meet the economic buyer before any proposal',
      kind: 'Preventive',
      due: '2031-03-31',
      lesson: 'We quoted before meeting the CFO',
    });
    await noSeriousViolations();
    await screenshot(page, 'debrief-7-actions-light');
    await debrief.finish();

    await detail.waitLoaded(TITLE);
    await debrief.toast(/Debrief done/).waitFor();
    await detail.badge('Lost').waitFor();
    await detail.badge('Debrief done').waitFor();
    await detail.button('View debrief').waitFor();
    await detail.caseLessons.getByText('We quoted before meeting the CFO').waitFor();
    await noSeriousViolations();
    await screenshot(page, 'case-detail-closed-light');

    const found = await apiCall<{
      case: { outcome: string; debrief: string };
      reasons: { isPrimary: boolean; evidence: string }[];
      criteria: unknown[];
      people: { reached: boolean }[];
    }>('debrief.get', { caseId: page.url().split('/cases/')[1] });
    expect(found.case).toMatchObject({ outcome: 'lost', debrief: 'done' });
    expect(found.reasons.filter((r) => r.isPrimary)).toHaveLength(1);
    expect(found.criteria).toHaveLength(2);
    expect(found.people).toEqual([expect.objectContaining({ reached: true })]);
    const actions = await apiCall<{ title: string; lessons: { text: string }[] }[]>('actions.list', {});
    expect(actions).toEqual([
      expect.objectContaining({
        title: 'Meet the economic buyer before any proposal',
        lessons: [expect.objectContaining({ text: 'We quoted before meeting the CFO' })],
      }),
    ]);
    expect(pageErrors(page)).toEqual([]);
  });
});
