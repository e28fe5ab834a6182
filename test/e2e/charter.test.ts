/**
 * The relationship charter end to end in Chromium against a real file: the team's rule is set on Team ▸ Charter
 * (new contacts private), a stakeholder added with contact details is marked "Private to you", a bad e-mail is
 * refused on its field, and the export (its "without private contacts" ticked by the charter) leaves it out.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seriousA11yViolations } from './support/axe';
import {
  apiCall as callApi,
  launchBrowser,
  openPage,
  pageErrors,
  screenshot,
  startWebServer,
  tempDir,
  type WebServer,
} from './support/web-app';
import { FirstRunPage } from './pages/first-run-page';
import { CasesPage } from './pages/cases-page';
import { PowerMapPage } from './pages/powermap-page';

let browser: Browser;
let server: WebServer;
let page: Page;
const dir = tempDir();
const dbPath = path.join(dir, 'charter.db');
const apiCall = <T>(method: string, input: unknown): Promise<T> => callApi<T>(page, method, input);

/** Axe and a screenshot in both themes: dark mode has its own contrast to get right. */
async function bothThemes(name: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, `${name}-light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, `${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startWebServer(dbPath);
  ({ page } = await openPage(browser, server.url));
  page.setDefaultTimeout(15_000);
  await new FirstRunPage(page).startEmpty({ name: 'Alex Seller', team: 'Nordlicht Sales', currency: 'EUR' });
  await new CasesPage(page).waitLoaded();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('set the charter, add a private contact, see it marked and left out of the export', async () => {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Charter/ })
    .click();
  await page.getByRole('heading', { level: 1, name: /Relationship charter/ }).waitFor();
  await page.getByText('Not changed yet').waitFor();
  await page.getByLabel(/Private to whoever adds them/).check();
  await page.getByText(/Agreed rules last changed/).waitFor();
  await bothThemes('charter');

  const account = await apiCall<{ id: string }>('accounts.create', { name: 'Nordhaven Logistics' });
  await apiCall('people.create', { name: 'Open Olsen', accountId: account.id, visibility: 'team' });
  await page.goto(`${server.url}#/accounts/${account.id}`);
  const map = new PowerMapPage(page);
  await map.heading('Nordhaven Logistics').waitFor();
  await page.keyboard.press('n');
  const dialog = map.dialog;
  await dialog.waitFor();
  // The charter chose: the new contact starts private, and the dialog says whose it is.
  expect(await dialog.getByLabel('Private to me').isChecked()).toBe(true);
  await dialog.getByTestId('sharing-marker').getByText('Private to you').waitFor();
  await dialog.getByLabel('Name').fill('Quiet Quist');
  await dialog.getByLabel('E-mail').fill('quiet at nordhaven');
  await dialog.getByLabel('Phone').fill('+49 40 555 0101');
  await dialog.getByLabel('Profile link').fill('https://www.linkedin.com/in/quietquist');
  await dialog.getByRole('button', { name: 'Add stakeholder' }).click();
  await dialog.getByRole('alert').getByText('An e-mail address like name@company.com').waitFor();
  expect(await dialog.getByLabel('E-mail').getAttribute('aria-invalid')).toBe('true');
  await dialog.getByLabel('E-mail').scrollIntoViewIfNeeded();
  await bothThemes('charter-stakeholder-error');
  await dialog.getByLabel('E-mail').fill('quiet@nordhaven.de');
  // Editing the field clears its error: it spoke of the old value.
  await dialog.getByText('An e-mail address like name@company.com').waitFor({ state: 'detached' });
  await dialog.getByLabel('Phone').focus();
  await bothThemes('charter-stakeholder-dialog');
  await map.save();

  await map.view('Table').click();
  await map.table
    .getByRole('row', { name: /Quiet Quist/ })
    .getByText('Private to you')
    .waitFor();
  await map.table
    .getByRole('row', { name: /Open Olsen/ })
    .getByText(/^Shared by/)
    .waitFor();
  const saved = (
    await apiCall<{ name: string; email: string; phone: string; profileUrl: string }[]>('people.list', {
      accountId: account.id,
    })
  ).find((p) => p.name === 'Quiet Quist');
  expect(saved).toMatchObject({
    email: 'quiet@nordhaven.de',
    phone: '+49 40 555 0101',
    profileUrl: 'https://www.linkedin.com/in/quietquist',
  });

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Settings/ })
    .click();
  const section = page.locator('section.sharing');
  await section.getByRole('heading', { name: 'Share with the team' }).waitFor();
  await section.getByText('leaves them out by default').waitFor();
  expect(await section.getByLabel(/Without my private contacts/).isChecked()).toBe(true);
  const out = path.join(dir, 'alex.winloop');
  await section.getByLabel('Export to file').fill(out);
  await section.getByRole('button', { name: 'Export' }).click();
  await section.getByText(/Exported .* to .*alex\.winloop\./).waitFor();
  const exported = new Database(out, { readonly: true });
  const names = exported.prepare('select name from people order by name').pluck().all();
  exported.close();
  expect(names).toEqual(['Open Olsen']);
  expect(pageErrors(page)).toEqual([]);
}, 120_000);
