/**
 * The printed review on sample data, looked at as paper: the PDF pages rendered to pixels (pdftoppm) must be
 * white, use the page's width and have nothing cut at the right edge; the print layout measured at the printable
 * width has nothing wider than the page, no app chrome, and a page break before each section. The app is opened
 * in dark mode: the report must print light anyway. Pages are saved as test-results/print/print-<format>-<n>.png.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cli } from './support/cli';
import { at, launchBrowser, openPage, pageErrors, startWebServer, tempDir, type WebServer } from './support/web-app';
import { ReviewPage } from './pages/review-page';

const dir = tempDir();
const dbPath = path.join(dir, 'sample.db');
// Rendered pages land in test-results/ (not committed: they carry today's date); README shows copies.
const SAVE_DIR = path.resolve(import.meta.dirname, '../../test-results/print');
/** Paper and print.css's @page margins (14 mm top/bottom, 12 mm left/right), in mm. */
const formats = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } } as const;
const MARGIN_X = 12;
const DPI = 50;
const px = (mm: number) => (mm / 25.4) * DPI;

let browser: Browser;
let server: WebServer;
let page: Page;

beforeAll(async () => {
  await cli('sample', '--db', dbPath, '--cases', '600', '--seed', '7');
  browser = await launchBrowser();
  server = await startWebServer(dbPath);
  ({ page } = await openPage(browser, at(server.url, '/cases'), { colorScheme: 'dark' }));
  page.setDefaultTimeout(15_000);
  await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
  await new ReviewPage(page).open();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Gray {
  width: number;
  height: number;
  at(x: number, y: number): number;
}

/** pdftoppm's binary PGM (P5, 8 bit): a header, then one byte per pixel. */
function readPgm(file: string): Gray {
  const buf = fs.readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(buf.subarray(0, 50).toString('latin1'));
  if (!header?.[1] || !header[2]) throw new Error(`${file} is not an 8-bit PGM`);
  const width = Number(header[1]);
  const height = Number(header[2]);
  const start = header[0].length;
  return { width, height, at: (x, y) => buf[start + y * width + x] ?? 255 };
}

/** Prints the report, renders each page to grey pixels, and saves PNGs of the pages for the README. */
async function printPages(format: keyof typeof formats): Promise<Gray[]> {
  const pdfPath = path.join(dir, `${format}.pdf`);
  fs.writeFileSync(pdfPath, await page.pdf({ format, printBackground: true }));
  const prefix = path.join(dir, format);
  execFileSync('pdftoppm', ['-gray', '-r', String(DPI), pdfPath, prefix]);
  fs.mkdirSync(SAVE_DIR, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '72', pdfPath, path.join(SAVE_DIR, `print-${format.toLowerCase()}`)]);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${format}-`) && f.endsWith('.pgm'))
    .sort()
    .map((f) => readPgm(path.join(dir, f)));
}

/** Left and right edge of the ink (pixels darker than light grey), or null on a blank page. */
function inkBox(g: Gray): { left: number; right: number } | null {
  let left = g.width;
  let right = -1;
  for (let y = 0; y < g.height; y++) {
    for (let x = 0; x < g.width; x++) {
      if (g.at(x, y) < 200) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  return right < 0 ? null : { left, right };
}

describe.each(Object.keys(formats) as (keyof typeof formats)[])('the report printed on %s', (format) => {
  test('is white paper, uses its width and has nothing cut on the right', async () => {
    const pages = await printPages(format);
    expect(pages.length).toBeGreaterThanOrEqual(8);
    const paper = formats[format];
    const printable = px(paper.width - 2 * MARGIN_X);
    for (const [i, g] of pages.entries()) {
      const name = `${format} page ${i + 1}`;
      // The right margin holds no ink at all: anything cut by the page edge would show there first.
      for (let y = 0; y < g.height; y++) {
        for (let x = Math.ceil(g.width - px(MARGIN_X) + 2); x < g.width; x++) {
          if (g.at(x, y) < 240) throw new Error(`${name}: ink in the right margin at (${x}, ${y})`);
        }
      }
      // White paper: the corners and most of the page are pure white (the grey app background must not print).
      expect([g.at(0, 0), g.at(g.width - 1, g.height - 1)], name).toEqual([255, 255]);
      let white = 0;
      for (let y = 0; y < g.height; y += 2) for (let x = 0; x < g.width; x += 2) if (g.at(x, y) >= 250) white++;
      expect(white / (Math.ceil(g.height / 2) * Math.ceil(g.width / 2)), name).toBeGreaterThan(0.6);
    }
    // The first pages (header, cards, charts, tables) span the printable width.
    for (const g of pages.slice(0, 3)) {
      const box = inkBox(g);
      expect(box).not.toBeNull();
      if (box) expect((box.right - box.left + 1) / printable).toBeGreaterThanOrEqual(0.8);
    }
  });

  test('laid out at the printable width, nothing is wider than the page and each section starts a page', async () => {
    const width = Math.floor(((formats[format].width - 2 * MARGIN_X) / 25.4) * 96);
    await page.setViewportSize({ width, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    try {
      const layout = await page.evaluate(() => {
        const report = document.querySelector('.review');
        const boxes = [...(report?.querySelectorAll('*') ?? [])].map((el) => ({
          what: `${el.tagName.toLowerCase()}.${el.className}`,
          right: el.getBoundingClientRect().right,
        }));
        const containers = [
          document.documentElement,
          ...(report?.querySelectorAll('.review-section, table, .rate-card, .battlecard, .chart') ?? []),
        ].map((el) => ({ what: el.className || el.tagName, scroll: el.scrollWidth, client: el.clientWidth }));
        const sections = [...document.querySelectorAll('.review-section')].map((s) => getComputedStyle(s).breakBefore);
        const sidebar = document.querySelector('.sidebar');
        return {
          viewport: document.documentElement.clientWidth,
          boxes,
          containers,
          sections,
          sidebarShown: sidebar ? getComputedStyle(sidebar).display !== 'none' : false,
          background: getComputedStyle(document.body).backgroundColor,
        };
      });
      expect(layout.boxes.filter((b) => b.right > layout.viewport + 0.5)).toEqual([]);
      expect(layout.containers.filter((c) => c.scroll > c.client)).toEqual([]);
      expect(layout.sections.length).toBe(8);
      expect(layout.sections.slice(1).every((b) => b === 'page')).toBe(true);
      expect(layout.sidebarShown).toBe(false);
      await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(false);
      await expect(page.getByRole('button', { name: 'Print report' }).isVisible()).resolves.toBe(false);
      expect(layout.background).toBe('rgb(255, 255, 255)');
      expect(pageErrors(page)).toEqual([]);
    } finally {
      // null, not 'screen': an emulated 'screen' would also apply to page.pdf() and print the screen layout.
      await page.emulateMedia({ media: null });
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
});
