/**
 * The trash end to end in Chromium against a real SQLite file: empty at first; a stakeholder deleted on the
 * power map and an action deleted from the board land in it beside a deleted case and lesson, newest first;
 * the kind filter narrows it; the keyboard and the Restore button bring items back where they belong; Ctrl+Z
 * undoes a restore; a failed load offers Try again. Checked for accessibility and photographed light and dark.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousA11yViolations } from './support/axe';
import {
  at,
  launchBrowser,
  openPage,
  pageErrors,
  screenshot,
  startWebServer,
  tempDir,
  type WebServer,
  apiCall as callApi,
} from './support/web-app';
import { ActionsPage } from './pages/actions-page';
import { CasesPage } from './pages/cases-page';
import { FirstRunPage } from './pages/first-run-page';
import { AccountsPage, PowerMapPage } from './pages/powermap-page';
import { TrashPage } from './pages/trash-page';

let browser: Browser;
let server: WebServer;
let page: Page;
let trash: TrashPage;
const dbPath = path.join(tempDir(), 'trash.db');

const CUSTOMER = 'Nordhaven Logistics';
const PERSON = 'Eva Berg';
const ACTION = 'Call Nordhaven about the pilot';
const LESSON = 'We quoted before meeting the CFO';
const KEPT_CASE = 'Fleet tracking rollout';
const GONE_CASE = 'Warehouse sensors';

/** The API as the page calls it (its cookie carries the bridge's token). */
const apiCall = <T>(method: string, input: unknown): Promise<T> => callApi<T>(page, method, input);

/** Today on the test machine's calendar as the page (en-GB) shows it: "15 Mar 2026". */
function shownToday(): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(new Date());
}

/** Light and dark, each in a fresh window opened in that scheme (so no toast covers the list), checked by axe. */
async function screenshots(name: string, ready: (t: TrashPage) => Promise<void>): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    const fresh = await openPage(browser, at(server.url, '/cases'), { colorScheme });
    fresh.page.setDefaultTimeout(10_000);
    const again = new TrashPage(fresh.page);
    await new CasesPage(fresh.page).waitLoaded();
    await again.open();
    await ready(again);
    expect(await seriousA11yViolations(fresh.page)).toEqual([]);
    await screenshot(fresh.page, `${name}-${colorScheme}`);
    expect(pageErrors(fresh.page)).toEqual([]);
    await fresh.context.close();
  }
}

