/**
 * Browser mode's transport: the same dispatch behind a loopback-only HTTP server. Guarded so that no other
 * site or local process can drive it: 127.0.0.1 only, a random per-launch token (in the printed URL, then an
 * HttpOnly cookie or the X-Winloop-Token header), Host checked against DNS rebinding, Origin checked on calls.
 * Changes with: renderer/api/transport.ts (the browser side), shared/envelope.ts.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ApiHost } from '../dispatch';
import { pageWithNonce } from '../security/csp-nonce';

export interface BridgeOptions {
  workspace: ApiHost;
  /** Built renderer (index.html and assets); omitted for an API-only bridge. */
  staticDir?: string;
  port?: number;
  token?: string;
}

export interface Bridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 16 * 1024 * 1024;
/** How much of an oversized body is read (and dropped) so the 413 arrives; past this the socket is cut. */
const DRAIN_LIMIT = 4 * MAX_BODY;
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  const streams = new Set<http.ServerResponse>();
  let port = 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: String(error) } });
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) return sendText(res, 421, 'Unknown host.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
      return sendText(res, 403, 'Cross-origin requests are refused.');
    }
    const url = requestUrl(req.url);
    if (!url) return sendText(res, 400, 'That address is not a path this server knows how to read.');

    // The printed URL carries the token once; swap it for a cookie and a clean address.
    const queryToken = url.searchParams.get('token');
    if (req.method === 'GET' && queryToken !== null) {
      if (!sameToken(queryToken, token)) return sendText(res, 401, 'That link is from another launch of Winloop.');
      res.writeHead(302, {
        'Set-Cookie': `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
      });
      return void res.end();
    }
    if (!authorised(req, token, cookieName(port))) {
      return sendText(
        res,
        401,
        'Open Winloop with the link printed in the terminal: it carries this launch\u2019s key.',
      );
    }

    if (url.pathname === '/api/invoke') {
      if (req.method !== 'POST') return sendText(res, 405, 'POST only.', { Allow: 'POST' });
      if (!isJsonType(req.headers['content-type'])) return sendText(res, 415, 'JSON only (application/json).');
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > MAX_BODY) return tooLarge(req, res);
      const body = await readBody(req);
      if (body === null) return tooLarge(req, res);
      const parsed = parseCall(body);
      if (typeof parsed === 'string') {
        return send(res, 400, { ok: false, error: { code: 'invalid_input', message: parsed } });
      }
      const meta = parsed.origin ? { origin: parsed.origin } : undefined;
      return send(res, 200, await opts.workspace.dispatch(parsed.method, parsed.input, meta));
    }

    if (url.pathname === '/api/events') {
      if (req.method !== 'GET') return sendText(res, 405, 'GET only.', { Allow: 'GET' });
      res.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }

    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return sendText(res, 404, 'No such API route.');
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'GET only.', { Allow: 'GET, HEAD' });
    if (opts.staticDir) return serveStatic(opts.staticDir, url.pathname, res);
    return sendText(res, 404, 'Not found.');
  }

  const unsubscribe = opts.workspace.events.subscribe((event, payload) => {
    const frame = `event: message\ndata: ${JSON.stringify({ event, payload })}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** Named after the port: two launches on one machine each keep their own cookie instead of overwriting one. */
export function cookieName(port: number): string {
  return `winloop_token_${port}`;
}

function authorised(req: http.IncomingMessage, token: string, cookie: string): boolean {
  const header = req.headers['x-winloop-token'];
  if (typeof header === 'string' && sameToken(header, token)) return true;
  const cookies = (req.headers.cookie ?? '').split(';').map((c) => c.trim());
  const ours = cookies.find((c) => c.startsWith(`${cookie}=`));
  return ours !== undefined && sameToken(ours.slice(cookie.length + 1), token);
}

/** The request target as a URL on a fixed origin, or null when it is not a path or will not decode. */
export function requestUrl(target: string | undefined): URL | null {
  if (!target?.startsWith('/')) return null;
  try {
    // Parsed against a fixed origin so that `//elsewhere/x` stays a path instead of naming a host.
    const url = new URL(`http://127.0.0.1${target}`);
    decodeURIComponent(url.pathname);
    return url.pathname.includes('%00') ? null : url;
  } catch {
    return null;
  }
}

/** `application/json`, optionally with `charset=utf-8`: nothing that merely starts like it. */
export function isJsonType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const [type, ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((param) => param === 'charset=utf-8' || param === 'charset="utf-8"');
}

/** The body as an API call, or why it is not one. */
export function parseCall(body: string): { method: string; input: unknown; origin?: string } | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return 'The request body is not JSON.';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return 'The request body must be an object: { "method": …, "input": … }.';
  }
  const { method, input, origin } = parsed as { method?: unknown; input?: unknown; origin?: unknown };
  if (typeof method !== 'string') return 'Name a method.';
  // The caller's tag for its own data.changed echo (shared/client.ts CallOptions); anything else is dropped.
  return typeof origin === 'string' && origin.length <= 200 ? { method, input, origin } : { method, input };
}

/** The body as text, or null once it passes MAX_BODY (the rest is then left for tooLarge to drain). */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) return void chunks.push(chunk);
      req.off('data', onData);
      req.off('end', onEnd);
      resolve(null);
    };
    const onEnd = () => resolve(Buffer.concat(chunks).toString('utf8'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
  });
}

/**
 * Answers 413 and reads the rest of the body before closing: closing a socket with unread data makes the OS
 * send a reset, and the client would see that instead of the answer. A body that goes on far past the cap is
 * cut off.
 */
function tooLarge(req: http.IncomingMessage, res: http.ServerResponse): void {
  const text = `The request body is larger than ${MAX_BODY / 1024 / 1024} MiB.`;
  res.writeHead(413, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    Connection: 'close',
  });
  res.write(text);
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) req.socket.destroy();
  });
  req.on('end', () => res.end());
  req.resume();
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendText(res: http.ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...extra });
  res.end(text);
}

function serveStatic(root: string, pathname: string, res: http.ServerResponse): void {
  const base = path.resolve(root);
  let file = path.resolve(base, `.${decodeURIComponent(pathname)}`);
  if (!file.startsWith(base + path.sep) && file !== base) return sendText(res, 403, 'Outside the app folder.');
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(base, 'index.html');
  if (!fs.existsSync(file)) return sendText(res, 500, 'The app is not built: run `npm run build:renderer`.');
  const type = MIME[path.extname(file)] ?? 'application/octet-stream';
  const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
  if (type.startsWith('text/html')) {
    // Each copy of the page gets its own style nonce (electron/shell/csp-nonce.ts).
    const page = pageWithNonce(fs.readFileSync(file, 'utf8'));
    res.writeHead(200, { ...headers, 'Content-Security-Policy': page.csp, 'Cache-Control': 'no-store' });
    return void res.end(page.html);
  }
  res.writeHead(200, headers);
  // A file that vanishes or cannot be read mid-way ends the response; it must not end the server.
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
