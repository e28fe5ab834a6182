/**
 * The power map's informal side, end to end on the sample: a decision maker's motivation and the criteria she
 * weighs, informal links drawn over the org chart (a legend, a switch, a focused line says what it means), the
 * route from our team to the decision maker worded and highlighted, a coverage gap turned into a next step, and
 * the PNG export with the new lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Action } from '../../shared/contract/learning';
import type { Account } from '../../shared/contract/accounts';
import type { PowerMap } from '../../shared/contract/people';
import { seriousA11yViolations } from './support/axe';
import {
  SCREENSHOT_DIR,
  apiCall as callApi,
  launchBrowser,
  openPage,
  pageErrors,
  screenshot,
  startWebServer,
  tempDir,
  type WebServer,
} from './support/web-app';
import { FirstRunPage } from './pages/first-run-page';
import { AccountsPage, PowerMapPage } from './pages/powermap-page';

let browser: Browser;
let server: WebServer;
let page: Page;
let map: PowerMapPage;
/** A sample customer whose decision maker nobody on the team knows yet, with one of our trusted contacts beside her. */
const CUSTOMER = 'Cedar Transport BV';
const DM = 'Sanne Jansen';
const INSIDER = 'Johan Hoffmann';
const RIVAL = 'Ruben Andersson';
let account: Account;

const apiCall = <T>(method: string, input: unknown): Promise<T> => callApi<T>(page, method, input);
const powerMap = () => apiCall<PowerMap>('powermap.get', { accountId: account.id });

