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

const COOKIE = 'winloop_token';
const MAX_BODY = 16 * 1024 * 1024;
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
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
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
      return sendText(res, 403, 'Cross-origin requests are refused.');
    }

    // The printed URL carries the token once; swap it for a cookie and a clean address.
    const queryToken = url.searchParams.get('token');
    if (req.method === 'GET' && queryToken !== null) {
      if (!sameToken(queryToken, token)) return sendText(res, 401, 'That link is from another launch of Winloop.');
      res.writeHead(302, {
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
      });
      return void res.end();
    }
    if (!authorised(req, token)) {
      return sendText(
        res,
        401,
        'Open Winloop with the link printed in the terminal: it carries this launch\u2019s key.',
      );
    }

    if (url.pathname === '/api/invoke') {
      if (req.method !== 'POST') return sendText(res, 405, 'POST only.');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return sendText(res, 415, 'JSON only.');
      const body = await readBody(req);
      let parsed: { method?: unknown; input?: unknown; origin?: unknown };
      try {
        parsed = JSON.parse(body) as typeof parsed;
      } catch {
        return send(res, 400, {
          ok: false,
          error: { code: 'invalid_input', message: 'The request body is not JSON.' },
        });
      }
      if (typeof parsed.method !== 'string') {
        return send(res, 400, { ok: false, error: { code: 'invalid_input', message: 'Name a method.' } });
      }
      const origin = typeof parsed.origin === 'string' && parsed.origin.length <= 200 ? parsed.origin : undefined;
      return send(
        res,
        200,
        await opts.workspace.dispatch(parsed.method, parsed.input, origin ? { origin } : undefined),
      );
    }

    if (url.pathname === '/api/events') {
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

    if (opts.staticDir && (req.method === 'GET' || req.method === 'HEAD'))
      return serveStatic(opts.staticDir, url.pathname, res);
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

function authorised(req: http.IncomingMessage, token: string): boolean {
  const header = req.headers['x-winloop-token'];
  if (typeof header === 'string' && sameToken(header, token)) return true;
  const cookies = (req.headers.cookie ?? '').split(';').map((c) => c.trim());
  const cookie = cookies.find((c) => c.startsWith(`${COOKIE}=`));
  return cookie !== undefined && sameToken(cookie.slice(COOKIE.length + 1), token);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('Request body too large.'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
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
  if (type.startsWith('text/html'))
    Object.assign(headers, { 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' });
  res.writeHead(200, headers);
  fs.createReadStream(file).pipe(res);
}
