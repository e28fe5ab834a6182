/**
 * Workspaces end to end in Chromium through browser mode on real files: the open file's name in the sidebar,
 * a new empty file (validated, then opened with empty lists), the first file opened back from the recent list
 * with its own cases and none of the other's, a missing file shown and removed with undo, a refused file that
 * leaves the open file open, and Reset workshop building a sample that the window moves to. Light and dark
 * pictures of the empty list, the full list and the error; axe on each.
 */
import fs from 'node:fs';
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
import { WorkspacePage } from './pages/workspace-page';

let browser: Browser;
let server: WebServer;
let page: Page;
let workspace: WorkspacePage;
const dir = tempDir();
const first = path.join(dir, 'alex.db');
/** A switch starts the new file's engine, then the window reloads: seconds on a busy machine. */
const wait = { timeout: 20_000 };
const apiCall = <T>(method: string, input: unknown): Promise<T> => callApi<T>(page, method, input);

/**
 * A switch asked from outside the page (as File ▸ Open in the app asks from the main process): the page's
 * own cookie, but not from inside the page, which reloads when the switch is announced.
 */
async function switchFromOutside(method: 'workspaces.open' | 'workspaces.create', input: object): Promise<void> {
  const res = await page.request.post(new URL('/api/invoke', server.url).href, { data: { method, input } });
  expect(await res.json()).toMatchObject({ ok: true });
}

/** Light and dark pictures of the Workspace page as it is now, each checked with axe. */
async function pictures(name: string, prepare?: (p: Page) => Promise<void>): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    const fresh = await openPage(browser, at(server.url, '/workspace'), { colorScheme });
    const view = new WorkspacePage(fresh.page);
    await view.waitLoaded();
    await prepare?.(fresh.page);
    expect(await seriousA11yViolations(fresh.page)).toEqual([]);
    await screenshot(fresh.page, `workspaces-${name}-${colorScheme}`);
    expect(pageErrors(fresh.page)).toEqual([]);
    await fresh.context.close();
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  // The recent list lives in the user-data folder: the test's own, never the machine's.
  server = await startWebServer(first, { env: { XDG_CONFIG_HOME: path.join(dir, 'config') } });
  ({ page } = await openPage(browser, server.url));
  page.setDefaultTimeout(15_000);
  workspace = new WorkspacePage(page);
  await new FirstRunPage(page).startEmpty({ name: 'Alex Seller', team: 'Nordlicht Sales', currency: 'EUR' });
  await new CasesPage(page).waitLoaded();
  await apiCall('cases.create', { title: 'Fleet tracking rollout', accountName: 'Nordhaven Logistics' });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('the open file is named in the sidebar and the Workspace page is a key press away', async () => {
  await expect.poll(() => workspace.currentFile.textContent(), wait).toBe('Filealex.db');
  expect(await workspace.currentFile.getAttribute('title')).toBe(first);
  await workspace.goByKeys();
  expect(await workspace.openNow.textContent()).toContain(first);
  await workspace.recent.getByText('No other file yet').waitFor();
  expect(await workspace.recent.getByRole('listitem').count()).toBe(0);
  await pictures('empty');
});

test('a new empty database is checked, created and opened with nothing of the first file in it', async () => {
  await page.goto(at(server.url, '/workspace'));
  await workspace.waitLoaded();
  const name = workspace.newFile.getByLabel('Name of the new file');
  await workspace.createNamed('');
  await workspace.newFile.getByText('Name the new file').waitFor();
  expect(await name.getAttribute('aria-invalid')).toBe('true');
  await workspace.createNamed('../elsewhere');
  await workspace.newFile.getByText('Letters, digits, spaces, - _ and . only').waitFor();
  // An existing file is never replaced: the host says so on the field, and nothing switches.
  await workspace.createNamed('alex');
  await workspace.newFile.getByText(`There is already a file called alex.db in ${dir}; pick another name.`).waitFor();
  expect(await workspace.currentFile.getAttribute('title')).toBe(first);

  await workspace.createNamed('Workshop March');
  const firstRun = new FirstRunPage(page);
  await firstRun.heading.waitFor();
  await expect.poll(() => page.getByTestId('current-file').textContent(), wait).toBe('FileWorkshop March.db');
  // A file made by mistake is never a trap: the way back is on the set-up itself.
  await page.getByRole('button', { name: 'Back to alex.db' }).waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, 'workspaces-new-first-run-light');
  await firstRun.startEmpty({ name: 'Alex Seller' });
  await page.goto(at(server.url, '/cases'));
  const cases = new CasesPage(page);
  await page.getByRole('heading', { name: 'Log your first case' }).waitFor();
  expect(await cases.row('Fleet tracking rollout').count()).toBe(0);
  await page.goto(at(server.url, '/actions'));
  await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
  expect(await apiCall<{ total: number }>('cases.list', {})).toMatchObject({ total: 0 });
  expect(fs.existsSync(path.join(dir, 'Workshop March.db'))).toBe(true);
});

