/**
 * The browser-mode bridge against requests a well-behaved page never sends: real HTTP (and raw TCP, for what
 * Node's client refuses to write) against a real bridge on a temp database. Every malformed request gets a
 * 4xx, nothing gets a 5xx, and the guards (loopback, token, Host, Origin, app folder) hold.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { cookieName, isJsonType, parseCall, requestUrl, startBridge } from '../../electron/transports/http-bridge';
import type { Bridge } from '../../electron/transports/http-bridge';
import { createTestWorkspace, tempDir } from '../helpers/temp-workspace';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let bridge: Bridge | null = null;
afterEach(async () => {
  await bridge?.close();
  bridge = null;
});

/** A built renderer stand-in, with a secret file beside (outside) it that no path may reach. */
function appFolder(): string {
  const root = tempDir();
  const dist = path.join(root, 'renderer');
  fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Winloop</title>');
  fs.writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log("app");');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'SECRET-OUTSIDE-THE-APP');
  return dist;
}

async function start(): Promise<Bridge> {
  const { ws } = createTestWorkspace();
  bridge = await startBridge({ workspace: ws, port: 0, staticDir: appFolder() });
  return bridge;
}

/**
 * One request; resolves with the answer even if the socket errors afterwards (a server that answers 413
 * may close while the client is still writing).
 */
function request(
  port: number,
  opts: { path: string; method?: string; headers?: http.OutgoingHttpHeaders; body?: string | Buffer },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request(
      { host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers, agent: false },
      (res) => {
        answered = true;
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        res.on('error', reject);
      },
    );
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.end(opts.body);
  });
}

/** Bytes straight onto a socket: the status line of whatever comes back (empty if the server said nothing). */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let got = '';
    socket.on('data', (c: Buffer) => (got += c.toString('latin1')));
    socket.on('end', () => resolve(got.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
    socket.end(text, 'latin1');
  });
}

const base = (b: Bridge): Record<string, string> => ({ Host: `127.0.0.1:${b.port}`, 'X-Winloop-Token': b.token });
const jsonHeaders = (b: Bridge, extra: Record<string, string> = {}) => ({
  ...base(b),
  'Content-Type': 'application/json',
  ...extra,
});
const invoke = (b: Bridge, body: string | Buffer, extra: Record<string, string> = {}) =>
  request(b.port, { path: '/api/invoke', method: 'POST', headers: jsonHeaders(b, extra), body });

describe('malformed calls are 4xx, never 5xx', () => {
  test.each(['null', '[]', '"system.info"', '42', 'true', '{}', '{"method":7}', '{"method":null}', '', '{'])(
    'the body %s is a 400 invalid_input envelope',
    async (body) => {
      const b = await start();
      const answer = await invoke(b, body);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    },
  );

  test.each(['/%zz', '/%', '/api/%E0%A4%A', '/assets/%ff%fe', '/index.html%00.js', '/%00'])(
    'the path %s is a 400',
    async (target) => {
      const b = await start();
      expect((await request(b.port, { path: target, headers: base(b) })).status).toBe(400);
    },
  );

  test('a valid call still works next to them', async () => {
    const b = await start();
    const answer = await invoke(b, JSON.stringify({ method: 'system.info', input: {} }));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { mode: 'memory' } });
  });

  test.each([
    ['a request line with a space in the path', 'GET /a b HTTP/1.1\r\nHost: h\r\n\r\n'],
    ['a header without a colon', 'GET / HTTP/1.1\r\nHost h\r\n\r\n'],
    ['a bogus protocol', 'GET / HTTP/9.9\r\n\r\n'],
    ['an absolute-form target', 'GET http://evil.example/ HTTP/1.1\r\nHost: evil.example\r\n\r\n'],
    ['an asterisk target', 'OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
  ])('%s is a 4xx', async (_name, text) => {
    const b = await start();
    expect(await rawRequest(b.port, text.replace('Host: 127.0.0.1', `Host: 127.0.0.1:${b.port}`))).toMatch(
      /^HTTP\/1\.1 4\d\d /,
    );
  });

  test('unknown API routes are 404 and other verbs on pages are 405', async () => {
    const b = await start();
    expect((await request(b.port, { path: '/api/nothing', headers: base(b) })).status).toBe(404);
    expect((await request(b.port, { path: '/api', headers: base(b) })).status).toBe(404);
    expect((await request(b.port, { path: '/', method: 'DELETE', headers: base(b) })).status).toBe(405);
    expect((await request(b.port, { path: '/api/invoke', headers: base(b) })).status).toBe(405);
  });
});

