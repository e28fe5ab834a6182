import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  APP_URL,
  appRequestHandler,
  registerAppScheme,
  resolveAppUrl,
  serveApp,
} from '../../electron/shell/app-protocol';
import { CSP_META_TAGS, isAppUrl, NONCE_PLACEHOLDER } from '../../electron/shell/window-options';
import { tempDir } from '../helpers/temp-workspace';

/** A built renderer in a temp folder, with a secret beside it that no URL may reach. */
function renderer(): { root: string; secret: string } {
  const parent = tempDir();
  const root = path.join(parent, 'dist', 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), `<!doctype html><head>${CSP_META_TAGS}</head><title>Winloop</title>`);
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  const secret = path.join(parent, 'dist', 'secret.txt');
  fs.writeFileSync(secret, 'SECRET');
  return { root, secret };
}

describe('which file an app:// URL names', () => {
  const root = '/opt/Winloop/resources/app.asar/dist/renderer';

  test('the page and its assets, with any route in the hash or query', () => {
    expect(resolveAppUrl(APP_URL, root)).toEqual({ ok: true, file: path.join(root, 'index.html') });
    expect(resolveAppUrl('app://winloop/', root)).toEqual({ ok: true, file: path.join(root, 'index.html') });
    expect(resolveAppUrl('app://winloop/index.html#/cases/1?x=..', root)).toMatchObject({ ok: true });
    expect(resolveAppUrl('app://winloop/assets/index-abc.js', root)).toEqual({
      ok: true,
      file: path.join(root, 'assets', 'index-abc.js'),
    });
    expect(resolveAppUrl('app://winloop/assets/a%20b.js', root)).toEqual({
      ok: true,
      file: path.join(root, 'assets', 'a b.js'),
    });
  });

  test.each([
    ['dot segments', 'app://winloop/../../etc/passwd'],
    ['encoded dot segments', 'app://winloop/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded dots', 'app://winloop/assets/%2E%2e/%2e%2E/secret.txt'],
    ['an encoded slash', 'app://winloop/..%2f..%2fsecret.txt'],
    ['an encoded slash inside a name', 'app://winloop/assets%2f..%2f..%2fsecret.txt'],
    ['an upper-case encoded slash', 'app://winloop/..%2F..%2Fsecret.txt'],
    ['a backslash', 'app://winloop/..\\..\\secret.txt'],
    ['an encoded backslash', 'app://winloop/..%5c..%5csecret.txt'],
    ['a Windows absolute path', 'app://winloop/C:/Windows/win.ini'],
    ['an encoded drive colon', 'app://winloop/C%3A%5CWindows%5Cwin.ini'],
    ['a null byte', 'app://winloop/index.html%00.js'],
    ['a bare null byte segment', 'app://winloop/%00'],
    ['a double-encoded traversal', 'app://winloop/%252e%252e%252fsecret.txt'],
  ])('%s stays inside the app folder', (_name, url) => {
    const resolution = resolveAppUrl(url, root);
    if (resolution.ok) expect(resolution.file.startsWith(root + path.sep)).toBe(true);
    else expect(resolution.status).toBeGreaterThanOrEqual(400);
  });

  test.each([
    ['an encoded slash', 'app://winloop/..%2f..%2fsecret.txt', 403],
    ['a backslash', 'app://winloop/..\\secret.txt', 403],
    ['a drive letter', 'app://winloop/C:/x', 403],
    ['a null byte', 'app://winloop/a%00b', 403],
    ['a bad escape', 'app://winloop/%zz', 400],
  ])('%s is refused outright', (_name, url, status) => {
    expect(resolveAppUrl(url, root)).toMatchObject({ ok: false, status });
  });

  test.each([
    ['file://', 'file:///etc/passwd'],
    ['another host', 'app://elsewhere/index.html'],
    ['credentials', 'app://user:pw@winloop/index.html'],
    ['https', 'https://winloop/index.html'],
    ['garbage', 'not a url'],
  ])('%s is not the app', (_name, url) => {
    expect(resolveAppUrl(url, root).ok).toBe(false);
  });

  test('the host is case-insensitive, as Chromium canonicalises it', () => {
    expect(resolveAppUrl('app://WinLoop/index.html', root)).toMatchObject({ ok: true });
  });

  test('APP_URL passes the IPC sender check; a sibling file or the old file:// page does not', () => {
    expect(isAppUrl(`${APP_URL}#/review`, APP_URL)).toBe(true);
    expect(isAppUrl('app://winloop/assets/index-abc.js', APP_URL)).toBe(false);
    expect(isAppUrl('file:///opt/Winloop/dist/renderer/index.html', APP_URL)).toBe(false);
  });
});

describe('the app:// handler on real files', () => {
  test('serves the page with the CSP header and assets with their types', async () => {
    const { root } = renderer();
    const handle = appRequestHandler(root);
    const page = await handle(new Request(APP_URL));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await page.text();
    expect(html).toContain('<title>Winloop</title>');
    // A fresh nonce, the same in the header and the page, and a new one for the next copy.
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? '';
    expect(nonce).not.toBe(NONCE_PLACEHOLDER);
    expect(html).toContain(`content="${nonce}"`);
    expect(html).not.toContain(NONCE_PLACEHOLDER);
    const again = await handle(new Request(APP_URL));
    expect(again.headers.get('content-security-policy')).not.toContain(nonce);
    const script = await handle(new Request('app://winloop/assets/index-abc.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await script.text()).toBe('console.log(1)');
  });

  test.each([
    'app://winloop/..%2fsecret.txt',
    'app://winloop/assets/..%2f..%2fsecret.txt',
    'app://winloop/%2e%2e/secret.txt',
    'app://winloop/..%5csecret.txt',
  ])('%s never returns the secret beside the app folder', async (url) => {
    const { root, secret } = renderer();
    expect(fs.existsSync(secret)).toBe(true);
    const answer = await appRequestHandler(root)(new Request(url));
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(await answer.text()).not.toContain('SECRET');
  });

  test('a missing file or a folder is 404; other methods 405', async () => {
    const { root } = renderer();
    const handle = appRequestHandler(root);
    expect((await handle(new Request('app://winloop/nope.js'))).status).toBe(404);
    expect((await handle(new Request('app://winloop/assets'))).status).toBe(404);
    expect((await handle(new Request(APP_URL, { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});

describe('registration', () => {
  test('app:// is standard and secure, and handled by the handler', async () => {
    const { root } = renderer();
    const schemes: unknown[] = [];
    const handlers = new Map<string, (request: Request) => Promise<Response>>();
    registerAppScheme({ registerSchemesAsPrivileged: (s) => void schemes.push(...s) });
    serveApp({ handle: (scheme, handler) => void handlers.set(scheme, async (r) => handler(r)) }, root);
    expect(schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect((await handlers.get('app')!(new Request(APP_URL))).status).toBe(200);
  });
});
