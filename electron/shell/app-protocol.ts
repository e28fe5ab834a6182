/**
 * The page loads from app://winloop/, not file://: a file:// page shares its origin with every file on disk,
 * an app:// page only with the built renderer. `resolveAppUrl` is the whole rule of which file a URL may
 * name (pure, so the path-traversal tests need no Electron); `appRequestHandler` answers with that file and
 * the Content-Security-Policy header; `registerAppScheme` / `serveApp` hand both to Electron's protocol API.
 * Changes with: electron/shell/window-options.ts (CSP, isAppUrl), electron/shell/main-window.ts (loads
 * APP_URL), electron/main.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Protocol } from 'electron';
import { pageWithNonce } from '../security/csp-nonce';

export const APP_SCHEME = 'app';
export const APP_HOST = 'winloop';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export type Resolution = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404; reason: string };

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

/**
 * The file inside `root` that `url` names, or why it names none. Each path segment is decoded on its own
 * and refused if it still carries a separator, a dot segment, a drive letter or a null byte, so nothing an
 * encoding hides can climb out; the joined path is then checked to be inside `root` as well.
 */
export function resolveAppUrl(url: string, root: string): Resolution {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400, reason: 'Not a URL.' };
  }
  if (
    parsed.protocol !== `${APP_SCHEME}:` ||
    parsed.host.toLowerCase() !== APP_HOST ||
    parsed.username ||
    parsed.password
  ) {
    return { ok: false, status: 403, reason: 'Not the app’s address.' };
  }
  const segments: string[] = [];
  for (const raw of parsed.pathname.split('/').filter((s) => s !== '')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400, reason: 'A path segment does not decode.' };
    }
    if (segment === '.' || segment === '..' || /[/\\\0:]/.test(segment)) {
      return { ok: false, status: 403, reason: 'Outside the app folder.' };
    }
    segments.push(segment);
  }
  if (segments.length === 0) segments.push('index.html');
  const base = path.resolve(root);
  const file = path.resolve(base, ...segments);
  if (!file.startsWith(base + path.sep)) return { ok: false, status: 403, reason: 'Outside the app folder.' };
  return { ok: true, file };
}

/** Answers app:// requests from `root` (the built renderer); the page gets the CSP header and a fresh nonce. */
export function appRequestHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'GET only.');
    const resolved = resolveAppUrl(request.url, root);
    if (!resolved.ok) return text(resolved.status, resolved.reason);
    let body: Buffer;
    try {
      const stat = await fs.promises.stat(resolved.file);
      if (!stat.isFile()) return text(404, 'Not found.');
      body = await fs.promises.readFile(resolved.file);
    } catch {
      return text(404, 'Not found.');
    }
    const type = MIME[path.extname(resolved.file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
    let payload: Uint8Array<ArrayBuffer> = new Uint8Array(body);
    if (type.startsWith('text/html')) {
      const page = pageWithNonce(body.toString('utf8'));
      payload = new TextEncoder().encode(page.html);
      Object.assign(headers, { 'Content-Security-Policy': page.csp, 'Cache-Control': 'no-store' });
    }
    return new Response(request.method === 'HEAD' ? null : payload, { status: 200, headers });
  };
}

function text(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * app:// as a standard, secure scheme: relative URLs, a real origin, fetch. Must run before the app is ready
 * (Electron's rule for registerSchemesAsPrivileged).
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on app://; after the app is ready, before the first window loads. */
export function serveApp(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, appRequestHandler(root));
}
