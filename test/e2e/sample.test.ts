/**
 * "Explore sample data" from the first run: the window moves to a separate sample file with a banner saying so,
 * and "Back to my data" returns to the user's own file, which the sample never touched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousA11yViolations } from './support/axe';
import {
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
const dir = tempDir();
const dbPath = path.join(dir, 'mine.db');

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startWebServer(dbPath);
  ({ page } = await openPage(browser, server.url));
  page.setDefaultTimeout(15_000);
});

test("the server under test keeps its recent files in its own config folder, not the user's", () => {
  const list = path.join(server.configHome, 'Winloop', 'recent-files.json');
  expect(fs.readFileSync(list, 'utf8')).toContain(dbPath);
  expect(server.configHome.startsWith(os.tmpdir())).toBe(true);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const caseCount = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('select count(*) as n from cases').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

test('sample data opens in its own file and "Back to my data" returns to an untouched database', async () => {
  const firstRun = new FirstRunPage(page);
  await firstRun.exploreSample();
  // A file with cases starts on Today; G then C goes to the case list.
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await page.keyboard.press('g');
  await page.keyboard.press('c');
  const cases = new CasesPage(page);
  await cases.waitLoaded();
  await expect.poll(() => cases.count.textContent()).toBe('600 cases');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, 'sample-cases-light');

  const samples = fs.readdirSync(path.join(dir, 'samples')).filter((f) => f.endsWith('.db'));
  expect(samples).toHaveLength(1);
  expect(caseCount(path.join(dir, 'samples', samples[0]!))).toBe(600);

  await page.getByRole('button', { name: 'Back to my data' }).click();
  await firstRun.heading.waitFor();
  expect(caseCount(dbPath)).toBe(0);
  expect(pageErrors(page)).toEqual([]);
});
