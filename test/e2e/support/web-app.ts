/**
 * Starts browser mode exactly as `npm run web` does (a child process on a real database file) and opens it in
 * Debian's Chromium through playwright-core. The renderer must already be built (`npm test` builds it first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
export const CHROMIUM = process.env.WINLOOP_CHROMIUM ?? '/usr/bin/chromium';

export interface WebServer {
  url: string;
  dbPath: string;
  /** The child's XDG_CONFIG_HOME: its recent-files list lives here, never in the real ~/.config. */
  configHome: string;
  stop(): Promise<void>;
}

export function tempDir(prefix = 'winloop-e2e-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * `env` adds to the child's environment. Each server gets its own XDG_CONFIG_HOME (a temp folder, removed on
 * stop) unless `env` names one, so no test reads or writes the recent-files list of whoever runs the tests.
 */
export async function startWebServer(dbPath: string, opts: { env?: NodeJS.ProcessEnv } = {}): Promise<WebServer> {
  if (!fs.existsSync(path.join(ROOT, 'dist/renderer/index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build:renderer` (npm test does it for you).');
  }
  const ownConfig = opts.env?.XDG_CONFIG_HOME === undefined ? tempDir('winloop-e2e-config-') : null;
  const configHome = opts.env?.XDG_CONFIG_HOME ?? ownConfig!;
  const child = spawn(TSX, ['electron/web/main.ts', '--db', dbPath, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...opts.env, XDG_CONFIG_HOME: configHome },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Open: (\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}: ${err || out}`)));
  });
  return {
    url,
    dbPath,
    configHome,
    stop: async () => {
      await stopChild(child);
      if (ownConfig) fs.rmSync(ownConfig, { recursive: true, force: true });
    },
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Without the background-networking flags Chromium keeps dialling Google's hosts, which a closed network refuses.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * The app's URL opened on one page. A file that has cases starts on Today; tests that continue on another page
 * open there directly.
 */
export function at(url: string, route: string): string {
  return `${url}#${route}`;
}

export async function openPage(
  browser: Browser,
  url: string,
  opts: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    colorScheme: opts.colorScheme ?? 'light',
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    locale: opts.locale ?? 'en-GB',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as Page & { winloopErrors?: string[] }).winloopErrors = errors;
  await page.goto(url);
  return { context, page };
}

/** Errors the page logged (uncaught exceptions and console.error): a passing test must have none. */
export function pageErrors(page: Page): string[] {
  return (page as Page & { winloopErrors?: string[] }).winloopErrors ?? [];
}

export const SCREENSHOT_DIR = path.join(ROOT, 'test-results/screenshots');

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Calls the API the way the app does, from the page (its cookie carries the bridge's token). */
export async function apiCall<T>(page: Page, method: string, input: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ([m, i]) => {
      const res = await fetch('/api/invoke', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ method: m, input: i }),
      });
      return (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    [method, input] as const,
  );
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`);
  return envelope.value as T;
}
