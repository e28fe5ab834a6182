/**
 * The review's value figures name the currencies they converted, end to end in Chromium through browser mode on
 * a real file: a won case in USD without a rate is named under the closed values as left out; once a rate is
 * saved, the figure counts it and the note names the rate instead. Light and dark pictures.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousA11yViolations } from './support/axe';
import {
  apiCall as callApi,
  at,
  launchBrowser,
  openPage,
  pageErrors,
  screenshot,
  startWebServer,
  tempDir,
  type WebServer,
} from './support/web-app';
import { CasesPage } from './pages/cases-page';
import { FirstRunPage } from './pages/first-run-page';

let browser: Browser;
let server: WebServer;
let page: Page;
const dbPath = path.join(tempDir(), 'currencies.db');
const apiCall = <T>(method: string, input: unknown): Promise<T> => callApi<T>(page, method, input);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const closedOn = daysAgo(10);

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startWebServer(dbPath);
  ({ page } = await openPage(browser, server.url));
  page.setDefaultTimeout(15_000);
  await new FirstRunPage(page).startEmpty({ name: 'Alex Seller', team: 'Nordlicht Sales', currency: 'EUR' });
  await new CasesPage(page).waitLoaded();
  for (const [title, currency, valueMinor] of [
    ['Fleet tracking rollout', 'EUR', 1_000_000],
    ['Boston depot sensors', 'USD', 2_000_000],
  ] as const) {
    const kase = await apiCall<{ id: string }>('cases.create', {
      title,
      accountName: 'Nordhaven',
      currency,
      valueMinor,
      openedOn: daysAgo(40),
    });
    await apiCall('debrief.close', { caseId: kase.id, outcome: 'won', closedOn });
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('a case without a rate is named under the closed values; with a rate, the note names the rate', async () => {
  await page.goto(at(server.url, '/review'));
  const note = page.getByTestId('conversion-note').first();
  await note.waitFor();
  expect(await note.textContent()).toBe('Closed values in EUR: 1 case in USD has no rate and is left out.');
  expect(await note.getAttribute('class')).toContain('missing');
  await page.getByText('€10K won of €10K (in EUR)').waitFor();
  // The finding in words says the same, in the singular for one case.
  await page.getByText(/1 case in EUR; 1 case in USD has no rate and is left out\)\.$/).waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await note.scrollIntoViewIfNeeded();
  await screenshot(page, 'review-conversion-missing-light');

  await apiCall('rates.save', { currency: 'USD', rate: 0.9, fromOn: '2026-01-01' });
  await page.reload();
  await page.getByText('€28K won of €28K (in EUR)').waitFor();
  const converted = page.getByTestId('conversion-note').first();
  expect(await converted.textContent()).toMatch(/^Closed values in EUR: USD at 0[.,]9\d* from 1 Jan 2026\.$/);
  expect(await converted.getAttribute('class')).not.toContain('missing');
  await page.emulateMedia({ colorScheme: 'dark' });
  await converted.scrollIntoViewIfNeeded();
  await screenshot(page, 'review-conversion-dark');
  expect(pageErrors(page)).toEqual([]);
});
