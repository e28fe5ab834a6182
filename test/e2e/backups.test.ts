/**
 * Settings ▸ Backups end to end in Chromium through browser mode on a real file: back up now, add a case after
 * it, restore the backup from the UI (the confirm says the current state is backed up first), see the case gone
 * and the "before a restore" backup listed, restore that one and see the case back. Light and dark pictures.
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
const dbPath = path.join(tempDir(), 'backups.db');
const apiCall = <T>(method: string, input: unknown): Promise<T> => callApi<T>(page, method, input);

const titles = async () =>
  (await apiCall<{ items: { title: string }[] }>('cases.list', {})).items.map((c) => c.title).sort();

async function openBackups(p: Page): Promise<void> {
  await p.goto(at(server.url, '/settings'));
  await p.getByRole('heading', { name: 'Backups' }).waitFor();
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startWebServer(dbPath);
  ({ page } = await openPage(browser, server.url));
  page.setDefaultTimeout(15_000);
  await new FirstRunPage(page).startEmpty({ name: 'Alex Seller', team: 'Nordlicht Sales', currency: 'EUR' });
  await new CasesPage(page).waitLoaded();
  await apiCall('cases.create', { title: 'Fleet tracking rollout', accountName: 'Nordhaven Logistics' });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('a backup taken from the UI is restored from the UI, and the restore is undone the same way', async () => {
  await openBackups(page);
  const section = page.getByRole('region', { name: 'Backups' });
  await section.getByText('No backup yet').waitFor();
  await section.getByRole('button', { name: 'Back up now' }).click();
  await section.getByRole('row').nth(1).waitFor();
  expect(await section.getByRole('row').nth(1).textContent()).toContain('1');

  await apiCall('cases.create', { title: 'Warehouse sensors', accountName: 'Brightwell Foods' });
  expect(await titles()).toEqual(['Fleet tracking rollout', 'Warehouse sensors']);

  await section
    .getByRole('button', { name: /^Restore this: the backup of/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await dialog.getByText('Before that, Winloop backs up what you have now').waitFor();
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();

  // The window reloads onto the restored file: the later case is gone, the replaced state is listed first.
  await page.getByRole('row', { name: /before a restore/ }).waitFor();
  expect(await titles()).toEqual(['Fleet tracking rollout']);
  const undoRow = page.getByRole('row', { name: /before a restore/ });
  expect(await undoRow.getByRole('cell').nth(2).textContent()).toBe('2');

  for (const colorScheme of ['light', 'dark'] as const) {
    const fresh = await openPage(browser, at(server.url, '/settings'), { colorScheme });
    await fresh.page.getByRole('row', { name: /before a restore/ }).waitFor();
    await fresh.page.getByRole('heading', { name: 'Backups' }).scrollIntoViewIfNeeded();
    expect(await seriousA11yViolations(fresh.page)).toEqual([]);
    await screenshot(fresh.page, `backups-${colorScheme}`);
    await fresh.page
      .getByRole('button', { name: /^Restore this: the backup of/ })
      .first()
      .click();
    await fresh.page.getByRole('dialog').waitFor();
    await screenshot(fresh.page, `backups-confirm-${colorScheme}`);
    expect(pageErrors(fresh.page)).toEqual([]);
    await fresh.context.close();
  }

  await undoRow.getByRole('button', { name: /^Restore this: the backup of/ }).click();
  await page
    .getByRole('dialog', { name: 'Restore this backup?' })
    .getByRole('button', { name: 'Restore', exact: true })
    .click();
  await expect.poll(titles, { timeout: 15_000 }).toEqual(['Fleet tracking rollout', 'Warehouse sensors']);
  expect(pageErrors(page)).toEqual([]);
});
