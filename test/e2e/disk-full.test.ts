/**
 * A full disk as a seller meets it: browser mode on a database on a small tmpfs that fills up. The case page's
 * autosave fails with one sentence that says what happened and what to do, the typed text stays in the field
 * (kept as a draft), and once space is freed the next edit saves. Mounting the tmpfs needs root (CI, the VMs).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CaseDetailPage } from './pages/case-detail-page';
import { FirstRunPage } from './pages/first-run-page';
import { cli } from './support/cli';
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

const disk = path.join(tempDir('winloop-disk-'), 'disk');
let browser: Browser;
let server: WebServer;
let page: Page;

beforeAll(async () => {
  fs.mkdirSync(disk);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', disk]);
  const dbPath = path.join(disk, 'winloop.db');
  await cli('init', '--db', dbPath);
  browser = await launchBrowser();
  server = await startWebServer(dbPath);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  execFileSync('umount', ['-l', disk]);
});

/** Takes every byte left on the tmpfs; returns the file to delete to give it back. */
function fillUp(): string {
  const filler = path.join(disk, 'filler');
  const fd = fs.openSync(filler, 'w');
  try {
    for (let size = 64 * 1024; size >= 512; size /= 2) {
      try {
        for (;;) fs.writeSync(fd, Buffer.alloc(size, 1));
      } catch {
        /* full at this size: try a smaller one */
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

test.each(['light', 'dark'] as const)('a save on a full disk says so in one sentence (%s)', async (colorScheme) => {
  ({ page } = await openPage(browser, server.url, { colorScheme }));
  page.setDefaultTimeout(15_000);
  if (colorScheme === 'light') await new FirstRunPage(page).startEmpty({ name: 'Alex Seller', currency: 'EUR' });
  const deal = await apiCall<{ id: string }>(page, 'cases.create', {
    title: `Fleet (${colorScheme})`,
    accountName: 'Acme',
  });
  await page.goto(`${server.url}#/cases/${deal.id}`);
  const detail = new CaseDetailPage(page);
  await detail.waitLoaded(`Fleet (${colorScheme})`);

  const filler = fillUp();
  const notes = `Call the CFO before the tender. ${'Background from the last three calls. '.repeat(400)}`;
  await detail.field('Notes').fill(notes);
  const message = page.getByText('The disk is full, so this change was not saved: free some space and try again');
  await message.waitFor();
  await screenshot(page, `disk-full-${colorScheme}`);
  expect(await detail.field('Notes').inputValue()).toBe(notes);

  fs.rmSync(filler);
  await detail.edit('Notes', `${notes} Space is back.`);
  await expect(message.count()).resolves.toBe(0);
  const saved = await apiCall<{ notes: string }>(page, 'cases.get', { id: deal.id });
  expect(saved.notes).toBe(`${notes} Space is back.`);
  expect(pageErrors(page).filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
});
