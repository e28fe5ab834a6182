/**
 * A sample job from Settings, as a seller would run it: progress in the jobs tray while the case list and the
 * review keep answering, Cancel leaves no file behind, and a second run finishes and opens the sample.
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
const dbPath = path.join(dir, 'mine.db');
const samplesDir = path.join(dir, 'samples');

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startWebServer(dbPath);
  ({ page } = await openPage(browser, server.url));
  page.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const sampleFiles = () => (fs.existsSync(samplesDir) ? fs.readdirSync(samplesDir) : []);

test('a 20,000-case sample builds with progress while the app keeps working, cancels cleanly, then opens', async () => {
  await new FirstRunPage(page).startEmpty({ name: 'Ada' });
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Size').selectOption('20000');
  await page.getByRole('button', { name: 'Load sample data' }).click();

  const tray = page.getByRole('complementary', { name: 'Jobs' });
  await expect.poll(() => tray.getByText('Building a sample of 20,000 cases').count()).toBe(1);
  const bar = tray.getByRole('progressbar');
  await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(0);
  await screenshot(page, 'jobs-tray-running-light');

  // The window keeps working meanwhile: the case list and the review answer.
  await page.getByRole('link', { name: 'Cases' }).click();
  await expect.poll(() => page.getByRole('heading', { name: 'Cases' }).count()).toBe(1);
  await page.getByRole('link', { name: 'Review' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
  expect(await tray.getByRole('button', { name: 'Cancel' }).count()).toBe(1);

  await tray.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => tray.getByText(/Cancelled/).count()).toBe(1);
  // Nothing half-written: no sample, no .building file.
  expect(sampleFiles()).toEqual([]);

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Size').selectOption('20000');
  await page.getByRole('button', { name: 'Load sample data' }).click();
  // When it is done the window moves to the sample (a banner says so).
  await expect
    .poll(() => page.getByRole('button', { name: 'Back to my data' }).count(), { timeout: 120_000, interval: 500 })
    .toBe(1);
  await expect.poll(() => sampleFiles().filter((f) => f.endsWith('.db')).length, { timeout: 120_000 }).toBe(1);
  expect(sampleFiles().filter((f) => f.includes('.building'))).toEqual([]);
  expect(pageErrors(page)).toEqual([]);
}, 240_000);
