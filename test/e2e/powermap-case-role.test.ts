/**
 * A person's buying role per case, end to end on the sample: the case page shows each involved stakeholder's
 * role in that case ("usual: influencer"), changed by keyboard, saved as picked and undoable, while the power map
 * keeps the usual role; the debrief's criteria grid starts from the criteria those people weigh; and the sample's
 * own power map shows its informal lines.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Account } from '../../shared/contract/accounts';
import type { Debrief } from '../../shared/contract/debrief';
import type { PowerMap } from '../../shared/contract/people';
import type { Vocabulary } from '../../shared/contract/vocabulary';
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
import { FirstRunPage } from './pages/first-run-page';
import { DebriefPage } from './pages/debrief-page';

let browser: Browser;
let server: WebServer;
let page: Page;
let caseId: string;
let eva: { id: string };
let account: Account;

const apiCall = <T>(method: string, input: unknown): Promise<T> => callApi<T>(page, method, input);

async function screenshots(name: string): Promise<void> {
  await screenshot(page, `${name}-light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, `${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startWebServer(path.join(tempDir(), 'mine.db'));
  ({ page } = await openPage(browser, server.url, { viewport: { width: 1400, height: 1000 } }));
  page.setDefaultTimeout(15_000);
  await new FirstRunPage(page).exploreSample();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  // A customer of our own beside the sample's, so every name and weight below is known.
  const vocab = await apiCall<Vocabulary>('vocab.get', {});
  const criterion = (name: string) => vocab.criteria.find((c) => c.name === name)!.id;
  account = await apiCall<Account>('accounts.create', { name: 'Birch Logistics AB' });
  eva = await apiCall<{ id: string }>('people.create', {
    name: 'Eva Berg',
    title: 'CFO',
    accountId: account.id,
    buyingRole: 'influencer',
    weighedCriteria: [{ criterionId: criterion('Price'), importance: 5 }],
  });
  const tom = await apiCall<{ id: string }>('people.create', {
    name: 'Tom Lind',
    title: 'Head of IT',
    accountId: account.id,
    buyingRole: 'technical_buyer',
    weighedCriteria: [
      { criterionId: criterion('Security'), importance: 4 },
      { criterionId: criterion('Price'), importance: 3 },
    ],
  });
  caseId = (await apiCall<{ id: string }>('cases.create', { title: 'Birch fleet tracking', accountId: account.id })).id;
  await apiCall('debrief.setPeople', {
    caseId,
    people: [
      { personId: eva.id, reached: true },
      { personId: tom.id, reached: false },
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a buying role per case', () => {
  test('the case page shows the usual role, and the keyboard changes it for this case, undoably', async () => {
    await page.goto(at(server.url, `/cases/${caseId}`));
    const panel = page.getByRole('region', { name: 'Stakeholders' });
    const select = panel.getByLabel("Eva Berg's role in this case");
    await select.waitFor();
    expect(await select.inputValue()).toBe('');
    await panel.getByText('usual: influencer', { exact: true }).waitFor();
    await select.focus();
    // The first role after "Usual role (influencer)" is the decision maker.
    await page.keyboard.press('ArrowDown');
    await page.getByText('Eva Berg in this case: decision maker.').waitFor();
    await panel.getByText('usual: influencer · this case differs').waitFor();
    const people = async () => (await apiCall<Debrief>('debrief.get', { caseId })).people;
    await expect
      .poll(async () => (await people()).find((p) => p.personId === eva.id)?.buyingRole)
      .toBe('decision_maker');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await panel.scrollIntoViewIfNeeded();
    await screenshots('powermap-case-role');

    // Undo goes back to the usual role; the account's map never changed.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await people()).find((p) => p.personId === eva.id)?.buyingRole).toBeNull();
    expect(await select.inputValue()).toBe('');
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(async () => (await people()).find((p) => p.personId === eva.id)?.buyingRole)
      .toBe('decision_maker');
    const map = await apiCall<PowerMap>('powermap.get', { accountId: account.id });
    expect(map.people.find((p) => p.id === eva.id)?.buyingRole).toBe('influencer');
    // She now decides an open case: the map looks for a way in to her.
    expect(map.routes.map((r) => [r.targetName, r.role])).toContainEqual(['Eva Berg', 'decision_maker']);
  });

  test("the debrief's criteria grid starts from what the people involved weigh", async () => {
    const { openedOn } = (await apiCall<Debrief>('debrief.get', { caseId })).case;
    await apiCall('debrief.close', { caseId, outcome: 'lost', closedOn: openedOn });
    await apiCall('debrief.progress', { caseId, step: 3 });
    await page.goto(at(server.url, `/cases/${caseId}/debrief`));
    const debrief = new DebriefPage(page);
    await debrief.waitAt('Criteria');
    await page.getByTestId('people-criteria-lead').waitFor();
    const heads = await debrief.form.locator('.criteria-grid tbody th').allTextContents();
    expect(heads[0]).toBe('PriceEva Berg (CFO) weighs Price: high; Tom Lind (Head of IT): medium · importance offered');
    expect(heads[1]).toBe('SecurityTom Lind (Head of IT) weighs Security: high · importance offered');
    const importance = (name: string) =>
      debrief.form
        .getByRole('radiogroup', { name: `${name}: importance` })
        .locator('input:checked')
        .getAttribute('name');
    expect(await importance('Price')).toMatch(/-importance$/);
    expect(
      await debrief.form.getByRole('radiogroup', { name: 'Quality: importance' }).locator('input:checked').count(),
    ).toBe(0);
    await debrief.form.locator('.criteria-grid').scrollIntoViewIfNeeded();
    await screenshots('powermap-case-role-criteria');
    // Rating us keeps the offered importance; the untouched Security row is not saved.
    await debrief.form.getByRole('radiogroup', { name: 'Price: our rating' }).getByRole('radio', { name: '2' }).check();
    await debrief.next();
    await debrief.waitAt('Stakeholders');
    const saved = (await apiCall<Debrief>('debrief.get', { caseId })).criteria;
    expect(saved).toEqual([expect.objectContaining({ importance: 5, ourRating: 2, rivalRating: null })]);
  });

  test("the sample's power map shows informal lines and a connector", async () => {
    const accounts = await apiCall<Account[]>('accounts.list', {});
    let shown: Account | null = null;
    for (const a of accounts.slice(0, 60)) {
      const map = await apiCall<PowerMap>('powermap.get', { accountId: a.id });
      if (map.links.length >= 3 && map.people.some((p) => p.side === 'connector') && map.routes.length > 0) {
        shown = a;
        break;
      }
    }
    expect(shown).not.toBeNull();
    await page.goto(at(server.url, `/accounts/${shown!.id}`));
    await page.getByRole('heading', { level: 1, name: shown!.name }).waitFor();
    await expect.poll(() => page.locator('.pm-line').count()).toBeGreaterThanOrEqual(3);
    await page.locator('.pm-chart').scrollIntoViewIfNeeded();
    await screenshots('powermap-sample-informal');
    expect(pageErrors(page)).toEqual([]);
  });
});
