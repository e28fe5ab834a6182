/**
 * The actions board end to end in Chromium against a real SQLite file: the empty board, an action decided in a
 * debrief (with the lessons behind it), one created from the keyboard that is overdue, marked done, deleted and
 * brought back, and a full board in every state, checked for accessibility and photographed light and dark.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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
import { ActionsPage } from './pages/actions-page';
import { CaseDetailPage } from './pages/case-detail-page';
import { CasesPage } from './pages/cases-page';
import { DebriefPage } from './pages/debrief-page';
import { FirstRunPage } from './pages/first-run-page';

let browser: Browser;
let server: WebServer;
let page: Page;
let board: ActionsPage;
const dbPath = path.join(tempDir(), 'actions.db');

const CASE = 'Fleet tracking rollout';
const FROM_DEBRIEF = 'Meet the economic buyer before any proposal';
const BY_KEYBOARD = 'Call Nordhaven about the lost fleet deal';

/** Days on the test machine's own calendar, as the app (same machine, same zone) sees them. */
function day(offset = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
/** The page runs in en-GB: "15 Mar 2025". */
function shown(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(new Date(y!, m! - 1, d));
}

async function noSeriousViolations(): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
}

/** Light, then dark (the OS preference the palette follows), then back to light. */
async function screenshots(name: string): Promise<void> {
  await screenshot(page, `${name}-light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await noSeriousViolations();
  await screenshot(page, `${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startWebServer(dbPath);
  ({ page } = await openPage(browser, server.url));
  page.setDefaultTimeout(10_000);
  board = new ActionsPage(page);
  await new FirstRunPage(page).startEmpty({ name: 'Alex Seller', team: 'Nordlicht Sales', currency: 'EUR' });
  await new CasesPage(page).waitLoaded();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('actions board', () => {
  test('an empty board explains what actions are for and where they come from', async () => {
    await board.open();
    await board.emptyState.waitFor();
    await board.emptyState.getByText(/before and after the done date/).waitFor();
    expect(await board.count.textContent()).toBe('');
    await noSeriousViolations();
    await screenshots('actions-empty');
  });

  test('an action decided in a debrief shows on the board with the lessons behind it', async () => {
    // A teammate to own actions, a case lost to a competitor, two lessons and an action from its debrief.
    await board.goTo('Settings');
    const addMember = page.getByRole('textbox', { name: 'New team member' });
    await addMember.fill('Maja Berg');
    await addMember.press('Enter');
    await page
      .getByRole('list', { name: 'Team members' })
      .getByRole('textbox', { name: /Maja Berg/ })
      .waitFor();

    const cases = new CasesPage(page);
    await cases.goTo('Cases');
    await cases.logCase({ title: CASE, customer: 'Nordhaven Logistics', value: '12500', currency: 'EUR' });
    await cases.focusRow(CASE);
    await page.keyboard.press('Enter');
    const detail = new CaseDetailPage(page);
    await detail.waitLoaded(CASE);
    await detail.button('Close case…').click();

    const debrief = new DebriefPage(page);
    await debrief.waitAt('Outcome');
    await debrief.chooseOutcome(/Lost to competitor/);
    await debrief.addWinner('Rival AB');
    await debrief.form.getByLabel('Closed on').press('Enter');
    await debrief.waitAt('Reasons');
    await debrief.pickReason('Price', { primary: true });
    for (const step of ['Competitors', 'Criteria', 'Stakeholders', 'Lessons']) {
      await debrief.next();
      await debrief.waitAt(step);
    }
    await debrief.addLesson('We quoted before meeting the CFO', 'Hurt');
    await debrief.addLesson('The pilot won over the fleet manager', 'Worked');
    await debrief.next();
    await debrief.waitAt('Actions');
    await debrief.form.getByRole('checkbox', { name: 'The pilot won over the fleet manager' }).check();
    await debrief.addAction({ title: FROM_DEBRIEF, due: day(20), lesson: 'We quoted before meeting the CFO' });
    await debrief.finish();
    await detail.waitLoaded(CASE);
    const caseHref = `#/cases/${page.url().split('/cases/')[1]}`;

    await board.open();
    const card = board.card(FROM_DEBRIEF, 'Open');
    await card.waitFor();
    expect(await board.count.textContent()).toBe('1 open · 0 done');
    const text = await card.textContent();
    expect(text).toContain('Preventive');
    expect(text).toContain('Alex Seller');
    expect(text).toContain(`In 3 weeks · ${shown(day(20))}`);
    expect(text).toContain('Against Rival AB');
    const lessons = card.getByRole('list', { name: 'Because of these 2 lessons' });
    await lessons.getByText('We quoted before meeting the CFO').waitFor();
    await lessons.getByText('The pilot won over the fleet manager').waitFor();
    const caseLink = lessons.getByRole('link', { name: CASE }).first();
    await caseLink.waitFor();
    expect(await caseLink.getAttribute('href')).toBe(caseHref);
  });

  test('an empty title is refused on its field, and focus goes there', async () => {
    await page.keyboard.press('n');
    await board.dialog.waitFor();
    await page.keyboard.press('Control+Enter');
    await board.dialog.getByText('Say what will be done').waitFor();
    expect(await board.field('What will be done').getAttribute('aria-invalid')).toBe('true');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    expect(await board.focused(board.field('What will be done'))).toBe(true);
    await noSeriousViolations();
    await screenshots('action-dialog-error');
    await page.keyboard.press('Escape');
    await board.dialog.waitFor({ state: 'detached' });
    expect(await board.count.textContent()).toBe('1 open · 0 done');
  });

  test('an action made from the keyboard, due in the past, shows under Overdue and has the focus', async () => {
    await board.createByKeyboard({
      title: BY_KEYBOARD,
      kind: 'Corrective',
      owner: 'Maja Berg',
      due: day(-3),
      scope: 'Cases against a competitor',
      scopeValue: 'Rival AB',
    });
    await board.dialog.waitFor({ state: 'detached' });
    const card = board.card(BY_KEYBOARD, 'Overdue');
    await card.waitFor();
    const text = await card.textContent();
    expect(text).toContain('Corrective');
    expect(text).toContain('Maja Berg');
    expect(text).toContain(`3 days ago · ${shown(day(-3))}`);
    expect(text).toContain('Against Rival AB');
    await page.waitForFunction((title) => document.activeElement?.textContent?.startsWith(title), BY_KEYBOARD);
    await board.count.filter({ hasText: '1 overdue · 1 open · 0 done' }).waitFor();
  });

  test('marking it done moves it to Done with today’s date', async () => {
    // From the focused card, the first control inside it is "Mark done".
    await page.keyboard.press('Tab');
    expect(await board.focused(board.cardButton(BY_KEYBOARD, 'Mark done'))).toBe(true);
    await page.keyboard.press('Enter');
    const card = board.card(BY_KEYBOARD, 'Done');
    await card.waitFor();
    expect(await card.textContent()).toContain(`Today · ${shown(day())}`);
    await board.column('Overdue').getByText('Nothing overdue.').waitFor();
    await board.toast(/marked done today/).waitFor();
    await board.count.filter({ hasText: '1 open · 1 done' }).waitFor();
    await page.waitForFunction((title) => document.activeElement?.textContent?.startsWith(title), BY_KEYBOARD);
  });

  test('delete takes the action off the board and Undo brings it back', async () => {
    await board.cardButton(BY_KEYBOARD, 'Delete').click();
    await board.toast(/deleted/).waitFor();
    await board.card(BY_KEYBOARD).waitFor({ state: 'detached' });
    await board.count.filter({ hasText: '1 open · 0 done' }).waitFor();
    await board
      .toast(/deleted/)
      .getByRole('button', { name: 'Undo' })
      .click();
    const card = board.card(BY_KEYBOARD, 'Done');
    await card.waitFor();
    expect(await card.textContent()).toContain(`Today · ${shown(day())}`);
  });

  test('a full board: overdue, open, done on a chosen day, and dropped behind a toggle', async () => {
    await board.create({
      title: 'Send the revised quote to Brightwell Foods',
      kind: 'Corrective',
      owner: 'Alex Seller',
      due: day(-12),
    });
    await board.create({
      title: 'Volume price tiers for fleets over 50 vehicles',
      owner: 'Maja Berg',
      due: day(45),
      scope: 'Cases for an offering',
      scopeValue: 'Telematics',
    });
    await board.create({ title: 'Reference visit programme for logistics prospects', owner: 'Nobody yet' });
    await board.create({
      title: 'Security one-pager in every proposal',
      owner: 'Maja Berg',
      due: day(-70),
      scope: 'Cases where a buying criterion was in play',
      scopeValue: 'Security',
    });
    // Done on a day of our choosing: the review measures from it.
    await board.edit('Security one-pager in every proposal', { status: 'Done', doneOn: day(-60) });
    const done = board.card('Security one-pager in every proposal', 'Done');
    await done.waitFor();
    expect(await done.textContent()).toContain(shown(day(-60)));

    await board.create({
      title: 'Discount policy for first orders',
      scope: 'Cases in a segment (industry)',
      scopeValue: 'Retail',
    });
    await board.cardButton('Discount policy for first orders', 'Drop').click();
    await board.toast(/dropped/).waitFor();
    await board.card('Discount policy for first orders').waitFor({ state: 'detached' });
    await board.toggleDropped();
    const dropped = board.card('Discount policy for first orders', 'Dropped');
    await dropped.waitFor();
    expect(await dropped.textContent()).toContain('Segment: Retail');

    // Reopened, it is back among the open ones.
    await board.cardButton('Discount policy for first orders', 'Reopen').click();
    await board.card('Discount policy for first orders', 'Open').waitFor();
    await board.cardButton('Discount policy for first orders', 'Drop').click();
    await board.card('Discount policy for first orders', 'Dropped').waitFor();

    await board.count.filter({ hasText: '1 overdue · 3 open · 2 done' }).waitFor();
    expect(await board.column('Overdue').getByRole('article').count()).toBe(1);
    expect(await board.column('Open').getByRole('article').count()).toBe(3);
    expect(await board.column('Done').getByRole('article').count()).toBe(2);
    // Most recently done first.
    expect(await board.column('Done').getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      BY_KEYBOARD,
      'Security one-pager in every proposal',
    ]);
    await noSeriousViolations();

    // Read back in a fresh window (no toasts over the cards), tall enough to show every column and the dropped.
    for (const colorScheme of ['light', 'dark'] as const) {
      const tall = await openPage(browser, server.url, { colorScheme, viewport: { width: 1280, height: 1240 } });
      tall.page.setDefaultTimeout(10_000);
      const again = new ActionsPage(tall.page);
      await again.open();
      await again.card('Meet the economic buyer before any proposal', 'Open').getByRole('link').first().waitFor();
      await again.toggleDropped();
      await again.card('Discount policy for first orders', 'Dropped').waitFor();
      expect(await seriousA11yViolations(tall.page)).toEqual([]);
      await screenshot(tall.page, `actions-full-${colorScheme}`);
      expect(pageErrors(tall.page)).toEqual([]);
      await tall.context.close();
    }
  });

  test('finding narrows the board to actions whose title, scope or lessons match', async () => {
    await board.search('cfo');
    await board.count.filter({ hasText: '1 open · 0 done match' }).waitFor();
    await board.card(FROM_DEBRIEF, 'Open').waitFor();
    expect(await board.column('Open').getByRole('article').count()).toBe(1);
    await board.search('nothing like this');
    await page.getByRole('heading', { name: 'No actions match' }).waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await board.count.filter({ hasText: '1 overdue · 3 open · 2 done' }).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });
});