async function screenshots(name: string): Promise<void> {
  await screenshot(page, `${name}-light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, `${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startWebServer(path.join(tempDir(), 'mine.db'));
  ({ page } = await openPage(browser, server.url, { viewport: { width: 1500, height: 1100 } }));
  page.setDefaultTimeout(15_000);
  map = new PowerMapPage(page);
  await new FirstRunPage(page).exploreSample();
  // A file with cases starts on Today.
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  const found = (await apiCall<Account[]>('accounts.list', { query: CUSTOMER }))[0];
  if (!found) throw new Error(`The sample has no ${CUSTOMER}`);
  account = found;
  // The sample draws informal links and connectors of its own: this customer's story starts from none of them.
  const sampled = await powerMap();
  for (const l of sampled.links) await apiCall('links.set', { ...l, id: undefined, strength: 0 });
  for (const p of sampled.people.filter((x) => x.side === 'connector')) await apiCall('people.delete', { id: p.id });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('informal influence and the route to the decision maker', () => {
  test("the sample's map opens with nobody's way in to the decision maker, and gaps on the steps ahead", async () => {
    const accounts = new AccountsPage(page);
    await accounts.open();
    await accounts.search(CUSTOMER);
    await accounts.row(CUSTOMER).getByRole('link', { name: CUSTOMER }).click();
    await map.heading(CUSTOMER).waitFor();
    const routes = page.getByRole('region', { name: 'The way in to the decision makers' });
    await routes.getByText(/Nobody on the team has a way to the COO yet/).waitFor();
    await page.getByRole('region', { name: 'Buying steps ahead with nobody on them' }).waitFor();
    expect(await page.locator('.pm-line').count()).toBe(0);
  });

  test("the decision maker's motivation, tags and the criteria she weighs are saved from the dialog", async () => {
    await map.node(DM).click();
    const d = map.dialog;
    await d
      .getByLabel('Motivation', { exact: true })
      .fill('Wants the new routes live before peak season; fears a failed rollout');
    await d.getByLabel('Risk').check();
    await d.getByLabel('Career').check();
    await d.getByLabel('Criterion', { exact: true }).selectOption({ label: 'Quality' });
    await d.getByLabel('Importance').selectOption({ label: '5 · decisive' });
    await d.getByRole('button', { name: 'Add criterion' }).click();
    await d.getByText('Quality', { exact: true }).waitFor();
    await d.getByRole('heading').first().scrollIntoViewIfNeeded();
    await screenshots('powermap-informal-motivation');
    await map.save();
    const sanne = (await powerMap()).people.find((p) => p.name === DM);
    expect(sanne).toMatchObject({
      motivation: 'Wants the new routes live before peak season; fears a failed rollout',
      motivationTags: ['risk', 'career'],
      weighedCriteria: [{ importance: 5 }],
    });
    // The card's button says it in words too.
    await expect
      .poll(() => map.node(DM).getAttribute('aria-label'))
      .toMatch(/wants: Wants the new routes .*; risk, career/);
  });

  test('informal links are added in the dialog and drawn over the chart, one style per kind', async () => {
    await map.node(INSIDER).click();
    const d = map.dialog;
    await d.getByLabel('Relation').selectOption({ label: 'Influences' });
    await d.getByLabel('Other person').selectOption({ label: `${DM}, COO` });
    await d.getByLabel('How strongly', { exact: true }).selectOption({ label: 'Strongly' });
    await d.getByRole('button', { name: 'Add link' }).click();
    await d.getByLabel('Relation').selectOption({ label: 'Is at odds with' });
    await d.getByLabel('Other person').selectOption({ label: `${RIVAL}, Security Officer` });
    await d.getByLabel('How strongly', { exact: true }).selectOption({ label: 'Clearly' });
    await d.getByRole('button', { name: 'Add link' }).click();
    await d.getByText(`${INSIDER} strongly influences ${DM}.`).waitFor();
    await map.save();

    await map.node('Lena Peeters').click();
    await map.dialog.getByLabel('Relation').selectOption({ label: 'Is trusted by' });
    await map.dialog.getByLabel('Other person').selectOption({ label: `${DM}, COO` });
    await map.dialog.getByRole('button', { name: 'Add link' }).click();
    await map.save();

    await expect.poll(() => page.locator('.pm-line').count()).toBe(3);
    for (const kind of ['influences', 'trusts', 'at_odds_with']) {
      expect(await page.locator(`.pm-line[data-link-kind="${kind}"]`).count()).toBe(1);
    }
    const legend = page.getByTestId('lines-legend');
    for (const word of ['Reports to', 'Influences', 'Trusts', 'At odds with']) await legend.getByText(word).waitFor();
    const links = (await powerMap()).links;
    expect(links.map((l) => [l.kind, l.strength]).sort()).toEqual([
      ['at_odds_with', 2],
      ['influences', 3],
      ['trusts', 2],
    ]);
  });

  test('keyboard focus on a line shows what it means, and the arrow keys walk the lines', async () => {
    const line = map.chart.getByRole('button', { name: `${INSIDER} strongly influences ${DM}.` });
    await line.focus();
    await page.locator('svg text', { hasText: `${INSIDER} strongly influences ${DM}.` }).waitFor();
    await screenshots('powermap-informal-line-focus');
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toMatch(/\.$/);
    expect(focused).not.toBe(`${INSIDER} strongly influences ${DM}.`);
    await page.keyboard.press('Enter');
    await map.dialog.waitFor();
    await page.keyboard.press('Escape');
    await map.dialog.waitFor({ state: 'detached' });
  });

  test('the route to the decision maker is worded and highlighted on the map', async () => {
    const routes = page.getByRole('region', { name: 'The way in to the decision makers' });
    const sentence = routes.getByText(`ask ${INSIDER} for an introduction`);
    await sentence.waitFor();
    expect(await sentence.textContent()).toMatch(
      new RegExp(`^${INSIDER} trusts you; ${INSIDER} .*the COO: ask ${INSIDER} for an introduction\\.$`),
    );
    const data = await powerMap();
    const target = data.routes.find((r) => r.targetName === DM);
    const insider = data.people.find((p) => p.name === INSIDER);
    const sanne = data.people.find((p) => p.name === DM);
    expect(target?.routes[0]?.path.slice(1)).toEqual([insider?.id, sanne?.id]);
    // Shown by default, as the first route: both people ringed, a band between them.
    await routes
      .getByRole('button', { name: /Shown on the map/ })
      .first()
      .waitFor();
    for (const id of [insider?.id, sanne?.id]) await page.locator(`[data-on-route="${id}"]`).waitFor();
    expect(await page.locator('.pm-route-band path').count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.locator('.pm-chart').scrollIntoViewIfNeeded();
    await screenshots('powermap-informal-route');
    // Pressed again, the highlight goes.
    await routes
      .getByRole('button', { name: /Shown on the map/ })
      .first()
      .click();
    expect(await page.locator('[data-on-route]').count()).toBe(0);
    await routes
      .getByRole('button', { name: /Show on the map/ })
      .first()
      .click();
    await page.locator(`[data-on-route="${sanne?.id}"]`).waitFor();
  });

  test('the switch hides the informal lines and brings them back', async () => {
    const toggle = page.getByTestId('lines-legend').getByLabel(/Informal lines/);
    await toggle.uncheck();
    expect(await page.locator('.pm-line').count()).toBe(0);
    await toggle.check();
    await expect.poll(() => page.locator('.pm-line').count()).toBe(3);
  });

  test('a coverage gap becomes a next step on the action board, undoable', async () => {
    const coverage = page.getByRole('region', { name: 'Buying steps ahead with nobody on them' });
    const gap = coverage
      .getByRole('listitem')
      .filter({ hasText: `Nobody on the team talks to ${DM}` })
      .first();
    const text = (await gap.locator('.pm-gap-text').textContent()) ?? '';
    expect(text).toContain(`ask ${INSIDER} for an introduction`);
    await gap.getByRole('button', { name: /Make it a next step/ }).click();
    await gap.getByText('✓ Next step added').waitFor();
    await map.toast('Next step added to the actions').waitFor();
    const actions = await apiCall<Action[]>('actions.list', {});
    const made = actions.filter((a) => a.title.includes(`Nobody on the team talks to ${DM}`));
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ kind: 'corrective', scope: 'all', status: 'open' });
    await screenshots('powermap-informal-next-step');
  });

  test('the PNG export carries the informal lines and their legend', async () => {
    const svg = await page.evaluate(() => {
      const el = document.querySelector<SVGSVGElement>('.pm-svg');
      return { width: Number(el?.getAttribute('width')), height: Number(el?.getAttribute('height')) };
    });
    // The SVG document the PNG is drawn from, as the export hands it to the browser.
    await page.evaluate(() => {
      const original = URL.createObjectURL.bind(URL);
      const w = window as Window & { exportedSvg?: Promise<string> };
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob && blob.type === 'image/svg+xml') w.exportedSvg = blob.text();
        return original(blob);
      };
    });
    const download = await map.exportPng();
    const captured = page.evaluate(() => (window as Window & { exportedSvg?: Promise<string> }).exportedSvg ?? '');
    const file = path.join(SCREENSHOT_DIR, 'powermap-informal-export.png');
    await download.saveAs(file);
    const png = fs.readFileSync(file);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(Math.floor(svg.width * 2));
    // Title, subtitle, the gaps and a legend row above the chart.
    expect(png.readUInt32BE(20)).toBeGreaterThan(Math.floor((svg.height + 90) * 2));
    // The exported drawing is the live chart's: its lines with their arrowheads, and the legend in the heading.
    const markup = await captured;
    for (const kind of ['influences', 'trusts', 'at_odds_with']) expect(markup).toContain(`data-link-kind="${kind}"`);
    expect(markup.match(/<marker /g)).toHaveLength(3);
    for (const word of ['Reports to', 'Influences', 'Trusts', 'At odds with'])
      expect(markup).toContain(`>${word}</text>`);
    expect(pageErrors(page)).toEqual([]);
  });

  test('thirty people and a dozen and a half informal lines stay readable, and every line has its words', async () => {
    const big = await apiCall<Account>('accounts.create', { name: 'Larkspur Freight Group' });
    const titles = ['CEO', 'CFO', 'COO', 'CTO', 'Head of Procurement', 'Head of Operations'];
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      // A realistic shape: one CEO, five direct reports, four people under each.
      const reportsToId = i === 0 ? null : i <= 5 ? ids[0]! : ids[1 + ((i - 6) % 5)]!;
      const person = await apiCall<{ id: string }>('people.create', {
        name: `Person ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i : ''}`,
        title: titles[i] ?? `Team lead ${i}`,
        accountId: big.id,
        reportsToId,
        buyingRole: i === 0 ? 'decision_maker' : i === 1 ? 'economic_buyer' : null,
      });
      ids.push(person.id);
    }
    const kinds = ['influences', 'trusts', 'at_odds_with'] as const;
    const pairs = [
      [7, 0],
      [12, 1],
      [8, 2],
      [20, 3],
      [25, 12],
      [9, 14],
      [16, 4],
      [28, 5],
      [11, 21],
      [13, 0],
      [22, 6],
      [17, 27],
      [19, 10],
      [24, 1],
      [15, 29],
      [26, 18],
      [23, 2],
      [6, 3],
    ] as const;
    for (const [i, [from, to]] of pairs.entries()) {
      await apiCall('links.set', { fromId: ids[from], toId: ids[to], kind: kinds[i % 3], strength: 1 + (i % 3) });
    }
    const accounts = new AccountsPage(page);
    await accounts.open();
    await accounts.search('Larkspur');
    await accounts.row('Larkspur Freight Group').getByRole('link', { name: 'Larkspur Freight Group' }).click();
    await map.heading('Larkspur Freight Group').waitFor();
    await expect.poll(() => page.locator('.pm-line').count()).toBe(pairs.length);
    const labels = await page.locator('.pm-line').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    for (const label of labels)
      expect(label).toMatch(
        /^Person \w+ (slightly|clearly|strongly) (influences|trusts|is at odds with) Person \w+\.$/,
      );
    await page.locator('.pm-chart').scrollIntoViewIfNeeded();
    await screenshots('powermap-informal-30');
    const download = await map.exportPng();
    await download.saveAs(path.join(SCREENSHOT_DIR, 'powermap-informal-30-export.png'));
    expect(pageErrors(page)).toEqual([]);
  });
});
