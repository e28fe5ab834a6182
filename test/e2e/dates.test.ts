/**
 * Days in the seller's own format, end to end, in Germany and in the US: an old deal logged by typing the day it
 * opened the local way, a next step dated by arrow keys, and a refused day explained in the same format as the
 * field. The stored value is ISO whatever the screen shows.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousA11yViolations } from './support/axe';
import { apiCall, launchBrowser, openPage, pageErrors, screenshot, startWebServer, tempDir } from './support/web-app';
import type { WebServer } from './support/web-app';
import { CaseDetailPage } from './pages/case-detail-page';
import { CasesPage } from './pages/cases-page';
import { FirstRunPage } from './pages/first-run-page';

const plusDays = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const monthAfter = (day: string) => {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

const locales = [
  { locale: 'de-DE', typed: '14.9.25', shown: '14.09.2025', hint: 'DD.MM.YYYY', bad: '31.13.2025' },
  { locale: 'en-US', typed: '9/14/25', shown: '09/14/2025', hint: 'MM/DD/YYYY', bad: '13/31/2025' },
];

describe.each(locales)('dates in $locale', ({ locale, typed, shown, hint, bad }) => {
  let browser: Browser;
  let server: WebServer;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startWebServer(path.join(tempDir(), `dates-${locale}.db`));
    ({ page } = await openPage(browser, server.url, { locale }));
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('an old deal is logged by typing the day it opened the local way', async () => {
    await new FirstRunPage(page).startEmpty({ name: 'Alex Seller', currency: 'EUR' });
    const cases = new CasesPage(page);
    await cases.waitLoaded();
    await page.keyboard.press('n');
    const d = cases.dialog;
    await d.waitFor();
    await d.getByLabel('Title').fill('Harbour cranes');
    await d.getByLabel('Customer').fill('Kestrel Port');
    const opened = d.getByLabel('Opened on');
    expect(await opened.getAttribute('placeholder')).toBe(hint);
    await opened.fill('');
    await opened.pressSequentially(typed);
    await opened.press('Enter');
    await d.waitFor({ state: 'detached' });
    const listed = await apiCall<{ items: { id: string; title: string; openedOn: string }[] }>(page, 'cases.list', {});
    expect(listed.items.map((c) => [c.title, c.openedOn])).toEqual([['Harbour cranes', '2025-09-14']]);
    await page.goto(`${new URL(server.url).origin}/#/cases/${listed.items[0]?.id ?? ''}`);
    const detail = new CaseDetailPage(page);
    await detail.waitLoaded('Harbour cranes');
    expect(await detail.field('Opened').inputValue()).toBe(shown);
  });

  test('a next step is dated with the arrow keys and Page Up', async () => {
    const detail = new CaseDetailPage(page);
    await detail.field('Next step').fill('Send the crane load study');
    const on = detail.field('Next step on');
    await on.focus();
    // From an empty field the first step lands on tomorrow.
    for (let i = 0; i < 3; i++) await on.press('ArrowUp');
    await on.press('ArrowDown');
    await detail.waitSaved();
    const caseOf = async () =>
      (await apiCall<{ items: { nextStepOn: string | null }[] }>(page, 'cases.list', {})).items[0]?.nextStepOn;
    expect(await caseOf()).toBe(plusDays(2));
    await on.press('PageUp');
    await detail.waitSaved();
    // A month on from the same day (the day itself may shrink to the month's end).
    expect((await caseOf())?.slice(0, 7)).toBe(monthAfter(plusDays(2)));
  });

  test('a day that does not exist is refused in the local format, linked to its field', async () => {
    const detail = new CaseDetailPage(page);
    const close = detail.field('Expected close');
    await close.fill(bad);
    await close.press('Tab');
    const error = detail.details.getByRole('alert').filter({ hasText: hint });
    await error.waitFor();
    expect(await error.textContent()).toBe(`No such day: write the date as ${hint}`);
    expect(await close.getAttribute('aria-invalid')).toBe('true');
    const errorId = await error.getAttribute('id');
    expect((await close.getAttribute('aria-describedby'))?.split(' ')).toContain(errorId);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, `dates-${locale}-error-light`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, `dates-${locale}-error-dark`);
    await page.emulateMedia({ colorScheme: 'light' });
    // Nothing half-typed was saved: the case still has no expected close.
    const listed = await apiCall<{ items: { expectedCloseOn: string | null }[] }>(page, 'cases.list', {});
    expect(listed.items[0]?.expectedCloseOn).toBeNull();
  });

  test('the page logged no error', () => {
    expect(pageErrors(page)).toEqual([]);
  });
});