test('the first file opens back from the recent list, with its own cases, in every tab', async () => {
  await page.goto(at(server.url, '/cases'));
  await page.getByRole('heading', { name: 'Log your first case' }).waitFor();
  // A second tab on the same browser mode shows the empty file's cases until the switch reaches it.
  const other = await openPage(browser, at(server.url, '/cases'));
  await other.page.getByRole('heading', { name: 'Log your first case' }).waitFor();
  await workspace.goByKeys();
  expect(await workspace.openNow.textContent()).toContain('Workshop March.db');
  expect(await workspace.recentItem('Workshop March.db').count()).toBe(0);
  await workspace.recentItem('alex.db').getByRole('button', { name: 'Open alex.db' }).click();
  await expect.poll(() => workspace.currentFile.getAttribute('title'), wait).toBe(first);
  expect(await workspace.openNow.textContent()).toContain(first);
  expect(await workspace.recent.locator('.recent-file-name').allTextContents()).toEqual(['Workshop March.db']);
  await page.goto(at(server.url, '/cases'));
  await new CasesPage(page).row('Fleet tracking rollout').waitFor();
  await new CasesPage(other.page).row('Fleet tracking rollout').waitFor({ timeout: 20_000 });
  expect(await other.page.getByTestId('current-file').getAttribute('title')).toBe(first);
  expect(pageErrors(page)).toEqual([]);
  expect(pageErrors(other.page)).toEqual([]);
  await other.context.close();
});

test('a missing file is shown as such and taken off the list with undo', async () => {
  const gone = path.join(dir, 'Old pitch.db');
  await page.goto(at(server.url, '/workspace'));
  await workspace.waitLoaded();
  // Switched from outside this page (the API, as the menu does): the page follows each time.
  await switchFromOutside('workspaces.create', { path: gone });
  await expect.poll(() => workspace.currentFile.getAttribute('title'), wait).toBe(gone);
  await switchFromOutside('workspaces.open', { path: first });
  await expect.poll(() => workspace.currentFile.getAttribute('title'), wait).toBe(first);
  for (const companion of ['', '-wal', '-shm']) fs.rmSync(`${gone}${companion}`, { force: true });
  await page.reload();
  await workspace.waitLoaded();
  const item = workspace.recentItem('Old pitch.db');
  await item.getByText('Missing: moved or deleted').waitFor();
  expect(await item.getByRole('button', { name: 'Open Old pitch.db' }).count()).toBe(0);
  await pictures('full');

  await item.getByRole('button', { name: 'Remove from list: Old pitch.db' }).click();
  await item.waitFor({ state: 'detached' });
  await workspace.toast('Old pitch.db is off the list').getByRole('button', { name: 'Undo' }).click();
  await workspace.recentItem('Old pitch.db').getByText('Missing: moved or deleted').waitFor();
  const names = await workspace.recent.locator('.recent-file-name').allTextContents();
  expect(names).toEqual(['Old pitch.db', 'Workshop March.db']);
});

test('a file that is not a Winloop database is refused in one sentence and the open file stays open', async () => {
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'Call Nordhaven about the fleet rollout.\n');
  await page.goto(at(server.url, '/workspace'));
  await workspace.waitLoaded();
  // A bare name is a file in the data folder, as a new file's name is.
  await workspace.openTyped('notes.txt');
  const refusal = 'notes.txt is not a Winloop database. alex.db stays open.';
  await workspace.openFile.getByText(refusal).waitFor();
  await workspace.openTyped(path.join(dir, 'nowhere.db'));
  await workspace.openFile
    .getByText(`There is no file at ${path.join(dir, 'nowhere.db')}. alex.db stays open.`)
    .waitFor();
  expect(await workspace.currentFile.getAttribute('title')).toBe(first);
  expect(await apiCall<{ dbPath: string }>('workspaces.info', {})).toMatchObject({ dbPath: first });
  expect(fs.readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('Call Nordhaven about the fleet rollout.\n');
  await pictures('error', async (p) => {
    const view = new WorkspacePage(p);
    await view.openTyped('notes.txt');
    await view.openFile.getByText(refusal).waitFor();
  });
});

test('Reset workshop builds a fresh sample in a new file, with progress in the tray, and moves there', async () => {
  await page.goto(at(server.url, '/workspace'));
  await workspace.waitLoaded();
  await page.getByRole('button', { name: 'Reset workshop' }).click();
  await page.locator('.jobs-tray').getByText('Resetting the workshop').waitFor();
  await screenshot(page, 'workspaces-workshop-building-light');
  await page.getByText('You are exploring sample data').waitFor({ timeout: 60_000 });
  await expect
    .poll(() => workspace.currentFile.textContent(), wait)
    .toMatch(/^Fileworkshop-\d{4}-\d{2}-\d{2}-\d{6}\.db$/);
  const dbPath = (await apiCall<{ dbPath: string }>('workspaces.info', {})).dbPath;
  expect(path.dirname(dbPath)).toBe(path.join(dir, 'samples'));
  expect((await apiCall<{ total: number }>('cases.list', {})).total).toBe(600);
  await page.goto(at(server.url, '/cases'));
  const cases = new CasesPage(page);
  await cases.waitLoaded();
  expect(await cases.count.textContent()).toContain('600');
  expect(await cases.row('Fleet tracking rollout').count()).toBe(0);
  await workspace.goByKeys();
  expect(await workspace.openNow.textContent()).toContain(dbPath);
  expect(await workspace.recent.locator('.recent-file-name').first().textContent()).toBe('alex.db');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, 'workspaces-workshop-light');
  expect(pageErrors(page)).toEqual([]);
});
