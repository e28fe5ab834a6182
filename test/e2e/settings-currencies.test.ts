/**
 * Settings ▸ Currencies end to end in Chromium through browser mode on a real file: the first-time empty state,
 * the currencies cases use without a rate (highlighted), a rate added by keyboard with its errors at the field,
 * the review's conversion note changing once it is saved, removal undone from the toast, a rates CSV with a bad
 * row reported by its line, and the DateField calendar opened by keyboard and closed with Escape. axe on each
 * state; pictures light and dark, empty and full.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { seriousA11yViolations } from './support/axe';
import {
  apiCall as callApi,
  at,
  launchBrowser,
  openPage,
  pageErrors,
  SCREENSHOT_DIR,
  startWebServer,
  tempDir,
  type WebServer,
} from './support/web-app';
import { CasesPage } from './pages/cases-page';
import { FirstRunPage } from './pages/first-run-page';

let browser: Browser;
let server: WebServer;
let page: Page;
const dbPath = path.join(tempDir(), 'settings-currencies.db');
const apiCall = <T>(method: string, input: unknown): Promise<T> => callApi<T>(page, method, input);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const closedOn = daysAgo(30);
/** en-GB, as the page is opened: "3 Nov 2026" on screen, 03/11/2026 in a date field. */
const medium = (day: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
const typed = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

const section = () => page.getByRole('region', { name: 'Currencies' });
const form = () => section().getByRole('form', { name: 'Add a rate' });

/** The element and what opens below it (a calendar may hang over its end). */
async function shoot(target: Locator, name: string, below = 0): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${name}: nothing to photograph`);
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `${name}.png`),
    clip: { x: box.x, y: box.y, width: box.width, height: box.height + below },
  });
}

async function bothThemes(target: Locator, name: string, below = 0): Promise<void> {
  // Tall enough that the whole section (and an open calendar) fits: the page scrolls inside, not the window.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await shoot(target, `${name}-light`, below);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(target, `${name}-dark`, below);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startWebServer(dbPath);
  ({ page } = await openPage(browser, server.url));
  page.setDefaultTimeout(15_000);
  await new FirstRunPage(page).startEmpty({ name: 'Alex Seller', team: 'Nordlicht Sales', currency: 'EUR' });
  await new CasesPage(page).waitLoaded();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('a first-time user sees the home currency and what rates are for, and nothing highlighted', async () => {
  await page.goto(at(server.url, '/settings'));
  await section().getByTestId('rates-empty').waitFor();
  expect(await section().textContent()).toContain('Your home currency is EUR');
  expect(await section().getByTestId('rates-empty').textContent()).toContain(
    'You only need them if some of your cases are in another currency than EUR',
  );
  expect(await section().getByTestId('unrated-currencies').count()).toBe(0);
  // The link to where the home currency is changed moves focus there.
  await section().getByRole('button', { name: 'Change it under Money and win rate' }).click();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('settings-currency');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await bothThemes(section(), 'settings-currencies-empty');
});

test('cases in a currency without a rate are named; a rate added by keyboard converts them in the review', async () => {
  const won = await apiCall<{ id: string }>('cases.create', {
    title: 'Boston depot sensors',
    accountName: 'Nordhaven',
    currency: 'USD',
    valueMinor: 2_000_000,
    openedOn: daysAgo(60),
  });
  await apiCall('debrief.close', { caseId: won.id, outcome: 'won', closedOn });
  const euro = await apiCall<{ id: string }>('cases.create', {
    title: 'Fleet tracking rollout',
    accountName: 'Nordhaven',
    currency: 'EUR',
    valueMinor: 1_000_000,
    openedOn: daysAgo(60),
  });
  await apiCall('debrief.close', { caseId: euro.id, outcome: 'won', closedOn });
  // Late in our process with no decision maker reached: at risk, listed in its own currency.
  const vocab = await apiCall<{ stages: { id: string; name: string }[] }>('vocab.get', {});
  await apiCall('cases.create', {
    title: 'Leeds cold store',
    accountName: 'Kestrel',
    currency: 'GBP',
    valueMinor: 500_000,
    stageId: vocab.stages.find((st) => st.name === 'Negotiation')?.id,
  });

  await page.goto(at(server.url, '/review'));
  const note = page.getByTestId('conversion-note').first();
  expect(await note.textContent()).toBe('Closed values in EUR: 1 case in USD has no rate and is left out.');
  const atRisk = page.getByTestId('at-risk').getByRole('row', { name: /Leeds cold store/ });
  expect(await atRisk.getByRole('cell').allTextContents()).toEqual([
    'Kestrel',
    '£5,000',
    'GBP',
    expect.stringContaining('Decision maker not reached'),
  ]);

  await page.goto(at(server.url, '/settings'));
  const banner = section().getByTestId('unrated-currencies');
  await banner.waitFor();
  expect(await banner.textContent()).toContain('No rate converts 1 case in GBP and 1 case in USD.');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // "Add a USD rate" fills the form, dated so the rate converts the case decided 30 days ago.
  await banner.getByRole('button', { name: 'Add a USD rate' }).click();
  expect(await form().getByLabel('Currency').inputValue()).toBe('USD');
  expect(await form().getByLabel('From').inputValue()).toBe(typed(closedOn));
  const rate = form().getByLabel('Worth in EUR');
  expect(await rate.evaluate((el) => el === document.activeElement)).toBe(true);
  // Errors at the field: the rate read in the browser, the currency code checked by the contract (zod).
  await page.keyboard.type('nine');
  await page.keyboard.press('Enter');
  const rateError = form().getByRole('alert').filter({ hasText: 'Use digits' });
  await rateError.waitFor();
  expect((await rate.getAttribute('aria-describedby'))?.split(' ')).toContain(await rateError.getAttribute('id'));
  await form().getByLabel('Currency').fill('US');
  await rate.fill('0,9');
  await rate.press('Enter');
  const codeError = form().getByRole('alert').filter({ hasText: 'three-letter' });
  await codeError.waitFor();
  expect(await form().getByLabel('Currency').getAttribute('aria-invalid')).toBe('true');
  await bothThemes(section(), 'settings-currencies-field-errors');
  await form().getByLabel('Currency').fill('USD');
  await rate.fill('0,9');
  await rate.press('Enter');
  await form()
    .getByRole('status')
    .filter({ hasText: `Saved: 1 USD = 0.9 EUR from ${medium(closedOn)}.` })
    .waitFor();
  const usd = section().getByTestId('rates-USD');
  await usd.waitFor();
  expect(await usd.getByRole('row').nth(1).textContent()).toContain(medium(closedOn));
  expect(await banner.textContent()).toContain('No rate converts 1 case in GBP.');

  await page.goto(at(server.url, '/review'));
  await page.getByText('€28K won of €28K (in EUR)').waitFor();
  expect(await page.getByTestId('conversion-note').first().textContent()).toBe(
    `Closed values in EUR: USD at 0.9 from ${medium(closedOn)}.`,
  );
  // The open GBP case still has no rate: the pipeline's note names it as left out.
  expect(await page.getByTestId('conversion-note').nth(1).textContent()).toContain('1 case in GBP has no rate');
});

test('a removed rate comes back with Undo', async () => {
  await page.goto(at(server.url, '/settings'));
  const usd = section().getByTestId('rates-USD');
  await usd.waitFor();
  await usd.getByRole('button', { name: `Remove the USD rate from ${medium(closedOn)}` }).click();
  await usd.waitFor({ state: 'detached' });
  expect(await section().getByTestId('unrated-currencies').textContent()).toContain('1 case in USD');
  const toast = page.locator('.toast').filter({ hasText: 'Rate for USD removed.' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await usd.waitFor();
  const list = await apiCall<{ rates: { currency: string; rate: number }[] }>('rates.list', {});
  expect(list.rates).toMatchObject([{ currency: 'USD', rate: 0.9 }]);
});

test('a rates CSV imports its good rows and names each bad one by its line', async () => {
  const csv = ['Valid from;Currency;EUR per unit', '2026-01-01;GBP;1,17', 'someday;SEK;0,087', '2026-06-01;USD;0,92'];
  await section()
    .locator('#rates-file')
    .setInputFiles({ name: 'rates.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.join('\n')) });
  const result = section().getByTestId('rates-import-result');
  await result.waitFor();
  expect(await result.locator('p').textContent()).toBe(
    'rates.csv: 2 added, 0 updated, 0 unchanged; 1 row not imported:',
  );
  expect(await result.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^Line 3: .*someday/)]);
  await section().getByTestId('rates-GBP').waitFor();
  // Newest first within a currency: the one entered for 30 days ago, then June's.
  const usdRows = await section().getByTestId('rates-USD').getByRole('row').allTextContents();
  expect(usdRows[1]).toContain(medium(closedOn));
  expect(usdRows[2]).toContain(medium('2026-06-01'));
  // Every case converts now: the highlighted line is gone.
  await section().getByTestId('unrated-currencies').waitFor({ state: 'detached' });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await bothThemes(section(), 'settings-currencies-full');
});

test('the From field opens a calendar by keyboard; a day is picked with the arrows, Escape closes it', async () => {
  const from = form().getByLabel('From');
  await from.fill(typed('2026-03-10'));
  await from.press('Alt+ArrowDown');
  const calendar = section().getByRole('dialog', { name: 'Choose a day' });
  await calendar.waitFor();
  // Focus lands on the chosen day; the month is named in the locale.
  expect(await calendar.textContent()).toContain('March 2026');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
    /^Tuesday,? 10 March 2026, chosen$/,
  );
  expect(await seriousA11yViolations(page)).toEqual([]);
  await bothThemes(section(), 'date-calendar-open', 160);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await calendar.waitFor({ state: 'detached' });
  expect(await from.inputValue()).toBe(typed('2026-03-18'));
  expect(await from.evaluate((el) => el === document.activeElement)).toBe(true);
  // Escape closes it without a change and hands focus back to the typed field.
  await section().getByRole('button', { name: 'Open the calendar' }).click();
  await calendar.waitFor();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await calendar.waitFor({ state: 'detached' });
  expect(await from.inputValue()).toBe(typed('2026-03-18'));
  expect(await from.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(pageErrors(page)).toEqual([]);
});