describe('request bodies over the cap', () => {
  const big = Buffer.alloc(16 * 1024 * 1024 + 10, 0x20);

  test('a declared length over 16 MiB is answered 413, not a reset', async () => {
    const b = await start();
    const answer = await invoke(b, big);
    expect(answer.status).toBe(413);
    expect(answer.body).toMatch(/larger than 16 MiB/);
  });

  test('a chunked body that grows past 16 MiB is answered 413', async () => {
    const b = await start();
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: b.port,
          path: '/api/invoke',
          method: 'POST',
          headers: { ...jsonHeaders(b), 'Transfer-Encoding': 'chunked' },
          agent: false,
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 17; i++) req.write(big.subarray(0, 1024 * 1024));
      req.end();
    });
    expect(answer.status).toBe(413);
    // The bridge is still there for the next call.
    expect((await invoke(b, JSON.stringify({ method: 'system.info' }))).status).toBe(200);
  });
});

describe('content types', () => {
  test.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8'])(
    '%s is accepted',
    async (type) => {
      const b = await start();
      const answer = await invoke(b, JSON.stringify({ method: 'system.info' }), { 'Content-Type': type });
      expect(answer.status).toBe(200);
    },
  );

  test.each([
    'application/jsonp',
    'application/json-patch+json',
    'application/jsonx; charset=utf-8',
    'application/json; charset=latin1',
    'text/plain',
    'text/json',
    'multipart/form-data; boundary=x',
    'application/x-www-form-urlencoded',
    '',
  ])('%s is a 415', async (type) => {
    const b = await start();
    const answer = await invoke(b, JSON.stringify({ method: 'system.info' }), { 'Content-Type': type });
    expect(answer.status).toBe(415);
  });

  test('the check as a function', () => {
    expect(isJsonType(undefined)).toBe(false);
    expect(isJsonType('application/json')).toBe(true);
    expect(isJsonType('application/json;')).toBe(false);
    expect(isJsonType('application/json; boundary=x')).toBe(false);
  });
});

describe('the event stream', () => {
  test.each(['POST', 'PUT', 'DELETE', 'PATCH'])('%s /api/events is a 405', async (method) => {
    const b = await start();
    const answer = await request(b.port, { path: '/api/events', method, headers: jsonHeaders(b), body: '{}' });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET');
  });

  test('GET opens an event stream', async () => {
    const b = await start();
    const status = await new Promise<{ status: number; type: string }>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: b.port, path: '/api/events', headers: base(b) }, (res) => {
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']) });
        req.destroy();
      });
      req.on('error', reject);
    });
    expect(status).toEqual({ status: 200, type: 'text/event-stream' });
  });
});

describe('the token cookie', () => {
  test('is named after the port, HttpOnly and SameSite=Strict', async () => {
    const b = await start();
    const link = await request(b.port, { path: `/?token=${b.token}`, headers: { Host: `127.0.0.1:${b.port}` } });
    expect(link.status).toBe(302);
    const cookie = String(link.headers['set-cookie']);
    expect(cookie.startsWith(`${cookieName(b.port)}=${b.token};`)).toBe(true);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const withCookie = await request(b.port, {
      path: '/api/invoke',
      method: 'POST',
      headers: { Host: `127.0.0.1:${b.port}`, 'Content-Type': 'application/json', Cookie: cookie.split(';')[0]! },
      body: JSON.stringify({ method: 'system.info' }),
    });
    expect(withCookie.status).toBe(200);
  });

  test('the right token under another port’s name (or the old unnumbered name) is refused', async () => {
    const b = await start();
    for (const name of [cookieName(b.port + 1), 'winloop_token', `x${cookieName(b.port)}`]) {
      const answer = await request(b.port, {
        path: '/api/invoke',
        method: 'POST',
        headers: { Host: `127.0.0.1:${b.port}`, 'Content-Type': 'application/json', Cookie: `${name}=${b.token}` },
        body: JSON.stringify({ method: 'system.info' }),
      });
      expect(answer.status, name).toBe(401);
    }
  });
});

