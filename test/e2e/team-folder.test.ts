/**
 * Two sellers, two browser-mode instances on two databases, one team folder (as Dropbox would keep it on both
 * machines): each points Settings ▸ Team folder at it and logs a case, and both cases arrive on both sides by
 * themselves. Then both rename the same case: each side's copy waits with its conflict, a notice says so above
 * the pages, and Review opens the merge preview, where merging settles it. Checked for accessibility and
 * photographed light and dark.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CasesPage } from './pages/cases-page';
import { FirstRunPage } from './pages/first-run-page';
import { Shell } from './pages/shell';
import { seriousA11yViolations } from './support/axe';
import {
  apiCall,
  launchBrowser,
  openPage,
  pageErrors,
  SCREENSHOT_DIR,
  startWebServer,
  tempDir,
  type WebServer,
} from './support/web-app';

const dir = tempDir();
const folder = path.join(dir, 'Dropbox', 'Sales team');
let browser: Browser;
let annaServer: WebServer;
let benServer: WebServer;
let anna: Page;
let ben: Page;

beforeAll(async () => {
  fs.mkdirSync(folder, { recursive: true });
  [annaServer, benServer] = await Promise.all([
    startWebServer(path.join(dir, 'anna', 'winloop.db')),
    startWebServer(path.join(dir, 'ben', 'winloop.db')),
  ]);
  browser = await launchBrowser();
  ({ page: anna } = await openPage(browser, annaServer.url));
  ({ page: ben } = await openPage(browser, benServer.url));
  for (const [page, name] of [
    [anna, 'Anna Berg'],
    [ben, 'Ben Okafor'],
  ] as const) {
    page.setDefaultTimeout(20_000);
    await new FirstRunPage(page).startEmpty({ name, team: 'Nordlicht Sales', currency: 'EUR' });
    await new CasesPage(page).waitLoaded();
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([annaServer?.stop(), benServer?.stop()]);
});

const section = (page: Page) => page.locator('section.team-folder');
const fileRow = (page: Page, who: string) => section(page).locator('.team-file').filter({ hasText: who });

async function pointAtFolder(page: Page): Promise<void> {
  await new Shell(page).goTo('Settings');
  const s = section(page);
  await s.getByRole('heading', { name: 'Team folder' }).waitFor();
  await s.getByLabel('Folder', { exact: true }).fill(path.join(dir, 'no such folder'));
  await s.getByRole('button', { name: 'Save folder' }).click();
  await s
    .getByRole('alert')
    .getByText(`The folder ${path.join(dir, 'no such folder')} does not exist.`)
    .waitFor();
  await s.getByLabel('Folder', { exact: true }).fill(folder);
  await s.getByLabel('Folder', { exact: true }).press('Enter');
  await expect
    .poll(() => s.getByLabel('Keep this file in step with the team folder').isEnabled(), { timeout: 10_000 })
    .toBe(true);
  await s.getByLabel('Keep this file in step with the team folder').check();
  await s.getByText('Your file there', { exact: true }).waitFor();
}

async function casesOf(page: Page): Promise<string[]> {
  const listed = await apiCall<{ items: { title: string }[] }>(page, 'cases.list', {});
  return listed.items.map((c) => c.title).sort();
}

test('two instances on two databases sharing one folder converge', async () => {
  await pointAtFolder(anna);
  await pointAtFolder(ben);
  // Each wrote its own file on being turned on, named after the seller.
  await expect
    .poll(() => fs.readdirSync(folder).sort(), { timeout: 30_000 })
    .toEqual([
      expect.stringMatching(/^anna-berg-[0-9a-f]{8}\.winloop$/),
      expect.stringMatching(/^ben-okafor-[0-9a-f]{8}\.winloop$/),
    ]);

  for (const [page, title, customer] of [
    [anna, 'Fleet tracking rollout', 'Nordhaven Logistics'],
    [ben, 'Cold chain sensors', 'Baltic Freight'],
  ] as const) {
    await new Shell(page).goTo('Cases');
    await new CasesPage(page).logCase({ title, customer, value: '12000' });
    await new CasesPage(page).row(title).waitFor();
  }
  for (const page of [anna, ben]) {
    await new Shell(page).goTo('Settings');
    await section(page).getByRole('button', { name: 'Sync now' }).click();
    await section(page).getByRole('button', { name: 'Sync now' }).waitFor();
  }
  // The other side's watch sees the new file, waits until it has settled, previews it and merges it.
  const both = ['Cold chain sensors', 'Fleet tracking rollout'];
  await expect.poll(() => casesOf(anna), { timeout: 30_000 }).toEqual(both);
  await expect.poll(() => casesOf(ben), { timeout: 30_000 }).toEqual(both);
  await fileRow(anna, 'Ben Okafor').getByText('(1 new case)', { exact: false }).waitFor();
  await fileRow(ben, 'Anna Berg').getByText('(1 new case)', { exact: false }).waitFor();
  await new Shell(ben).goTo('Cases');
  await new CasesPage(ben).row('Fleet tracking rollout').waitFor();
  expect(pageErrors(anna)).toEqual([]);
  expect(pageErrors(ben)).toEqual([]);
  await shotBoth('team-folder-merged', anna);
}, 120_000);

test('the same case renamed on both sides waits for each seller, is announced, and Review settles it', async () => {
  const listed = await apiCall<{ items: { id: string; title: string }[] }>(anna, 'cases.list', {});
  const fleet = listed.items.find((c) => c.title === 'Fleet tracking rollout')!;
  await apiCall(anna, 'cases.update', { id: fleet.id, patch: { title: 'Fleet tracking, phase 1' } });
  await apiCall(ben, 'cases.update', { id: fleet.id, patch: { title: 'Fleet tracking (pilot)' } });
  for (const page of [anna, ben]) await apiCall(page, 'teamfolder.syncNow', {});

  await new Shell(anna).goTo('Cases');
  const notice = anna.locator('.team-folder-notice');
  await notice.getByText('Team folder: Ben Okafor changed what you changed too; choose what to keep.').waitFor({
    timeout: 30_000,
  });
  expect(await seriousA11yViolations(anna)).toEqual([]);
  await shot(anna, 'team-folder-notice-light', notice);
  await notice.getByRole('link', { name: 'Review' }).click();
  await anna.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  const pending = fileRow(anna, 'Ben Okafor');
  await pending
    .getByText('1 conflict: changed here and in this file since you last merged.', { exact: false })
    .waitFor();
  // Nothing was merged by itself: Anna still has her own title.
  expect(await casesOf(anna)).toEqual(['Cold chain sensors', 'Fleet tracking, phase 1']);
  await shotBoth('team-folder-pending', anna);

  await pending.getByRole('button', { name: 'Review' }).press('Enter');
  const preview = anna.getByLabel('Preview of the merge');
  await preview.getByText('yours “Fleet tracking, phase 1”, theirs “Fleet tracking (pilot)”').waitFor();
  // The keyboard lands on Merge: Enter takes the file in.
  await anna.keyboard.press('Enter');
  await anna.locator('section.sharing').getByText('Merged Ben Okafor.').waitFor();
  await pending.getByText('Merged after your review.').waitFor();
  await expect.poll(() => anna.locator('.team-folder-notice').count(), { timeout: 10_000 }).toBe(0);
  expect(pageErrors(anna)).toEqual([]);
}, 120_000);

test('a file that is not a Winloop export is reported, never merged', async () => {
  await new Shell(ben).goTo('Settings');
  fs.writeFileSync(path.join(folder, 'cleo-0000abcd.winloop'), 'not a database');
  const row = fileRow(ben, 'cleo-0000abcd.winloop');
  await row.getByText('Refused', { exact: true }).waitFor({ timeout: 30_000 });
  await row.getByText('cleo-0000abcd.winloop is not a Winloop file (it is not a SQLite database).').waitFor();
  await new Shell(ben).goTo('Cases');
  await ben.locator('.team-folder-notice').getByText('cleo-0000abcd.winloop could not be taken in').waitFor();
  expect(await apiCall<unknown[]>(ben, 'sharing.history', {})).toHaveLength(1);
  await shotBoth('team-folder-refused', ben);
}, 60_000);

async function shot(page: Page, name: string, target = section(page)): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await target.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** The section as the seller sees it now, in both themes, each checked for accessibility. */
async function shotBoth(name: string, from: Page): Promise<void> {
  const server = from === anna ? annaServer : benServer;
  for (const colorScheme of ['light', 'dark'] as const) {
    const { page, context } = await openPage(browser, `${server.url}`, { colorScheme });
    page.setDefaultTimeout(20_000);
    await new Shell(page).goTo('Settings');
    await section(page).getByText('Teammates’ files').waitFor();
    await section(page).locator('.team-file').first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, `${name}-${colorScheme}`);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  }
}
