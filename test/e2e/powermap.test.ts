/**
 * Accounts and the power map, end to end in Chromium against a real SQLite file: add a customer, map three
 * stakeholders (a decision maker, an economic buyer reporting to them, a blocker), see the gaps, close one by
 * giving the decision maker a relationship owner, delete and undo, and export the chart as a PNG.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousA11yViolations } from './support/axe';
import {
  SCREENSHOT_DIR,
  launchBrowser,
  openPage,
  pageErrors,
  screenshot,
  startWebServer,
  tempDir,
  type WebServer,
  apiCall as callApi,
} from './support/web-app';
import { FirstRunPage } from './pages/first-run-page';
import { AccountsPage, PowerMapPage } from './pages/powermap-page';
import { CasesPage } from './pages/cases-page';

let browser: Browser;
let server: WebServer;
let page: Page;
let accounts: AccountsPage;
let map: PowerMapPage;
const dbPath = path.join(tempDir(), 'powermap.db');
const CUSTOMER = 'Nordhaven Logistics';

/** The API as the page calls it (its cookie carries the bridge's token). */
const apiCall = <T>(method: string, input: unknown): Promise<T> => callApi<T>(page, method, input);

/** Axe in both themes: dark mode has its own contrast to get right. */
async function noSeriousViolations(): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
}

