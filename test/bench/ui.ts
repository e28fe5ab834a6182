/**
 * The screens' figures for `npm run bench` (issue 16), in Debian's Chromium through browser mode on a copy of the
 * 100,000-case sample: how long the review takes from navigation until its figures are on screen, how many case
 * rows the case list puts in the DOM (a virtualised list keeps it to what is visible, target < 200), and the p95
 * from a key press in a case field to the next frame the browser paints.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchBrowser, openPage, startWebServer } from '../e2e/support/web-app';

const ROOT = path.resolve(import.meta.dirname, '../..');
const KEYS = 40;

export interface UiFigures {
  reviewReadyMs: number;
  listDomRows: number;
  typingLatencyMs: number;
}

export async function uiFigures(bigDb: string, log: (line: string) => void): Promise<UiFigures> {
  if (!fs.existsSync(path.join(ROOT, 'dist/renderer/index.html'))) {
    execFileSync('npm', ['run', 'build:renderer'], { cwd: ROOT, stdio: 'ignore' });
  }
  const dir = fs.mkdtempSync(path.join(path.dirname(bigDb), 'ui-'));
  const file = path.join(dir, 'ui.db');
  fs.copyFileSync(bigDb, file);
  const server = await startWebServer(file);
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser, server.url);
    page.setDefaultTimeout(120_000);
    // A database with cases opens on Today; the list is one navigation away.
    await page.evaluate(() => {
      window.location.hash = '/cases';
    });
    await page.getByRole('grid', { name: 'Cases' }).getByRole('row').nth(5).waitFor();
    const listDomRows = await page.getByRole('grid', { name: 'Cases' }).locator('[role="row"]').count();

    // The review from a fresh navigation: the first figure painted, nothing still updating.
    const started = performance.now();
    await page.evaluate(() => {
      window.location.hash = '/review';
    });
    await page.getByTestId('review-period').waitFor();
    await page.getByRole('status').filter({ hasText: 'Updating…' }).waitFor({ state: 'detached' });
    const reviewReadyMs = Math.round(performance.now() - started);

    // Typing in an open case's notes: key press to the next animation frame, measured inside the page.
    const id = await page.evaluate(async () => {
      const res = await fetch('/api/invoke', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ method: 'cases.list', input: { outcome: 'open', limit: 1 } }),
      });
      return ((await res.json()) as { value: { items: { id: string }[] } }).value.items[0]!.id;
    });
    await page.evaluate((caseId) => {
      window.location.hash = `/cases/${caseId}`;
    }, id);
    const notes = page.getByRole('region', { name: 'Details' }).getByLabel('Notes', { exact: true });
    await notes.click();
    await page.evaluate(() => {
      const w = window as unknown as { keyLatencies: number[] };
      w.keyLatencies = [];
      document.addEventListener(
        'keydown',
        (e) => {
          const pressed = e.timeStamp;
          requestAnimationFrame(() => w.keyLatencies.push(performance.now() - pressed));
        },
        true,
      );
    });
    await page.keyboard.type('x'.repeat(KEYS), { delay: 60 });
    await page.waitForTimeout(200);
    const latencies = await page.evaluate(() => (window as unknown as { keyLatencies: number[] }).keyLatencies);
    const sorted = [...latencies].sort((a, b) => a - b);
    const typingLatencyMs = Number((sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN).toFixed(1));
    log(
      `ui: review ready in ${reviewReadyMs} ms; ${listDomRows} case rows in the DOM (target < 200); ` +
        `typing p95 ${typingLatencyMs} ms over ${latencies.length} keys`,
    );
    return { reviewReadyMs, listDomRows, typingLatencyMs };
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
