/**
 * The foundation's vertical slice, end to end: the real React UI in Chromium, through the loopback bridge and
 * the contract, to a real SQLite file — and back after a restart.
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
} from './support/web-app';
import { CaseDetailPage } from './pages/case-detail-page';
import { CasesPage } from './pages/cases-page';
import { FirstRunPage } from './pages/first-run-page';

let browser: Browser;
let server: WebServer;
let page: Page;
let cases: CasesPage;
const dbPath = path.join(tempDir(), 'slice.db');

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startWebServer(dbPath);
  ({ page } = await openPage(browser, server.url));
  page.setDefaultTimeout(10_000);
  cases = new CasesPage(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('case slice in browser mode', () => {
  test('a new database starts with a short first run', async () => {
    const firstRun = new FirstRunPage(page);
    await firstRun.heading.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'first-run-light');
    await firstRun.startEmpty({ name: 'Alex Seller', team: 'Nordlicht Sales', currency: 'EUR' });
    await cases.waitLoaded();
  });

  test('an empty database invites the first case and passes the accessibility check', async () => {
    await expect(page.getByRole('heading', { name: 'Log your first case' }).isVisible()).resolves.toBe(true);
    expect(await cases.count.textContent()).toBe('0 cases');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'cases-empty-light');
  });

  test('a case is logged from the keyboard and shows with money in the user locale', async () => {
    await cases.logCase({
      title: 'Fleet tracking rollout',
      customer: 'Nordhaven Logistics',
      value: '12500',
      currency: 'EUR',
    });
    await cases.row('Fleet tracking rollout').waitFor();
    await cases.count.filter({ hasText: '1 case' }).waitFor();
    expect(await cases.row('Fleet tracking rollout').textContent()).toContain('€12,500');
    await cases.logCase({
      title: 'Warehouse sensors',
      customer: 'Brightwell Foods',
      value: '4 200,50',
      currency: 'EUR',
    });
    await cases.row('Warehouse sensors').waitFor();
    expect(await cases.row('Warehouse sensors').textContent()).toContain('€4,200.50');
  });

  test('bad input gets a message on the field and writes nothing', async () => {
    await page.keyboard.press('n');
    await cases.dialog.waitFor();
    await cases.fill({ title: '   ', customer: 'Someone', value: '12,5,0' });
    await page.keyboard.press('Enter');
    await cases.dialog.getByText('Use one decimal mark').waitFor();
    await cases.fill({ value: '100' });
    await page.keyboard.press('Enter');
    await cases.dialog.getByText('Give the case a title').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'case-dialog-errors-light');
    await page.keyboard.press('Escape');
    await cases.dialog.waitFor({ state: 'detached' });
    expect(await cases.count.textContent()).toBe('2 cases');
  });

  test('a case opens from the grid with Enter and is edited on its page', async () => {
    await cases.focusRow('Fleet tracking rollout');
    await page.keyboard.press('Enter');
    const detail = new CaseDetailPage(page);
    await detail.waitLoaded('Fleet tracking rollout');
    await detail.edit('Value', '13000');
    await detail.backToCases();
    await cases.row('Fleet tracking rollout').getByText('€13,000').waitFor();
  });

  test('delete moves a case to the trash and Ctrl+Z brings it back', async () => {
    await cases.focusRow('Warehouse sensors');
    await page.keyboard.press('Delete');
    await cases.toast(/moved to the trash/).waitFor();
    await cases.row('Warehouse sensors').waitFor({ state: 'detached' });
    await cases.count.filter({ hasText: '1 case' }).waitFor();
    await page.keyboard.press('Control+z');
    await cases.row('Warehouse sensors').waitFor();
    await cases.count.filter({ hasText: '2 cases' }).waitFor();
  });

  test('the trash lists a deleted case and restores it', async () => {
    await cases.focusRow('Warehouse sensors');
    await page.keyboard.press('Delete');
    await cases.row('Warehouse sensors').waitFor({ state: 'detached' });
    await cases.goTo('Trash');
    const trashGrid = page.getByRole('grid', { name: 'Deleted cases' });
    await trashGrid.getByRole('row').filter({ hasText: 'Warehouse sensors' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'trash-light');
    await trashGrid.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'The trash is empty' }).waitFor();
    await cases.goTo('Cases');
    await cases.row('Warehouse sensors').waitFor();
  });

  test('search narrows the list and says when nothing matches', async () => {
    await cases.search('nordhaven');
    await cases.count.filter({ hasText: '1 case match' }).waitFor();
    await cases.search('100%_no_such');
    await page.getByRole('heading', { name: 'No cases match' }).waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await cases.count.filter({ hasText: '2 cases' }).waitFor();
  });

  test('settings shows the database file this window uses', async () => {
    await cases.goTo('Settings');
    await page.getByText(dbPath).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'settings-light');
    await cases.goTo('Cases');
  });

  test('everything is still there after a restart, in light and dark', async () => {
    await screenshot(page, 'cases-full-light');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
    await server.stop();
    server = await startWebServer(dbPath);
    const reopened = await openPage(browser, at(server.url, '/cases'), { colorScheme: 'dark' });
    reopened.page.setDefaultTimeout(10_000);
    const again = new CasesPage(reopened.page);
    await again.waitLoaded();
    await again.row('Fleet tracking rollout').getByText('€13,000').waitFor();
    await again.row('Warehouse sensors').waitFor();
    expect(await seriousA11yViolations(reopened.page)).toEqual([]);
    await screenshot(reopened.page, 'cases-full-dark');
    await reopened.page.keyboard.press('n');
    await again.dialog.waitFor();
    await screenshot(reopened.page, 'case-dialog-dark');
    expect(pageErrors(reopened.page)).toEqual([]);
    await reopened.context.close();
  });
});
