/**
 * A seller's day by keyboard, in browser mode on a real file: log an old deal (its opened date set, saved by
 * Enter from the stage), record competitors and stakeholders on the open case, set a next step, find it in
 * Today when due and settle it with one key, find a lesson by a word in it, and debrief with a reload half-way
 * that loses nothing. Screenshots of every new or changed page, light and dark, go to test-results/.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousA11yViolations } from './support/axe';
import {
  apiCall,
  at,
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
import { DebriefPage } from './pages/debrief-page';
import { FirstRunPage } from './pages/first-run-page';
import { SearchPalette, TodayPage } from './pages/today-page';

let browser: Browser;
let server: WebServer;
let page: Page;
let cases: CasesPage;
let detail: CaseDetailPage;
let today: TodayPage;
const dbPath = path.join(tempDir(), 'day.db');
const day = (offset = 0) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
/** "Saved" fades out: axe would otherwise judge its contrast half-way through the fade. */
const settled = (p: Page) => p.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
type Listed = { items: { id: string; title: string; openedOn: string; stageName: string | null; accountId: string }[] };
let caseId = '';
let accountId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startWebServer(dbPath);
  ({ page } = await openPage(browser, server.url));
  page.setDefaultTimeout(10_000);
  cases = new CasesPage(page);
  detail = new CaseDetailPage(page);
  today = new TodayPage(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("a seller's day", () => {
  test('an old deal is logged by keyboard with the day it opened; Enter on the stage saves it', async () => {
    await new FirstRunPage(page).startEmpty({ name: 'Alex Seller', currency: 'EUR' });
    await cases.waitLoaded();
    await page.keyboard.press('n');
    const d = cases.dialog;
    await d.waitFor();
    await d.getByLabel('Title').fill('Harbour cranes');
    await d.getByLabel('Customer').fill('Kestrel Port');
    await d.getByLabel('Value').fill('48000');
    await d.getByLabel('Opened on').fill('2026-09-14');
    await d.getByLabel('Stage').selectOption({ label: 'Proposal' });
    await screenshot(page, 'day-quick-log-light');
    await d.getByLabel('Stage').press('Enter');
    await d.waitFor({ state: 'detached' });
    await cases.count.filter({ hasText: '1 case' }).waitFor();

    const listed = await apiCall<Listed>(page, 'cases.list', {});
    expect(listed.items.map((c) => [c.title, c.openedOn, c.stageName])).toEqual([
      ['Harbour cranes', '2026-09-14', 'Proposal'],
    ]);
    caseId = listed.items[0]!.id;
    accountId = listed.items[0]!.accountId;
  });

  test('the list shows stage, next step and expected close; a click opens the case', async () => {
    const row = cases.row('Harbour cranes');
    await expect(row.textContent()).resolves.toMatch(/Proposal/);
    await screenshot(page, 'day-cases-light');
    await row.click();
    await detail.waitLoaded('Harbour cranes');
  });

  test('competitors and stakeholders are recorded on the open case, and a next step with its date', async () => {
    await apiCall(page, 'people.create', {
      accountId,
      name: 'Ada Lind',
      title: 'Port engineer',
      buyingRole: 'decision_maker',
    });
    await page.reload();
    await detail.waitLoaded('Harbour cranes');
    const race = page.getByRole('region', { name: 'Competitors in the race' });
    const add = race.getByRole('textbox', { name: 'New competitor' });
    await add.fill('Liftmark');
    await add.press('Enter');
    await race.getByRole('checkbox', { name: 'Liftmark' }).and(page.locator(':checked')).waitFor();
    const people = page.getByRole('region', { name: 'Stakeholders' });
    await people.getByLabel('Ada Lind on this case').selectOption('reached');
    await people.getByText('Saved').waitFor();
    await race.getByText('Saved').waitFor();

    await detail.field('Next step').fill('Send the crane load study');
    await detail.field('Next step on').fill(day());
    await detail.waitSaved();
    const recorded = await apiCall<{ competitors: unknown[]; people: unknown[]; case: { nextStepOn: string } }>(
      page,
      'debrief.get',
      { caseId },
    );
    expect(recorded.competitors).toHaveLength(1);
    expect(recorded.people).toEqual([expect.objectContaining({ reached: true })]);
    expect(recorded.case.nextStepOn).toBe(day());
    await settled(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'day-case-open-light');
  });

  test('Today lists the next step when it is due, counts it in the title, and D settles it', async () => {
    await page.locator('body').click({ position: { x: 5, y: 780 } });
    await today.open();
    const item = today.item('Send the crane load study');
    await item.waitFor();
    await expect(today.navBadge.textContent()).resolves.toBe('1');
    await page.waitForFunction(() => document.title === '(1) Winloop');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'day-today-light');

    await item.focus();
    await page.keyboard.press('d');
    const form = page.getByRole('form', { name: 'The next step after this one' });
    await form.waitFor();
    await page.keyboard.type('Site visit with Ada');
    await screenshot(page, 'day-today-next-light');
    await page.keyboard.press('Enter');
    await today.count.filter({ hasText: 'Nothing due' }).waitFor();
    await page.waitForFunction(() => document.title === 'Winloop');
    const kase = await apiCall<{ nextStep: string; nextStepOn: string }>(page, 'cases.get', { id: caseId });
    expect(kase).toMatchObject({ nextStep: 'Site visit with Ada', nextStepOn: day(7) });
    await screenshot(page, 'day-today-empty-light');
  });

  test('find anything: a lesson is found by a word in it, with its kind, and Enter opens its case', async () => {
    const old = await apiCall<{ id: string }>(page, 'cases.create', {
      title: 'Dock gantry',
      accountName: 'Kestrel Port',
      openedOn: '2026-03-01',
    });
    await apiCall(page, 'debrief.close', { caseId: old.id, outcome: 'lost', closedOn: '2026-06-01' });
    await apiCall(page, 'lessons.create', {
      caseId: old.id,
      text: 'Bring the load study before the tender opens',
      kind: 'hurt',
    });
    const palette = new SearchPalette(page);
    await palette.find('tender');
    const hit = palette.hit('Bring the load study');
    await hit.waitFor();
    await expect(hit.locator('.search-kind').textContent()).resolves.toBe('Lesson');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'day-search-light');
    await page.keyboard.press('Enter');
    await detail.waitLoaded('Dock gantry');
  });

  test('a debrief reloaded half-way keeps every tick, and starts from what the open case recorded', async () => {
    await page.goto(`${new URL(server.url).origin}/#/cases/${caseId}/debrief`);
    const debrief = new DebriefPage(page);
    await debrief.waitAt('Outcome');
    await debrief.chooseOutcome(/^Lost to competitor/);
    // "Who won?" is answered or marked not known, never skipped.
    await debrief.next();
    await debrief.form.getByText('Say who won, or choose “Not known”').waitFor();
    await debrief.form.getByLabel('Who won?').selectOption({ label: 'Liftmark' });
    await debrief.next();
    await debrief.waitAt('Reasons');
    const firstReason = debrief.form.getByRole('checkbox').first();
    const reasonName =
      (await firstReason.getAttribute('aria-label')) ?? (await firstReason.locator('..').textContent());
    await firstReason.check();
    // No Next: the tick alone must survive a reload.
    await page.reload();
    await debrief.waitAt('Reasons');
    await expect(debrief.form.getByRole('checkbox').first().isChecked()).resolves.toBe(true);
    await debrief.next();
    await debrief.waitAt('Competitors');
    await expect(debrief.competitorRow('Liftmark').getByRole('checkbox').first().isChecked()).resolves.toBe(true);
    await debrief.next();
    await debrief.waitAt('Criteria');
    await debrief.form.getByText('How did the buyer rate us against Liftmark, who won?').waitFor();
    await debrief.next();
    await debrief.waitAt('Stakeholders');
    await expect(debrief.form.getByRole('row').filter({ hasText: 'Ada Lind' }).textContent()).resolves.toMatch(/Ada/);
    expect(reasonName).toBeTruthy();
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('small traps, and settings', () => {
  test('a skip link leads past the navigation; the navigation shows browser-mode keys, not Ctrl+digits', async () => {
    await page.goto(at(server.url, '/cases'));
    await cases.waitLoaded();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the page');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    const nav = await page.getByRole('navigation', { name: 'Main' }).textContent();
    expect(nav).toContain('TodayG T');
    expect(nav).not.toMatch(/Ctrl \d/);
  });

  test('"Debrief pending" is not cut, and the period costs one tab stop until opened', async () => {
    const badge = cases.row('Harbour cranes').locator('.badge.pending');
    const fits = await badge.evaluate((el) => {
      const cell = el.closest('[role=gridcell]')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return {
        inside: box.right <= cell.right + 0.5,
        whole: el.scrollWidth <= el.clientWidth,
        box: box.right,
        cell: cell.right,
      };
    });
    expect(fits).toMatchObject({ inside: true, whole: true });
    const period = page.getByRole('button', { name: 'Period: Any period' });
    await period.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.period-picker'))).toBeNull();
    await period.press('Enter');
    await page.getByRole('group', { name: 'Period' }).getByLabel('From').fill('2026-01-01');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Period: From 01\/01\/2026/ }).waitFor();
  });

  test('stages reorder from the keyboard, and the theme can be chosen', async () => {
    await page.locator('body').press('g');
    await page.keyboard.press('s');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByRole('textbox', { name: 'Sales stages: Lead' }).press('Alt+ArrowDown');
    await expect
      .poll(async () =>
        (await apiCall<{ stages: { name: string }[] }>(page, 'vocab.get', {})).stages.map((s) => s.name),
      )
      .toEqual(['Qualified', 'Lead', 'Proposal', 'Negotiation']);
    await page.getByRole('radio', { name: 'Dark', exact: true }).check();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await screenshot(page, 'day-settings-dark');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByRole('radio', { name: 'Light', exact: true }).check();
    await screenshot(page, 'day-settings-light');
    await page.getByRole('radio', { name: /As the system/ }).check();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
  });
});

describe('the same pages in dark mode', () => {
  test('Today, find anything, the case list, quick log and the open case', async () => {
    const { context, page: dark } = await openPage(browser, server.url, { colorScheme: 'dark' });
    dark.setDefaultTimeout(10_000);
    try {
      // The first case is closed by now: another open one whose next step is two days late, one due today.
      const reefer = await apiCall<{ id: string }>(dark, 'cases.create', {
        title: 'Reefer plugs',
        accountName: 'Kestrel Port',
        nextStep: 'Call Ada about the quote',
        nextStepOn: day(-2),
        // Opened a month ago: an expected close before the opening is refused.
        openedOn: day(-30),
        expectedCloseOn: day(-1),
      });
      await apiCall(dark, 'actions.create', { title: 'Load study template', kind: 'preventive', dueOn: day() });
      await dark.reload();
      await dark.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
      await new TodayPage(dark).item('Load study template').waitFor();
      await screenshot(dark, 'day-today-dark');
      await new SearchPalette(dark).find('load study');
      await new SearchPalette(dark).hit('Dock gantry').or(new SearchPalette(dark).hit('load study')).first().waitFor();
      await screenshot(dark, 'day-search-dark');
      await dark.keyboard.press('Escape');
      await dark.locator('body').press('g');
      await dark.keyboard.press('c');
      await new CasesPage(dark).waitLoaded();
      await screenshot(dark, 'day-cases-dark');
      await dark.keyboard.press('n');
      await new CasesPage(dark).dialog.waitFor();
      await screenshot(dark, 'day-quick-log-dark');
      await dark.keyboard.press('Escape');
      await dark.goto(`${new URL(server.url).origin}/#/cases/${reefer.id}`);
      await new CaseDetailPage(dark).waitLoaded('Reefer plugs');
      await screenshot(dark, 'day-case-open-dark');
      expect(pageErrors(dark)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
