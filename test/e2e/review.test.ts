/**
 * The review on sample data shows the same figures `cli summary --json` prints, and prints as a report.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Summary } from '../../shared/contract/review';
import { formatMoney } from '../../shared/money';
import { seriousA11yViolations } from './support/axe';
import { cli } from './support/cli';
import {
  apiCall,
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
import { FirstRunPage } from './pages/first-run-page';
import { ReviewPage } from './pages/review-page';

let browser: Browser;
let server: WebServer;
let page: Page;
let review: ReviewPage;
let summary: Summary;
const dbPath = path.join(tempDir(), 'sample.db');
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });
const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const sure = (low: number, high: number) =>
  `90% sure the true rate is between ${percent.format(low)} and ${percent.format(high)}`;

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

  test('each done action shows its verdict in words, with how it is computed behind a disclosure', async () => {
    const loop = review.section('Did our actions work?');
    const labels = {
      improved: 'Improved',
      worse: 'Worse',
      no_clear_change: 'No clear effect yet',
      not_enough_cases: 'Not enough cases',
    };
    for (const action of summary.actions) {
      const row = loop.getByRole('row').filter({ has: page.getByRole('rowheader', { name: action.title }) });
      expect((await row.textContent()) ?? '').toContain(labels[action.verdict]);
      // The words on the row below: the sentence, the interval, and the method only behind the disclosure.
      const words = row.locator('xpath=following-sibling::tr[1]');
      const text = (await words.textContent()) ?? '';
      expect(text).toContain(action.sentence);
      expect(text).toContain(action.interval);
      expect(action.sentence).not.toMatch(/logistic|Gart|Agresti|Wilson|Newcombe|Fisher/);
      expect(await words.getByText(action.howComputed).isVisible()).toBe(false);
    }
    const first = loop.locator('tr.loop-words').first();
    await first.getByText('How this is computed').click();
    await first.getByText(summary.actions[0]!.howComputed).waitFor();
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    // Tall enough that the whole section is in view: an element shot is cut where the window ends.
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: viewport?.width ?? 1280, height: 2600 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await loop.screenshot({ path: path.join(SCREENSHOT_DIR, `review-actions-${colorScheme}.png`) });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    if (viewport) await page.setViewportSize(viewport);
    await first.getByText('How this is computed').click();
  });

  test('rates say how sure they are in words; method names only in "How this is computed"', async () => {
    const w = summary.winRate;
    expect(await review.winRate.textContent()).toContain(sure(w.low, w.high));
    // The loop's verdict sentences are the action-effect work's; every other section names no test.
    for (const name of [
      'How do I win?',
      'How do I stand out?',
      'What do lost cases teach?',
      'Open pipeline',
      'Per seller',
    ]) {
      expect(await review.section(name).innerText(), name).not.toMatch(/Wilson|Newcombe|Fisher|Welch|Bonferroni/);
    }
    const note = page.getByTestId('method-note');
    await note.locator('summary').click();
    await expect.poll(() => note.innerText()).toMatch(/Wilson score interval/);
    expect(await note.innerText()).toMatch(/Newcombe/);
  });

  test('the forecast: each stage with n, "not enough cases" below ten, defaults and sellers\' own apart', async () => {
    const p = summary.pipeline;
    const rows = await page
      .getByTestId('stage-rates')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));
    expect(rows.map((r) => [r[0], r[1]])).toEqual(p.stages.map((st) => [st.stage, `${st.won} of ${st.reached}`]));
    p.stages.forEach((st, i) => {
      const learned = rows[i]![2]!;
      if (st.enough) expect(learned).toBe(`${percent.format(st.rate ?? 0)} ${sure(st.low, st.high)}`);
      else expect(learned).toMatch(/^Not enough cases \(n = \d+\)/);
      expect(rows[i]![3]).toBe(st.defaultProbability === null ? '–' : percent.format(st.defaultProbability));
    });
    const caption = (await page.getByTestId('stage-rates').locator('caption').textContent()) ?? '';
    expect(caption).toContain(`closed ${day.format(new Date(`${p.history.from}T00:00:00Z`))}`);
    expect(caption).toContain(day.format(new Date(`${p.history.to}T00:00:00Z`)));
    // The sellers' own forecast is over the cases where a seller entered a probability, and says how many.
    expect(p.sellerEntered.cases).toBeGreaterThan(0);
    expect(p.sellerEntered.cases).toBeLessThan(p.openCases);
    expect(await page.getByTestId('forecast-sellers').textContent()).toContain(
      `On the ${p.sellerEntered.cases} open cases where a seller entered a probability`,
    );
    expect(await page.getByTestId('forecast-defaults').textContent()).toContain('default probability set per stage');
  });

  test('factors compare what is known before the decision', async () => {
    expect(summary.winFactors[0]!.factor).toBe('Buyer steps before the decision');
    const table = review.section('How do I win?').locator('table.factor-table');
    expect(await table.locator('caption').textContent()).toContain('known before the buyer decides');
    const names = await table.locator('tbody th').allTextContents();
    expect(names).toEqual(summary.winFactors.map((f) => f.factor));
  });

  test('per seller: each member with n and how sure, differences only where the data shows one', async () => {
    expect(summary.sellers.length).toBeGreaterThanOrEqual(3);
    const rows = await page
      .getByTestId('sellers')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));
    expect(rows.map((r) => r[0])).toEqual(summary.sellers.map((m) => m.name));
    summary.sellers.forEach((m, i) => {
      expect(rows[i]![1]).toBe(`${percent.format(m.rate ?? 0)} n = ${m.n}${sure(m.low, m.high)}`);
      const where = rows[i]![3]!;
      if (m.differences.length) expect(where).toBe(m.differences.map((d) => d.sentence).join(''));
      else expect(where).toBe(m.verdict === 'not_enough_cases' ? '–' : 'No clear difference');
    });
  });

  test("what a point is worth, in the seller's money, with its range", async () => {
    const v = summary.pointValue!;
    expect(v.onePoint.lowMinor).toBeLessThan(v.onePoint.estimateMinor);
    const money = (minor: number) => formatMoney(Math.round(minor), v.currency, 'en-GB', { compact: true });
    const card = (await page.getByTestId('point-value').textContent()) ?? '';
    expect(card).toContain(`A point of win rate${money(v.onePoint.estimateMinor)}a year; 90% sure it is between`);
    expect(card).toContain(`90% sure it is between ${money(v.onePoint.lowMinor)} and ${money(v.onePoint.highMinor)}`);
    expect(card).toContain(`Five points: ${money(v.fivePoints.estimateMinor)} a year`);
  });

  test('the weaknesses text says each gap of the chart once, with its sign', async () => {
    const section = review.section('Which weaknesses do I eliminate?');
    const findings = await section.locator('ul.findings li').allTextContents();
    expect(findings).toEqual(summary.findings.weaknesses);
    for (const g of summary.criteriaGaps) {
      const mentions = findings.filter((f) => f.includes(g.criterion)).length;
      expect(mentions, g.criterion).toBe(1);
      const shown = Math.round(g.weightedGap * 10) / 10;
      const sign = shown > 0 ? `+${shown.toFixed(1)}` : shown < 0 ? `−${Math.abs(shown).toFixed(1)}` : '0.0';
      expect(findings.join(' '), g.criterion).toContain(sign);
    }
    expect(await section.locator('.gap-list').count()).toBe(0);
  });

  test('lesson tags say whether they are a criterion or a reason', async () => {
    const rows = await review
      .section('What do lost cases teach?')
      .locator('table', { hasText: 'Recurring lesson tags' })
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));
    const labels = { criterion: 'criterion', reason: 'reason', buyer_step: 'buyer step' } as Record<string, string>;
    expect(rows.map((r) => [r[0], r[1]])).toEqual(summary.lessonTags.slice(0, 8).map((t) => [t.tag, labels[t.kind]]));
    // No two rows read the same.
    expect(new Set(rows.map((r) => `${r[0]}/${r[1]}`)).size).toBe(rows.length);
  });

  test('the page is accessible and looks right in light and dark', async () => {
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Earlier tests scrolled down to the method note: the pictures start at the top.
    await page.evaluate(() => document.querySelectorAll('*').forEach((el) => el.scrollTo(0, 0)));
    await screenshot(page, 'review-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'review-dark');
    // The whole review at once: the page scrolls inside its body, so the window is made as tall as the review.
    const size = page.viewportSize()!;
    const tall = await page.locator('.review-body').evaluate((el) => el.scrollHeight + 120);
    await page.setViewportSize({ width: size.width, height: tall });
    await screenshot(page, 'review-full-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await screenshot(page, 'review-full-light');
    await page.setViewportSize(size);
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

  test('a stage default edited in Settings is the review\'s "Default (Settings)", labelled as a default', async () => {
    await review.goTo('Settings');
    const stage = summary.pipeline.stages[1]!;
    const field = page.getByLabel(`Default win probability for ${stage.stage} (%)`);
    await field.fill('35');
    await field.press('Tab');
    await expect
      .poll(async () => {
        const vocab = await apiCall<{ stages: { id: string; winProbability: number | null }[] }>(page, 'vocab.get', {});
        return vocab.stages.find((st) => st.id === stage.stageId)?.winProbability;
      })
      .toBe(35);
    await field.fill('120');
    await field.press('Tab');
    await page.getByRole('alert').filter({ hasText: 'A whole number from 0 to 100' }).waitFor();
    await field.scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-stage-defaults-light');
    await review.open();
    const row = page.getByTestId('stage-rates').locator('tbody tr', { hasText: stage.stage });
    await expect.poll(() => row.locator('td').nth(2).textContent()).toBe('35%');
  });
});

describe('review of an empty database', () => {
  let emptyServer: WebServer;
  let emptyPage: Page;

  beforeAll(async () => {
    const file = path.join(tempDir(), 'empty.db');
    await cli('init', '--db', file);
    emptyServer = await startWebServer(file);
    ({ page: emptyPage } = await openPage(browser, emptyServer.url));
    emptyPage.setDefaultTimeout(15_000);
    await new FirstRunPage(emptyPage).startEmpty({ name: 'Alex Seller', currency: 'EUR' });
    await emptyPage.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    // Browser mode reaches pages with G then a letter (Ctrl+1…9 are the browser's own tab keys).
    await emptyPage.keyboard.press('g');
    await emptyPage.keyboard.press('r');
  }, 120_000);

  afterAll(async () => {
    await emptyServer?.stop();
  });

  test('says there is nothing to review yet, in light and dark', async () => {
    await emptyPage.getByRole('heading', { name: 'Nothing to review yet' }).waitFor();
    expect(await emptyPage.getByTestId('sellers').count()).toBe(0);
    await screenshot(emptyPage, 'review-empty-light');
    await emptyPage.emulateMedia({ colorScheme: 'dark' });
    await screenshot(emptyPage, 'review-empty-dark');
    expect(pageErrors(emptyPage)).toEqual([]);
  });
});