async function screenshots(name: string): Promise<void> {
  await screenshot(page, `${name}-light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, `${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startWebServer(dbPath);
  ({ page } = await openPage(browser, server.url));
  page.setDefaultTimeout(10_000);
  accounts = new AccountsPage(page);
  map = new PowerMapPage(page);
  await new FirstRunPage(page).startEmpty({ name: 'Alex Seller', team: 'Nordlicht Sales', currency: 'EUR' });
  await new CasesPage(page).waitLoaded();
  await apiCall('team.save', { name: 'Bo Lindqvist' });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('accounts and the power map', () => {
  test('with no customers the accounts page invites the first one', async () => {
    await accounts.open();
    await page.getByRole('heading', { name: 'Add your first customer' }).waitFor();
    expect(await accounts.count.textContent()).toBe('0 customers');
    await noSeriousViolations();
    await screenshots('accounts-empty');
  });

  test('a customer is added from the keyboard, and a duplicate name is refused on the field', async () => {
    await accounts.add({ name: CUSTOMER, industry: 'Logistics', employees: '250–999', region: 'Hamburg' });
    await accounts.row(CUSTOMER).waitFor();
    await accounts.count.filter({ hasText: '1 customer' }).waitFor();
    expect(await accounts.row(CUSTOMER).textContent()).toContain('250–999');

    await accounts.add({ name: 'nordhaven logistics' });
    await accounts.dialog.getByText('Already a customer').waitFor();
    expect(await accounts.dialog.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Escape');
    await accounts.dialog.waitFor({ state: 'detached' });
    expect(await accounts.count.textContent()).toBe('1 customer');
  });

  test('many customers list with their case counts, and search narrows them', async () => {
    const others: [string, string | null, string | null, string | null, number, number][] = [
      ['Alpenglow Dairy', 'Food & drink', '50-249', 'Innsbruck', 1, 2],
      ['Baltic Freight Lines', 'Logistics', '1000+', 'Gdańsk', 2, 0],
      ['Brightwell Foods', 'Food & drink', '250-999', 'Rotterdam', 0, 3],
      ['Calder Clinics', 'Healthcare', '250-999', 'Leeds', 1, 0],
      ['Danube Energy', 'Energy', '1000+', 'Vienna', 0, 1],
      ['Eastgate Retail Group', 'Retail', '1000+', 'Berlin', 0, 0],
      ['Fjord Seafood', 'Food & drink', '50-249', 'Bergen', 0, 0],
      ['Granite Works', 'Construction', '10-49', null, 0, 0],
      ['Harbour Cold Storage', 'Logistics', '50-249', 'Hamburg', 1, 1],
      ['Ivy Lane Dental', 'Healthcare', '1-9', 'Bristol', 0, 0],
      ['Juniper Software', 'Software', '10-49', 'Dublin', 0, 0],
      ['Kestrel Aviation', 'Aerospace', '250-999', 'Toulouse', 0, 0],
      ['Lindqvist Bakeries', 'Food & drink', '50-249', 'Malmö', 0, 0],
      ['Meridian Labs', 'Life sciences', '50-249', 'Basel', 0, 0],
      ['Northwind Traders', 'Wholesale', '250-999', 'Copenhagen', 0, 0],
      ['Oakridge Schools Trust', 'Education', '1000+', null, 0, 0],
      ['Pinecrest Hotels', 'Hospitality', '250-999', 'Munich', 0, 0],
      ['Quayside Marine', 'Logistics', '10-49', 'Antwerp', 0, 0],
      ['Riverbend Water', 'Utilities', '1000+', 'Lyon', 0, 0],
      ['Saltire Textiles', 'Manufacturing', '50-249', 'Glasgow', 0, 0],
      ['Tern Robotics', 'Manufacturing', '10-49', 'Eindhoven', 0, 0],
      ['Ulster Print Co', null, null, 'Belfast', 0, 0],
      ['Vireo Pharma', 'Life sciences', '250-999', 'Zurich', 0, 0],
      ['Westmark Insurance', 'Financial services', '1000+', 'Frankfurt', 0, 0],
      ['Xylo Furniture', 'Retail', '10-49', null, 0, 0],
      ['Yarrow Farms', 'Agriculture', '1-9', null, 0, 0],
      ['Zephyr Wind Parks', 'Energy', '50-249', 'Aarhus', 0, 0],
      ['Achterberg Tools', 'Manufacturing', '50-249', 'Utrecht', 0, 0],
    ];
    const withCases = async (accountId: string, open: number, closed: number) => {
      for (let i = 0; i < open + closed; i++) {
        const kase = await apiCall<{ id: string }>('cases.create', {
          title: `Case ${i + 1}`,
          accountId,
          openedOn: '2025-01-10',
        });
        if (i >= open) await apiCall('debrief.close', { caseId: kase.id, outcome: 'won', closedOn: '2025-03-14' });
      }
    };
    for (const [name, industry, sizeBand, region, open, closed] of others) {
      const account = await apiCall<{ id: string }>('accounts.create', { name, industry, sizeBand, region });
      await withCases(account.id, open, closed);
    }
    const nordhaven = (await apiCall<{ id: string }[]>('accounts.list', { query: CUSTOMER }))[0];
    await withCases(nordhaven!.id, 2, 1);
    await accounts.count.filter({ hasText: '29 customers' }).waitFor();
    await accounts.toast(/Added/).waitFor({ state: 'detached' });
    await noSeriousViolations();
    await screenshots('accounts-full');

    await accounts.search('nordhaven');
    await accounts.count.filter({ hasText: '1 customer match' }).waitFor();
    const cells = accounts.row(CUSTOMER).getByRole('gridcell');
    await cells.nth(4).filter({ hasText: /^2$/ }).waitFor();
    expect(await cells.nth(5).textContent()).toBe('1');
    expect(await accounts.row(CUSTOMER).getByRole('link').getAttribute('href')).toMatch(/^#\/accounts\/[0-9a-f-]{36}$/);
    await accounts.search('freight');
    await accounts.count.filter({ hasText: '1 customer match' }).waitFor();
    await accounts.row('Baltic Freight Lines').waitFor();
    await accounts.search('no such customer');
    await page.getByRole('heading', { name: /No customers match/ }).waitFor();
    await page.getByRole('button', { name: 'Clear search' }).click();
    await accounts.count.filter({ hasText: '29 customers' }).waitFor();
  });

  test("a customer's power map opens from the grid with Enter and starts empty", async () => {
    await accounts.search('nordhaven');
    await accounts.count.filter({ hasText: '1 customer match' }).waitFor();
    await page.keyboard.press('Enter'); // from the search box to the grid
    await page.keyboard.press('Enter'); // open the active row
    await map.heading(CUSTOMER).waitFor();
    expect(page.url()).toMatch(/#\/accounts\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: `Map who decides at ${CUSTOMER}` }).waitFor();
    expect(await page.getByTestId('account-facts').textContent()).toBe(
      'Power map · Logistics · 250–999 employees · Hamburg · 2 open, 1 closed cases · See the cases',
    );
    expect(await page.getByRole('button', { name: 'Export PNG' }).isDisabled()).toBe(true);
    await noSeriousViolations();
    await screenshots('powermap-empty');
  });

  test('three stakeholders mapped show the gaps, and the nodes they concern are marked', async () => {
    await map.add({
      name: 'Eva Berg',
      title: 'Chief Executive Officer',
      buyingRole: 'Decision maker',
      attitude: 'Neutral',
      influence: 'High',
      channel: 'Face to face',
    });
    await map.node('Eva Berg').waitFor();
    await map.add({
      name: 'Jonas Meyer',
      title: 'Chief Financial Officer',
      buyingRole: 'Economic buyer',
      attitude: 'Supporter',
      influence: 'High',
      reportsTo: 'Eva Berg, Chief Executive Officer',
      channel: 'Email',
    });
    await map.node('Jonas Meyer').waitFor();
    await map.add({
      name: 'Lena Vogt',
      title: 'Head of IT',
      buyingRole: 'Technical buyer',
      networkRole: 'Blocker',
      attitude: 'Opponent',
      influence: 'Medium',
      reportsTo: 'Eva Berg, Chief Executive Officer',
      visibility: 'Private to me',
    });
    await map.node('Lena Vogt').waitFor();

    await map.gap('No one on the team knows Eva Berg, the decision maker.').waitFor();
    await map.gap('Lena Vogt blocks, and nobody owns that relationship.').waitFor();
    await map.gap(`No champion at ${CUSTOMER} yet.`).waitFor();
    expect(await map.gaps.getByRole('heading').textContent()).toContain('3 gaps to close');
    expect(await map.node('Jonas Meyer').getAttribute('aria-label')).toContain('reports to Eva Berg');
    expect(await map.node('Eva Berg').getAttribute('aria-label')).toContain(
      'Gap: No one on the team knows Eva Berg, the decision maker.',
    );
    expect(await map.node('Eva Berg').getAttribute('class')).toContain('has-gap');
    expect(await map.node('Jonas Meyer').getAttribute('class')).not.toContain('has-gap');
    // The tree: the CEO above, both reports on one row below her.
    const box = async (name: string) => {
      const b = await map.node(name).boundingBox();
      if (!b) throw new Error(`${name} is not on screen`);
      return { top: b.y, bottom: b.y + b.height, centre: b.x + b.width / 2 };
    };
    const [eva, jonas, lena] = [await box('Eva Berg'), await box('Jonas Meyer'), await box('Lena Vogt')];
    expect(jonas.top).toBeGreaterThan(eva.bottom);
    expect(Math.abs(lena.top - jonas.top)).toBeLessThan(3);
    expect(Math.abs(eva.centre - (jonas.centre + lena.centre) / 2)).toBeLessThan(3);
    await noSeriousViolations();
    await screenshots('powermap-gaps');
  });

  test('the stakeholder dialog says what is wrong on the field', async () => {
    await page.keyboard.press('n');
    await map.dialog.waitFor();
    await map.fill({ name: '   ', title: 'Procurement lead' });
    await page.keyboard.press('Enter');
    await map.dialog.getByText('Cannot be empty').waitFor();
    expect(await map.dialog.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
    await noSeriousViolations();
    await screenshots('stakeholder-dialog-error');
    await page.keyboard.press('Escape');
    await map.dialog.waitFor({ state: 'detached' });
    expect(await map.chart.getByRole('button').count()).toBe(3);
  });

  test('giving the decision maker a relationship owner closes that gap', async () => {
    await map.gap('Eva Berg').getByRole('button', { name: 'Assign an owner for Eva Berg' }).click();
    await map.dialog.waitFor();
    expect(await map.dialog.getByLabel('Team member').evaluate((el) => el === document.activeElement)).toBe(true);
    await map.addRelationship('Alex Seller (me)', 'Trusted');
    await map.addRelationship('Bo Lindqvist', 'Acquainted');
    await map.save();
    await map.gap('No one on the team knows Eva Berg').waitFor({ state: 'detached' });
    // The gap's button is gone with the gap: focus goes to the node that was edited.
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Eva Berg,'));
    await map.gap('Lena Vogt blocks').waitFor();
    const eva = map.node('Eva Berg');
    expect(await eva.getAttribute('aria-label')).toContain('known by Alex Seller (trusted), Bo Lindqvist (acquainted)');
    expect(await eva.getAttribute('class')).not.toContain('has-gap');
    await map.chart.getByText('Alex Seller · Trusted').waitFor();
  });

  test('a relationship chosen in the dialog is saved with the person, without a separate Add', async () => {
    await map.gap('Lena Vogt blocks').getByRole('button').first().click();
    await map.dialog.waitFor();
    await map.dialog.getByLabel('Team member').selectOption({ label: 'Bo Lindqvist' });
    await map.dialog.getByLabel('How well they know them').selectOption({ label: 'Knows well' });
    await map.save();
    await map.gap('Lena Vogt blocks, and nobody owns that relationship.').waitFor({ state: 'detached' });
    expect(await map.node('Lena Vogt').getAttribute('aria-label')).toContain('Bo Lindqvist (knows well)');
  });

  test('a stakeholder deleted from the keyboard comes back with Undo', async () => {
    await map.node('Jonas Meyer').focus();
    await page.keyboard.press('Delete');
    await map.toast('Jonas Meyer moved to the trash').waitFor();
    await map.node('Jonas Meyer').waitFor({ state: 'detached' });
    // Focus moves to the manager, so the keyboard user is still in the chart.
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Eva Berg,'));
    await map.toast('Jonas Meyer moved to the trash').getByRole('button', { name: 'Undo' }).click();
    await map.node('Jonas Meyer').waitFor();
    expect(await map.node('Jonas Meyer').getAttribute('aria-label')).toContain('reports to Eva Berg');
  });

  test('the chart exports as a PNG', async () => {
    const download = await map.exportPng();
    expect(download.suggestedFilename()).toBe(`Power map - ${CUSTOMER}.png`);
    const file = path.join(SCREENSHOT_DIR, 'powermap-export.png');
    await download.saveAs(file);
    const png = fs.readFileSync(file);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(20_000);
    // IHDR: width and height, big-endian, at bytes 16 and 20; drawn at twice the chart's size.
    const svg = (await map.chart.boundingBox())!;
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(Math.floor(svg.width * 2));
    expect(png.readUInt32BE(20)).toBeGreaterThan(Math.floor(svg.height * 2));
    await map.toast(`Exported “Power map - ${CUSTOMER}.png”`).waitFor();
  });

  test('the table view lists the same people, with every action as a button', async () => {
    await map.view('Table').click();
    await map.table.waitFor();
    const rows = map.table.getByRole('row');
    expect(await rows.count()).toBe(4);
    expect(await rows.nth(1).getByRole('rowheader').textContent()).toContain('Eva Berg');
    expect(await map.table.getByRole('row', { name: /Lena Vogt/ }).textContent()).toContain('Private to you');
    await map.table.getByRole('button', { name: 'Edit Lena Vogt' }).waitFor();
    await noSeriousViolations();
    await screenshot(page, 'powermap-table-light');
    await map.view('Chart').click();
    await map.node('Eva Berg').waitFor();
    expect(pageErrors(page)).toEqual([]);
  });

  test('a larger organisation lays out as a tidy tree the arrow keys walk', async () => {
    const account = (await apiCall<{ id: string }[]>('accounts.list', { query: 'Brightwell Foods' }))[0]!;
    const me = (await apiCall<{ team: { id: string; isMe: boolean }[] }>('vocab.get', {})).team.find((m) => m.isMe)!;
    const ids = new Map<string, string>();
    const add = async (name: string, title: string, extra: Record<string, unknown> = {}, boss?: string) => {
      const person = await apiCall<{ id: string }>('people.create', {
        accountId: account.id,
        name,
        title,
        reportsToId: boss ? ids.get(boss) : null,
        ...extra,
      });
      ids.set(name, person.id);
    };
    await add('Maja Holm', 'Managing Director', {
      buyingRole: 'decision_maker',
      attitude: 'supporter',
      influence: 'high',
    });
    await add('Per Ek', 'Finance Director', { buyingRole: 'economic_buyer', influence: 'high' }, 'Maja Holm');
    await add(
      'Omar Haddad',
      'Operations Director',
      { buyingRole: 'influencer', networkRole: 'champion', attitude: 'supporter' },
      'Maja Holm',
    );
    await add(
      'Nora Falk',
      'Chief Information Officer',
      { buyingRole: 'technical_buyer', networkRole: 'blocker', attitude: 'opponent', influence: 'high' },
      'Maja Holm',
    );
    await add('Sara Lind', 'Financial Controller', { buyingRole: 'information_provider', influence: 'low' }, 'Per Ek');
    await add('Ines Roth', 'Warehouse Manager', { buyingRole: 'user' }, 'Omar Haddad');
    await add('Tom Berger', 'Fleet Lead', { buyingRole: 'user', influence: 'low' }, 'Omar Haddad');
    await add('Yuki Sato', 'Planning Lead', { buyingRole: 'user', networkRole: 'connector' }, 'Omar Haddad');
    await add('Ben Carter', 'Enterprise Architect', { buyingRole: 'technical_buyer' }, 'Nora Falk');
    await add('Linus Graf', 'Chair of the Board', { buyingRole: 'influencer', influence: 'high' });
    await apiCall('relationships.set', { personId: ids.get('Maja Holm'), memberId: me.id, strength: 3 });
    await apiCall('relationships.set', { personId: ids.get('Omar Haddad'), memberId: me.id, strength: 2 });

    await page.goto(`${server.url}#/accounts/${account.id}`);
    await map.heading('Brightwell Foods').waitFor();
    await map.node('Ben Carter').waitFor();
    await map.gap('Nora Falk blocks, and nobody owns that relationship.').waitFor();
    await map.gap('Nora Falk opposes us and has high influence.').waitFor();
    const boxes = await Promise.all(
      [...ids.keys()].map(async (name) => ({ name, box: await map.node(name).boundingBox() })),
    );
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b || !a.box || !b.box) continue;
        const apart =
          a.box.x + a.box.width <= b.box.x ||
          b.box.x + b.box.width <= a.box.x ||
          a.box.y + a.box.height <= b.box.y ||
          b.box.y + b.box.height <= a.box.y;
        expect(apart, `${a.name} overlaps ${b.name}`).toBe(true);
      }
    }
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.split(',')[0]);
    await map.node('Maja Holm').focus();
    await page.keyboard.press('ArrowDown'); // the first report, leftmost (reports sit in name order)
    expect(await focused()).toBe('Nora Falk');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('Omar Haddad');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Ines Roth');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('Omar Haddad');
    await page.keyboard.press('Enter');
    await map.dialog.getByRole('heading', { name: 'Edit Omar Haddad' }).waitFor();
    await page.keyboard.press('Escape');
    await map.dialog.waitFor({ state: 'detached' });
    await noSeriousViolations();
    await screenshot(page, 'powermap-large-light');
    const download = await map.exportPng();
    await download.saveAs(path.join(SCREENSHOT_DIR, 'powermap-large-export.png'));
    expect(pageErrors(page)).toEqual([]);
  });

  test("an account's cases are one click away, and the filter says whose they are", async () => {
    await page.goto(`${server.url}#/accounts`);
    await accounts.search('nordhaven');
    await accounts.count.filter({ hasText: '1 customer match' }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await map.heading(CUSTOMER).waitFor();
    await page.getByRole('link', { name: 'See the cases' }).click();
    const cases = new CasesPage(page);
    await cases.count.filter({ hasText: '3 cases match' }).waitFor();
    const chip = page.getByRole('button', { name: `Stop showing only ${CUSTOMER}'s cases` });
    expect(await chip.textContent()).toContain(`Customer: ${CUSTOMER}`);
    await chip.click();
    await chip.waitFor({ state: 'detached' });
    await cases.count.filter({ hasText: /^\d+ cases$/ }).waitFor();
  });
});
