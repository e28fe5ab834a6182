/**
 * A spreadsheet no CRM layout fits, imported through the mapping screen as a seller would: map the columns,
 * translate the outcome words, answer the day/month question the file raises, see the refused row in the
 * preview, import as a job, read the refused-rows report and save it as CSV, find the cases, then undo.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { FirstRunPage } from './pages/first-run-page';
import {
  launchBrowser,
  openPage,
  pageErrors,
  screenshot,
  startWebServer,
  tempDir,
  type WebServer,
} from './support/web-app';

let browser: Browser;
let server: WebServer;
let page: Page;
const dir = tempDir();

const sheet = [
  'Deal;Company;Rep;Result;Amount;Started;Closed',
  'Fleet renewal;Acme GmbH;Ann Lee;Gewonnen;1.200,00 €;03/04/2025;05/06/2025',
  'Pilot;Beta AG;Ann Lee;Verloren;800;04/04/2025;07/06/2025',
  'Expansion;Gamma KG;Carl Dahl;Offen;lots;05/04/2025;',
  'Spares;Acme GmbH;Carl Dahl;Offen;95,50;06/04/2025;',
].join('\r\n');

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startWebServer(path.join(dir, 'mine.db'));
  ({ page } = await openPage(browser, server.url));
  page.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('a CSV through the mapping screen, the date question and the refused-rows report, then undone', async () => {
  await new FirstRunPage(page).startEmpty({ name: 'Ada', currency: 'EUR' });
  await page.getByRole('link', { name: 'Import' }).click();
  await page.getByRole('heading', { name: 'Import' }).waitFor();
  await expect.poll(() => page.getByText('No imports into this file yet.').count()).toBe(1);
  await screenshot(page, 'import-empty-light');

  await page.locator('#import-file').setInputFiles({
    name: 'deals-2025.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(sheet, 'utf8'),
  });
  await page.getByText('Not a layout Winloop knows').waitFor();
  expect(await page.getByText(/delimiter “;”/).count()).toBe(1);

  // Columns ↔ fields, with sample values beside each choice.
  for (const [label, column] of [
    ['Title', 'Deal'],
    ['Account', 'Company'],
    ['Owner', 'Rep'],
    ['Outcome or stage text', 'Result'],
    ['Value', 'Amount'],
    ['Opened on', 'Started'],
    ['Closed on', 'Closed'],
  ] as const) {
    await page.getByLabel(label, { exact: true }).selectOption(column);
  }
  await page.getByText('Acme GmbH · Beta AG · Gamma KG').waitFor();

  // The outcome words of this file, translated.
  await page.getByLabel('Outcome values: Gewonnen').selectOption('won');
  await page.getByLabel('Outcome values: Verloren').selectOption('lost');
  await page.getByLabel('Outcome values: Offen').selectOption('open');

  // Every date could be either order: asked, never guessed, and nothing can be imported until answered.
  const question = page.getByRole('group', { name: 'How are the dates written?' });
  await question.waitFor();
  await expect.poll(() => page.getByRole('alert').filter({ hasText: 'day first or month first' }).count()).toBe(1);
  expect(await page.getByRole('button', { name: /^Import \d+ rows$/ }).isDisabled()).toBe(true);
  await question.scrollIntoViewIfNeeded();
  await screenshot(page, 'import-mapping-question-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'import-mapping-question-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await question.getByLabel('Day first (31/12/2024)').check();

  // The live preview: the first rows as cases, the refused one marked with its reason.
  const preview = page.getByRole('table', { name: 'First rows as cases' });
  await expect.poll(() => preview.getByRole('row', { name: /Fleet renewal/ }).textContent()).toContain('2025-04-03');
  expect(await preview.getByRole('row', { name: /Fleet renewal/ }).textContent()).toContain('won');
  const refused = preview.locator('tr.problem');
  expect(await refused.count()).toBe(1);
  expect(await refused.textContent()).toMatch(/^4Refused \(Amount\): amount/);
  expect(await page.getByTestId('preview-counts').textContent()).toMatch(
    /4 rows: 1 won, 1 lost, 1 open\. 1 will be refused/,
  );
  await page.getByRole('button', { name: 'Save mapping for these columns' }).click();
  await page.getByText('Mapping saved').waitFor();
  await preview.scrollIntoViewIfNeeded();
  await screenshot(page, 'import-preview-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'import-preview-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('button', { name: 'Import 3 rows' }).click();
  const report = page.getByRole('region', { name: 'Imported deals-2025.csv' });
  await report.waitFor({ timeout: 60_000 });
  expect(await report.getByTestId('report-counts').textContent()).toBe(
    '4 rows read: 3 new, 0 updated, 0 unchanged, 1 refused.',
  );
  const rejects = report.getByRole('table', { name: 'Refused rows' });
  expect(await rejects.getByRole('row').count()).toBe(2);
  expect(await rejects.getByRole('row').nth(1).textContent()).toMatch(/^4Amountamount/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    report.getByRole('button', { name: 'Save rejects as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('deals-2025-rejects.csv');
  const saved = path.join(dir, 'rejects.csv');
  await download.saveAs(saved);
  const text = fs.readFileSync(saved, 'utf8');
  expect(text.startsWith('\ufeffLine,Column,Reason,Raw\r\n4,Amount,amount')).toBe(true);
  expect(await page.getByRole('table', { name: 'Import history' }).getByRole('row').count()).toBe(2);
  await screenshot(page, 'import-report-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'import-report-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('link', { name: 'Cases' }).click();
  await page.getByText('Fleet renewal').waitFor();
  expect(await page.getByText('Spares').count()).toBe(1);

  // The same file again is recognised: nothing to do unless the seller insists.
  await page.getByRole('link', { name: 'Import' }).click();
  await page
    .locator('#import-file')
    .setInputFiles({ name: 'again.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) });
  await page.getByText('Using the mapping you saved').waitFor();
  await page.getByText(/This exact file was imported on/).waitFor();
  expect(await page.getByRole('button', { name: 'Import 3 rows' }).isDisabled()).toBe(true);

  await page.getByRole('button', { name: 'Undo import of deals-2025.csv' }).click();
  await page.getByText(/Undone: deals-2025.csv/).waitFor();
  expect(await page.getByRole('table', { name: 'Import history' }).getByText('Undone').count()).toBe(1);
  await page.getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('heading', { name: 'Cases' }).waitFor();
  await expect.poll(() => page.getByText('Fleet renewal').count()).toBe(0);
  expect(pageErrors(page)).toEqual([]);
}, 180_000);
