/**
 * The review on sample data shows the same figures `cli summary --json` prints, and prints as a report.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Summary } from '../../shared/contract/review';
import { seriousA11yViolations } from './support/axe';
import { cli } from './support/cli';
import {
  at,
  launchBrowser,
  openPage,
  pageErrors,
  screenshot,
  SCREENSHOT_DIR,
  startWebServer,
  tempDir,
  type WebServer,
} from './support/web-app';
import { ReviewPage } from './pages/review-page';

let browser: Browser;
let server: WebServer;
let page: Page;
let review: ReviewPage;
let summary: Summary;
const dbPath = path.join(tempDir(), 'sample.db');
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

beforeAll(async () => {
  await cli('sample', '--db', dbPath, '--cases', '600', '--seed', '7');
  summary = JSON.parse(await cli('summary', '--db', dbPath, '--json')) as Summary;
  browser = await launchBrowser();
  server = await startWebServer(dbPath);
  ({ page } = await openPage(browser, at(server.url, '/cases')));
  page.setDefaultTimeout(15_000);
  review = new ReviewPage(page);
  await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
  await review.open();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('review on sample data', () => {
  test('the sample gives every section something to say', () => {
    expect(summary.winRate.closed).toBeGreaterThan(50);
    expect(summary.byCompetitor.length).toBeGreaterThanOrEqual(4);
    expect(summary.lossReasons.length).toBeGreaterThan(3);
    expect(summary.criteriaGaps.length).toBeGreaterThan(3);
    expect(summary.actions.some((a) => a.verdict !== 'not_enough_cases')).toBe(true);
    expect(summary.loopHealth.withDebrief).toBeGreaterThan(0);
  });

  test('the headline win rate on screen is the CLI figure', async () => {
    const text = (await review.winRate.textContent()) ?? '';
    expect(text).toContain(percent.format(summary.winRate.rate ?? 0));
    expect(text).toContain(`n = ${summary.winRate.closed}`);
    expect(text).toContain(`${summary.winRate.won} won`);
  });

  test('head-to-head rows equal the CLI per competitor', async () => {
    const rows = await review.tableRows(review.section('How do I stand out?'), 'Win rate against each competitor');
    expect(rows.map((r) => r.slice(0, 4))).toEqual(
      summary.byCompetitor.map((c) => [c.competitor, String(c.met), String(c.won), String(c.lost)]),
    );
  });

  test('loss reasons and loop health equal the CLI', async () => {
    const rows = await review.tableRows(review.section('What do lost cases teach?'), 'Primary loss reasons');
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual(
      summary.lossReasons.map((r) => [r.category, r.reason, String(r.count)]),
    );
    const health = await review.healthRows();
    expect(health[0]?.[1]).toBe(new Intl.NumberFormat('en-GB').format(summary.loopHealth.withDebrief));
  });

  test('each done action shows its verdict', async () => {
    const loop = review.section('Did our actions work?');
    for (const action of summary.actions) {
      await loop.getByRole('rowheader', { name: action.title }).waitFor();
    }
  });

  test('the page is accessible and looks right in light and dark', async () => {
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'review-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'review-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(pageErrors(page)).toEqual([]);
  });

  test('the printed report is a multi-page PDF', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'review-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    fs.writeFileSync(path.join(SCREENSHOT_DIR, 'review-report.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(2);
  });
});