let accountId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startWebServer(dbPath);
  ({ page } = await openPage(browser, server.url));
  page.setDefaultTimeout(10_000);
  trash = new TrashPage(page);
  await new FirstRunPage(page).startEmpty({ name: 'Alex Seller', team: 'Nordlicht Sales', currency: 'EUR' });
  await new CasesPage(page).waitLoaded();

  // One live item of each kind to delete, and one stakeholder that stays.
  const rival = await apiCall<{ id: string }>('competitors.save', { name: 'Rival AB' });
  const account = await apiCall<{ id: string }>('accounts.create', { name: CUSTOMER, industry: 'Logistics' });
  accountId = account.id;
  const kept = await apiCall<{ id: string }>('cases.create', { title: KEPT_CASE, accountId });
  await apiCall('cases.create', { title: GONE_CASE, accountName: 'Brightwell Foods' });
  await apiCall('lessons.create', { caseId: kept.id, text: LESSON, kind: 'hurt' });
  await apiCall('people.create', { name: PERSON, title: 'CFO', accountId, buyingRole: 'decision_maker' });
  await apiCall('people.create', { name: 'Jonas Meyer', title: 'Fleet manager', accountId });
  await apiCall('actions.create', {
    title: ACTION,
    kind: 'corrective',
    scope: 'competitor',
    scopeValue: rival.id,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the trash', () => {
  test('starts empty and says what it is for', async () => {
    await trash.open();
    await page.getByRole('heading', { name: 'The trash is empty' }).waitFor();
    await page.getByText('Deleted cases, stakeholders, lessons and actions wait here').waitFor();
    expect(await trash.count.textContent()).toBe('0 deleted items');
    // Nothing to narrow yet.
    expect(await page.getByRole('radiogroup', { name: 'Show' }).count()).toBe(0);
    await screenshots('trash-empty', (t) => t.empty.waitFor());
  });

  test('a stakeholder deleted on the power map and an action deleted from the board are listed, newest first', async () => {
    // A case and a lesson go first, through the API; then the stakeholder and the action, through the UI.
    const listed = await apiCall<{ items: { id: string; title: string }[] }>('cases.list', {});
    const gone = listed.items.find((c) => c.title === GONE_CASE)!;
    await apiCall('cases.delete', { id: gone.id });
    const kept = listed.items.find((c) => c.title === KEPT_CASE)!;
    const [lesson] = await apiCall<{ id: string }[]>('lessons.list', { caseId: kept.id });
    await apiCall('lessons.delete', { id: lesson!.id });

    const accounts = new AccountsPage(page);
    await accounts.open();
    await accounts.row(CUSTOMER).getByRole('link').click();
    const map = new PowerMapPage(page);
    await map.heading(CUSTOMER).waitFor();
    await map.node(PERSON).focus();
    await page.keyboard.press('Delete');
    await map.toast(`${PERSON} moved to the trash`).waitFor();
    await map.node(PERSON).waitFor({ state: 'detached' });

    const board = new ActionsPage(page);
    await board.open();
    await board.cardButton(ACTION, 'Delete').click();
    await board.toast(/deleted/).waitFor();
    await board.card(ACTION).waitFor({ state: 'detached' });

    await trash.open();
    await trash.count.filter({ hasText: '4 deleted items' }).waitFor();
    expect(await trash.titles()).toEqual([ACTION, PERSON, LESSON, GONE_CASE]);
    const cells = async (title: string) =>
      (await trash.row(title).getByRole('gridcell').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    const deleted = `Today · ${shownToday()}`;
    expect(await cells(ACTION)).toEqual(['Action', `${ACTION} Scope: Against Rival AB`, deleted, 'Restore']);
    expect(await cells(PERSON)).toEqual(['Stakeholder', `${PERSON} CFO at ${CUSTOMER}`, deleted, 'Restore']);
    expect(await cells(LESSON)).toEqual(['Lesson', `${LESSON} From “${KEPT_CASE}”`, deleted, 'Restore']);
    expect(await cells(GONE_CASE)).toEqual(['Case', `${GONE_CASE} Brightwell Foods`, deleted, 'Restore']);
    expect(await trash.restoreButton(PERSON).getAttribute('aria-label')).toBe(`Restore stakeholder “${PERSON}”`);
    await screenshots('trash-full', async (t) => {
      await t.row(GONE_CASE).waitFor();
    });
  });

  test('the kind filter narrows the list, and an empty kind says so', async () => {
    await trash.filter('Stakeholders').check();
    await trash.count.filter({ hasText: '1 deleted stakeholder' }).waitFor();
    expect(await trash.titles()).toEqual([PERSON]);
    expect(await trash.grid.getAttribute('aria-label')).toBe('Deleted stakeholders');
    // Arrow keys move between the filters, as in any radio group.
    await page.keyboard.press('ArrowRight');
    await trash.count.filter({ hasText: '1 deleted lesson' }).waitFor();
    expect(await trash.titles()).toEqual([LESSON]);
    await trash.filter('All').check();
    await trash.count.filter({ hasText: '4 deleted items' }).waitFor();
  });

  test('Enter restores the selected row, and the stakeholder is back on the power map', async () => {
    await trash.grid.focus();
    expect(await trash.selected(ACTION)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await trash.selected(PERSON)).toBe(true);
    await page.keyboard.press('Enter');
    await trash.toast(`Restored “${PERSON}”`).waitFor();
    await trash.row(PERSON).waitFor({ state: 'detached' });
    await trash.count.filter({ hasText: '3 deleted items' }).waitFor();
    // The keyboard stays in the list, on the row that took the restored one's place.
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'grid');
    expect(await trash.selected(LESSON)).toBe(true);

    await page.evaluate((id) => (location.hash = `#/accounts/${id}`), accountId);
    const map = new PowerMapPage(page);
    await map.heading(CUSTOMER).waitFor();
    await map.node(PERSON).waitFor();
    expect(await map.node(PERSON).getAttribute('aria-label')).toContain('CFO');
  });

  test('the Restore button brings the action back to the board', async () => {
    await trash.open();
    await trash.restoreButton(ACTION).click();
    await trash.toast(`Restored “${ACTION}”`).waitFor();
    await trash.row(ACTION).waitFor({ state: 'detached' });
    await trash.count.filter({ hasText: '2 deleted items' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'grid');

    await trash.filter('Actions').check();
    await page.getByRole('heading', { name: 'No deleted actions' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Show everything' }).click();
    await trash.count.filter({ hasText: '2 deleted items' }).waitFor();

    const board = new ActionsPage(page);
    await board.open();
    const card = board.card(ACTION, 'Open');
    await card.waitFor();
    expect(await card.textContent()).toContain('Against Rival AB');
  });

  test('Ctrl+Z undoes a restore, and restoring the last item leaves the trash empty', async () => {
    await trash.open();
    await trash.restoreButton(GONE_CASE).click();
    await trash.toast(`Restored “${GONE_CASE}”`).waitFor();
    await trash.row(GONE_CASE).waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z');
    await trash.row(GONE_CASE).waitFor();
    await trash.count.filter({ hasText: '2 deleted items' }).waitFor();

    await trash.restoreButton(GONE_CASE).click();
    await trash.row(GONE_CASE).waitFor({ state: 'detached' });
    await trash.restoreButton(LESSON).click();
    await trash.empty.waitFor();
    expect(await trash.count.textContent()).toBe('0 deleted items');
    // Focus lands on the empty state rather than being lost with the list.
    await page.waitForFunction(() => document.activeElement?.textContent === 'The trash is empty');

    const cases = new CasesPage(page);
    await cases.goTo('Cases');
    await cases.row(GONE_CASE).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });

  test('a failed load says so and Try again recovers', async () => {
    await apiCall('cases.delete', {
      id: (await apiCall<{ items: { id: string; title: string }[] }>('cases.list', {})).items.find(
        (c) => c.title === GONE_CASE,
      )!.id,
    });
    await page.route('**/api/invoke', async (route) => {
      if (route.request().postData()?.includes('"trash.list"')) {
        await route.fulfill({ status: 500, contentType: 'text/plain', body: 'The disk is unplugged' });
      } else {
        await route.fallback();
      }
    });
    await trash.goTo('Trash');
    const banner = page.getByRole('alert').filter({ hasText: 'Could not load the trash' });
    await banner.getByText('The disk is unplugged').waitFor();
    await page.unroute('**/api/invoke');
    await banner.getByRole('button', { name: 'Try again' }).click();
    await banner.waitFor({ state: 'detached' });
    await trash.row(GONE_CASE).waitFor();
    expect(await trash.count.textContent()).toBe('1 deleted item');
    // The page logged nothing but the failed request the test caused.
    expect(pageErrors(page).filter((e) => !e.includes('500'))).toEqual([]);
  });
});
