/**
 * Sharing end to end in Chromium against real files: Anna exports her file from Settings, previews Ben's file
 * (a conflict on a case title, shown with both values), merges it, keeps her own value instead, is told what
 * undoing would lose, then merges Cleo's file and undoes that merge. A refused file is one sentence. Checked
 * for accessibility and photographed light and dark.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Shell } from './pages/shell';
import { seriousA11yViolations } from './support/axe';
import {
  launchBrowser,
  openPage,
  pageErrors,
  SCREENSHOT_DIR,
  startWebServer,
  tempDir,
  type WebServer,
} from './support/web-app';

const ROOT = path.resolve(import.meta.dirname, '../..');
let browser: Browser;
let server: WebServer;
const dir = tempDir();
let benFile = '';
let cleoFile = '';
let danaFile = '';
let annaDb = '';

beforeAll(async () => {
  // The teammates' files are made by the merge code itself, in its own process (test/team/fixtures).
  const made = execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['test/team/fixtures/sharing-files.ts', dir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const files = JSON.parse(made) as { anna: string; ben: string; cleo: string; dana: string };
  [annaDb, benFile, cleoFile, danaFile] = [files.anna, files.ben, files.cleo, files.dana];
  server = await startWebServer(annaDb);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.locator('section.sharing').screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

async function both(name: string, prepare: (page: Page) => Promise<void>): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    const { page, context } = await openPage(browser, `${server.url}`, { colorScheme });
    page.setDefaultTimeout(15_000);
    await new Shell(page).goTo('Settings');
    await page.getByRole('heading', { name: 'Share with the team' }).waitFor();
    await prepare(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, `${name}-${colorScheme}`);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  }
}

test('export, preview a conflict, merge, keep mine, undo', async () => {
  const { page } = await openPage(browser, server.url);
  page.setDefaultTimeout(15_000);
  await new Shell(page).goTo('Settings');
  const section = page.locator('section.sharing');
  await section.getByRole('heading', { name: 'Share with the team' }).waitFor();
  await expect.poll(() => section.getByLabel('Export to file').inputValue()).toBe(path.join(dir, 'Anna.winloop'));
  await section.getByRole('button', { name: 'Export' }).click();
  await section.getByText(/Exported 2 cases to .*Anna\.winloop\./).waitFor();
  expect(fs.existsSync(path.join(dir, 'Anna.winloop'))).toBe(true);

  await section.getByLabel('Teammate’s file').fill(path.join(dir, 'nothing-here.winloop'));
  await section.getByRole('button', { name: 'Preview' }).click();
  await section.getByRole('alert').getByText('nothing-here.winloop was not found.').waitFor();

  await section.getByLabel('Teammate’s file').fill(benFile);
  await section.getByRole('button', { name: 'Preview' }).click();
  const preview = section.getByLabel('Preview of the merge');
  await preview.getByText('From Ben').waitFor();
  await preview.getByText('yours “Fleet tracking rollout”, theirs “Fleet tracking, phase 1”').waitFor();
  expect(await preview.getByRole('row', { name: /Cases/ }).innerText()).toMatch(/Cases\s+1\s+1\s+0\s+0/);
  await section.getByRole('button', { name: 'Merge', exact: true }).click();
  await section.getByText('Merged Ben.').waitFor();
  const entry = section.locator('.merge-history > li').first();
  await entry.getByText('theirs kept').waitFor();
  await entry.getByRole('button', { name: 'Keep yours instead' }).click();
  await entry.getByText('yours kept').waitFor();
  const db = new Database(annaDb, { readonly: true });
  expect(db.prepare("select count(*) from cases where title = 'Fleet tracking rollout'").pluck().get()).toBe(1);
  db.close();
  await entry.getByRole('button', { name: 'Undo this merge' }).click();
  await expect
    .poll(() => section.locator('.banner').first().innerText(), { timeout: 15_000 })
    .toMatch(/would lose 1 change\(s\) made since; nothing was undone/);

  await section.getByLabel('Teammate’s file').fill(cleoFile);
  await section.getByRole('button', { name: 'Preview' }).click();
  await preview.getByText('From Cleo').waitFor();
  await section.getByRole('button', { name: 'Merge', exact: true }).click();
  await section.getByText('Merged Cleo.').waitFor();
  // The history reloads after the merge: undo Cleo's entry once it is there, not Ben's that was first before.
  const cleo = section.locator('.merge-history > li').first().filter({ hasText: 'Cleo' });
  await cleo.waitFor();
  await cleo.getByRole('button', { name: 'Undo this merge' }).click();
  await section.getByText('The merge was undone: every row is as it was before it.').waitFor();
  await section.locator('.merge-history > li.undone strong', { hasText: 'Cleo' }).waitFor();
  expect(pageErrors(page).filter((e) => !e.includes('404'))).toEqual([]);
}, 120_000);

test('screenshots: the question about a member', async () => {
  await both('sharing-member-question', async (page) => {
    const section = page.locator('section.sharing');
    await section.getByLabel('Teammate’s file').fill(danaFile);
    await section.getByRole('button', { name: 'Preview' }).click();
    await section
      .getByLabel('Preview of the merge')
      .getByRole('group', { name: /Who is this\?/ })
      .waitFor();
  });
}, 120_000);

test('a name two of our members share is asked, never guessed: the merge waits for the answer and follows it', async () => {
  const { page, context } = await openPage(browser, `${server.url}`);
  page.setDefaultTimeout(15_000);
  await new Shell(page).goTo('Settings');
  const section = page.locator('section.sharing');
  await section.getByLabel('Teammate’s file').fill(danaFile);
  await section.getByRole('button', { name: 'Preview' }).click();
  const preview = section.getByLabel('Preview of the merge');
  await preview.getByText('From Dana').waitFor();
  const question = preview.getByRole('group', { name: /Who is this\?/ });
  await question.getByText('1 to answer before merging.').waitFor();
  expect(await question.getByRole('radio').count()).toBe(3);
  // Not "kept apart" while it is being asked.
  expect(await preview.getByText(/Kept apart/).count()).toBe(0);
  const merge = section.getByRole('button', { name: 'Merge', exact: true });
  expect(await merge.isDisabled()).toBe(true);
  // By keyboard: focus the first of ours, then Space.
  await question.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  await question.getByText('All answered.').waitFor();
  await expect.poll(() => merge.isDisabled()).toBe(false);
  await merge.click();
  await section.getByText('Merged Dana.').waitFor();
  const db = new Database(annaDb, { readonly: true });
  try {
    const sams = db.prepare("select id from team_members where name = 'Sam'").pluck().all() as string[];
    const owner = db.prepare("select owner_id from cases where title = 'Cold storage audit'").pluck().get();
    expect(sams).toHaveLength(2);
    expect(sams).toContain(owner);
  } finally {
    db.close();
  }
  expect(pageErrors(page)).toEqual([]);
  await context.close();
}, 120_000);

test('screenshots: the history with a conflict kept, and a preview', async () => {
  await both('sharing-history', async (page) => {
    await page.locator('.merge-history > li').first().waitFor();
  });
  await both('sharing-preview', async (page) => {
    const section = page.locator('section.sharing');
    await section.getByLabel('Teammate’s file').fill(benFile);
    await section.getByRole('button', { name: 'Preview' }).click();
    await section.getByLabel('Preview of the merge').getByText('From Ben').waitFor();
  });
}, 120_000);
