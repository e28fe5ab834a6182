/**
 * A walk through every page on the sample database, as a workshop would see it: each page shows real content
 * (no empty states, no errors), passes the accessibility check, and is captured in light and dark
 * (test-results/screenshots/tour-*.png; the README's pictures come from here).
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousA11yViolations } from './support/axe';
import { cli } from './support/cli';
import {
  at,
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
const dbPath = path.join(tempDir(), 'tour.db');

/** Ids worth showing: the account with the most stakeholders, a lost case with a full debrief. */
function pick(): { accountId: string; caseId: string } {
  const db = new Database(dbPath, { readonly: true });
  try {
    const accountId = db
      .prepare(
        'select account_id from people where deleted_at is null group by account_id order by count(*) desc limit 1',
      )
      .pluck()
      .get() as string;
    const caseId = db
      .prepare(
        `select c.id from cases c where c.outcome = 'lost' and c.debrief = 'done'
         and exists (select 1 from lessons l where l.case_id = c.id) order by c.closed_on desc limit 1`,
      )
      .pluck()
      .get() as string;
    return { accountId, caseId };
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  await cli('sample', '--db', dbPath, '--cases', '600', '--seed', '7');
  browser = await launchBrowser();
  server = await startWebServer(dbPath);
  ({ page } = await openPage(browser, at(server.url, '/cases')));
  page.setDefaultTimeout(15_000);
  await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function visit(hash: string, heading: string | RegExp, ready: () => Promise<unknown>): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await ready();
}

async function capture(name: string): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, `tour-${name}-light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, `tour-${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('a tour of the sample database', () => {
  const ids = () => pick();

  test('cases: the list is full and sorted', async () => {
    await visit('#/cases', 'Cases', () => page.getByTestId('case-count').filter({ hasText: '600 cases' }).waitFor());
    await capture('cases');
  });

  test('a lost case: its debrief, lessons and related lessons', async () => {
    const { caseId } = ids();
    await visit(`#/cases/${caseId}`, /.+/, () => page.getByText('Lost', { exact: false }).first().waitFor());
    await capture('case');
  });

  test('the review answers the four questions with figures', async () => {
    await visit('#/review', 'Learning summary', () => page.getByRole('heading', { name: 'How do I win?' }).waitFor());
    await capture('review');
    // Every section, scrolled into view: what a workshop sees on the wall.
    const sections = [
      'How do I stand out?',
      'What do lost cases teach?',
      'Which weaknesses do I eliminate?',
      'Did our actions work?',
      'Open pipeline',
      'Loop health',
    ];
    for (const [i, name] of sections.entries()) {
      await page.getByRole('heading', { name }).scrollIntoViewIfNeeded();
      await page.getByRole('heading', { name }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
      await screenshot(page, `tour-review-${i + 2}-light`);
    }
  });

  test("an account's power map shows people, owners and gaps", async () => {
    const { accountId } = ids();
    await visit(`#/accounts/${accountId}`, /.+/, () => page.getByRole('tab', { name: 'Chart' }).waitFor());
    await capture('powermap');
  });

  test('the actions board has open and done actions with their lessons', async () => {
    await visit('#/actions', 'Actions', () => page.getByRole('heading', { name: /Done/ }).first().waitFor());
    await capture('actions');
    expect(pageErrors(page)).toEqual([]);
  });
});
