/**
 * Folding imported lost reasons, as a seller would, by keyboard: a Pipedrive export brings lost reasons that
 * match none of ours; Settings ▸ Imported reasons lists them with their case counts; one is folded into our
 * "Price" (its cases follow), undone from the toast and folded again; one is kept, renamed, as a reason of its
 * own; a name already taken is refused with the way out; the last one folded leaves the list done. The next
 * import of the same CRM name folds by itself. Screenshots light and dark.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { JobInfo } from '../../shared/contract/jobs';
import type { ImportedReason } from '../../shared/contract/imported-reasons';
import type { Vocabulary } from '../../shared/contract/vocabulary';
import { FirstRunPage } from './pages/first-run-page';
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

let browser: Browser;
let server: WebServer;
let page: Page;
const dir = tempDir();

const header =
  'Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Status,Deal - Lost reason,Organization - Name,Deal - Owner,Deal - Deal created,Deal - Lost time';
const deal = (id: number, reason: string) =>
  `${id},Deal ${id},1000,EUR,Lost,${reason},Acme GmbH,Ann Lee,2025-02-01,2025-03-0${1 + (id % 9)}`;

/** Stages and imports a CSV through the API the import page uses, and waits for the job. */
async function importCsv(name: string, rows: string[]): Promise<void> {
  const chunk = Buffer.from([header, ...rows].join('\n')).toString('base64');
  const { stageId } = await apiCall<{ stageId: string }>(page, 'imports.stage', { fileName: name, chunk, last: true });
  const job = await apiCall<JobInfo>(page, 'jobs.start', { kind: 'csv.import', input: { stageId } });
  await expect
    .poll(async () => (await apiCall<JobInfo[]>(page, 'jobs.list', {})).find((j) => j.id === job.id)?.state, {
      timeout: 30_000,
    })
    .toBe('done');
}

const imported = () =>
  apiCall<{ reasons: ImportedReason[] }>(page, 'imports.reasons', {}).then((l) =>
    l.reasons.map((r) => `${r.name} ${r.cases}`),
  );

/** Switches the theme in Settings ▸ Appearance, then brings the imported reasons back into view. */
async function theme(choice: 'Light' | 'Dark') {
  await page.getByRole('radio', { name: choice, exact: true }).check();
  await page.getByRole('region', { name: 'Imported reasons' }).scrollIntoViewIfNeeded();
}

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

test('imported lost reasons folded into ours by keyboard, undone, kept as our own; the next import folds by itself', async () => {
  await new FirstRunPage(page).startEmpty({ name: 'Ada', currency: 'EUR' });
  await importCsv('pipedrive.csv', [
    deal(1, 'Too pricey'),
    deal(2, 'Too pricey'),
    deal(3, 'too  PRICEY'),
    deal(4, 'Chose incumbent'),
    deal(5, 'Budget cut'),
  ]);

  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Imported reasons' });
  const list = section.getByRole('list', { name: 'Imported reasons' });
  await list.getByText('Too pricey').waitFor();
  expect(await list.getByRole('listitem').allInnerTexts()).toEqual([
    expect.stringMatching(/^Too pricey\s+3 cases/),
    expect.stringMatching(/^Budget cut\s+1 case\b/),
    expect.stringMatching(/^Chose incumbent\s+1 case\b/),
  ]);
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'fold-reasons-full-light');
  await theme('Dark');
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'fold-reasons-full-dark');
  await theme('Light');

  // By keyboard: focus the choice, type the start of our reason's name, Tab to Fold, Enter.
  const into = section.getByLabel('Fold “Too pricey” into');
  await into.focus();
  await page.keyboard.type('Price');
  expect(await into.inputValue()).not.toBe('');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const toast = page.getByText('“Too pricey” folded into “Price”: 3 cases moved with it.');
  await toast.waitFor();
  await expect.poll(imported).toEqual(['Budget cut 1', 'Chose incumbent 1']);
  const vocab = await apiCall<Vocabulary>(page, 'vocab.get', {});
  const price = vocab.reasonCategories.flatMap((c) => c.reasons).find((r) => r.name === 'Price')!;

  // Undo from the toast: the reason and its three cases are back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByText('“Too pricey” is back under Imported.').waitFor();
  await expect.poll(imported).toEqual(['Too pricey 3', 'Budget cut 1', 'Chose incumbent 1']);
  await list.getByText('Too pricey').waitFor();

  await section.getByLabel('Fold “Too pricey” into').selectOption({ label: 'Price' });
  await list.getByRole('listitem').filter({ hasText: 'Too pricey' }).getByRole('button', { name: 'Fold' }).click();
  await page.getByText('“Too pricey” folded into “Price”').first().waitFor();
  await expect.poll(imported).toEqual(['Budget cut 1', 'Chose incumbent 1']);

  // Kept as a reason of its own, renamed, in a category of ours; by keyboard all the way.
  const keep = section.getByLabel('Fold “Chose incumbent” into');
  await keep.focus();
  await page.keyboard.type('Keep');
  await page.keyboard.press('Tab');
  const category = section.getByLabel('Category for “Chose incumbent”');
  expect(await category.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Stayed with the incumbent');
  await page.keyboard.press('Enter');
  await page.getByText(/“Chose incumbent” kept as “Stayed with the incumbent” in .+: 1 case moved with it\./).waitFor();
  await expect.poll(imported).toEqual(['Budget cut 1']);

  // A name already taken in that category: refused, with the way out, and nothing changed.
  const priceCategory = vocab.reasonCategories.find((c) => c.reasons.some((r) => r.id === price.id))!;
  await section.getByLabel('Fold “Budget cut” into').selectOption({ label: 'Keep as a reason of its own…' });
  await section.getByLabel('Category for “Budget cut”').selectOption(priceCategory.id);
  await section.getByLabel('Name for “Budget cut”').fill('Price');
  await section.getByLabel('Name for “Budget cut”').press('Enter');
  await section
    .getByRole('alert')
    .getByText(/“Price” is already a reason in .+: fold into it instead\./)
    .waitFor();
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'fold-reasons-error-light');
  await theme('Dark');
  await screenshot(page, 'fold-reasons-error-dark');
  await theme('Light');
  expect(await imported()).toEqual(['Budget cut 1']);

  await section.getByLabel('Fold “Budget cut” into').selectOption({ label: 'Price' });
  await section.getByRole('button', { name: 'Fold' }).click();
  await section.getByText('Every imported reason is folded into your list.').waitFor();
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'fold-reasons-done-light');
  await theme('Dark');
  await screenshot(page, 'fold-reasons-done-dark');
  await theme('Light');

  // The next import: every spelling of these CRM names lands on ours, nothing new under "Imported".
  await importCsv('pipedrive-2.csv', [deal(6, 'TOO pricey'), deal(7, 'chose incumbent'), deal(8, 'Budget Cut')]);
  expect(await imported()).toEqual([]);
  expect(pageErrors(page)).toEqual([]);
}, 120_000);