describe('the guards', () => {
  test('it listens on 127.0.0.1 only: other addresses of this machine refuse the connection', async () => {
    const b = await start();
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((i) => i !== undefined && !i.internal && i.family === 'IPv4')
      .map((i) => i!.address);
    for (const address of others) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = net.connect(b.port, address);
        socket.on('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(outcome, address).toBe('ECONNREFUSED');
    }
    const ipv6 = await new Promise<string>((resolve) => {
      const socket = net.connect(b.port, '::1');
      socket.on('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(ipv6).not.toBe('connected');
    expect(new URL(b.url).hostname).toBe('127.0.0.1');
  });

  test('no token, a wrong token, a foreign Host or Origin are refused on pages and calls alike', async () => {
    const b = await start();
    const call = JSON.stringify({ method: 'system.info' });
    const cases: [string, Record<string, string>, number][] = [
      ['no token', { Host: `127.0.0.1:${b.port}`, 'Content-Type': 'application/json' }, 401],
      ['a wrong token', jsonHeaders(b, { 'X-Winloop-Token': `${b.token}x` }), 401],
      ['a foreign host', jsonHeaders(b, { Host: 'evil.example' }), 421],
      ['the right host on another port', jsonHeaders(b, { Host: `127.0.0.1:${b.port + 1}` }), 421],
      ['a rebinding name', jsonHeaders(b, { Host: `localhost.evil.example:${b.port}` }), 421],
      ['a foreign origin', jsonHeaders(b, { Origin: 'http://evil.example' }), 403],
      ['an opaque origin', jsonHeaders(b, { Origin: 'null' }), 403],
      ['https on the same host', jsonHeaders(b, { Origin: `https://127.0.0.1:${b.port}` }), 403],
    ];
    for (const [name, headers, status] of cases) {
      const page = await request(b.port, { path: '/', headers });
      const api = await request(b.port, { path: '/api/invoke', method: 'POST', headers, body: call });
      expect([name, page.status, api.status]).toEqual([name, status, status]);
    }
  });

  test.each([
    '/..%2fsecret.txt',
    '/..%2F..%2Fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    `/${path.resolve(os.tmpdir())}/secret.txt`,
  ])('%s never serves a file outside the app', async (target) => {
    const b = await start();
    const answer = await request(b.port, { path: target, headers: base(b) });
    expect(answer.status).toBeLessThan(500);
    expect(answer.body).not.toContain('SECRET-OUTSIDE-THE-APP');
  });

  test('a file inside the app is served with its type; unknown paths get the page', async () => {
    const b = await start();
    const asset = await request(b.port, { path: '/assets/app.js', headers: base(b) });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    const page = await request(b.port, { path: '/some/route', headers: base(b) });
    expect(page.body).toContain('<title>Winloop</title>');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'/);
    const again = await request(b.port, { path: '/', headers: base(b) });
    expect(again.headers['content-security-policy']).not.toBe(csp);
  });
});

describe('the request parsing helpers', () => {
  test('requestUrl keeps the path a path', () => {
    expect(requestUrl('//evil.example/x')?.pathname).toBe('//evil.example/x');
    expect(requestUrl('/a?token=1')?.searchParams.get('token')).toBe('1');
    expect(requestUrl('http://evil.example/')).toBeNull();
    expect(requestUrl('*')).toBeNull();
    expect(requestUrl(undefined)).toBeNull();
  });

  test('parseCall names what is wrong', () => {
    expect(parseCall('{"method":"system.info","input":{"a":1}}')).toEqual({ method: 'system.info', input: { a: 1 } });
    expect(parseCall('null')).toMatch(/must be an object/);
    expect(parseCall('{"input":1}')).toBe('Name a method.');
  });
});

describe('fuzzed requests', () => {
  // Characters Node's client will put in a request target, with percent signs and slashes made likely.
  const pathChar = fc.oneof(
    fc.constantFrom('/', '%', '.', '..', '\\', '%2f', '%2e', '%00', '%zz', '%ff', '?', '#', 'api', 'invoke', 'events'),
    fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 3 }),
  );
  const target = fc.array(pathChar, { maxLength: 12 }).map((parts) => `/${parts.join('')}`);
  const methodNames = ['system.info', 'cases.list', 'cases.create', 'review.summary', 'trash.list', 'nope.nothing'];
  const body = fc.oneof(
    fc.json(),
    fc.string(),
    fc.record({ method: fc.constantFrom(...methodNames), input: fc.jsonValue() }).map((v) => JSON.stringify(v)),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  );
  const headerText = fc.string({
    unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    maxLength: 40,
  });

  test('200 random requests: never a 5xx, and the bridge keeps answering', async () => {
    const b = await start();
    const statuses: number[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH'),
          path: fc.oneof(target, fc.constantFrom('/api/invoke', '/api/events', '/', '/?token=x')),
          body,
          contentType: fc.oneof(fc.constantFrom('application/json', 'text/plain'), headerText),
          withToken: fc.boolean(),
          origin: fc.option(fc.oneof(fc.constant(`http://127.0.0.1:${b.port}`), headerText), { nil: undefined }),
          cookie: fc.option(headerText, { nil: undefined }),
        }),
        async (r) => {
          const headers: Record<string, string> = { Host: `127.0.0.1:${b.port}`, 'Content-Type': r.contentType };
          if (r.withToken) headers['X-Winloop-Token'] = b.token;
          if (r.origin !== undefined) headers.Origin = r.origin;
          if (r.cookie !== undefined) headers.Cookie = r.cookie;
          // The event stream never ends by itself: only its refusals are fuzzed here.
          if (r.method === 'GET' && r.path === '/api/events' && r.withToken && r.origin === undefined) return;
          const sendBody = r.method !== 'GET' && r.method !== 'HEAD';
          const answer = await request(b.port, {
            path: r.path,
            method: r.method,
            headers,
            ...(sendBody ? { body: r.body } : {}),
          });
          statuses.push(answer.status);
          expect(answer.status, `${r.method} ${r.path}`).toBeGreaterThanOrEqual(200);
          expect(answer.status, `${r.method} ${r.path}: ${answer.body}`).toBeLessThan(500);
        },
      ),
      { numRuns: 200, seed: 16 },
    );
    expect(statuses.length).toBeGreaterThan(150);
    expect((await invoke(b, JSON.stringify({ method: 'system.info' }))).status).toBe(200);
  });
});
