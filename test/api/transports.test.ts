import http from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import { api } from '../../shared/api';
import { handlers } from '../../electron/services/index';
import { startBridge, type Bridge } from '../../electron/transports/http-bridge';
import { createTestWorkspace } from '../helpers/temp-workspace';

let bridge: Bridge | null = null;
afterEach(async () => {
  await bridge?.close();
  bridge = null;
});

function raw(port: number, opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('the contract', () => {
  test('every method is domain.verb with a doc and a handler', () => {
    for (const [name, spec] of Object.entries(api)) {
      expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      expect(spec.doc.length).toBeGreaterThan(10);
      expect(typeof handlers[name as keyof typeof handlers]).toBe('function');
    }
  });

  test('an unknown method is an error envelope, not a crash', async () => {
    const { ws } = createTestWorkspace();
    expect(await ws.dispatch('cases.explode', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });
});

describe('the loopback bridge', () => {
  async function start() {
    const { ws } = createTestWorkspace();
    bridge = await startBridge({ workspace: ws, port: 0 });
    return bridge;
  }
  const json = (b: Bridge, extra: Record<string, string> = {}) => ({
    Host: `127.0.0.1:${b.port}`,
    'Content-Type': 'application/json',
    'X-Winloop-Token': b.token,
    ...extra,
  });

  test('calls go through the same dispatch and return envelopes', async () => {
    const b = await start();
    const body = JSON.stringify({ method: 'cases.create', input: { title: 'Fleet', accountName: 'Acme' } });
    const created = await raw(b.port, { path: '/api/invoke', method: 'POST', headers: json(b), body });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { title: 'Fleet', accountName: 'Acme' } });
    const bad = await raw(b.port, {
      path: '/api/invoke',
      method: 'POST',
      headers: json(b),
      body: JSON.stringify({ method: 'cases.create', input: {} }),
    });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  test('no token, a foreign host or origin, and non-JSON bodies are refused', async () => {
    const b = await start();
    const body = JSON.stringify({ method: 'system.info', input: {} });
    const noToken = await raw(b.port, {
      path: '/api/invoke',
      method: 'POST',
      headers: { ...json(b), 'X-Winloop-Token': '' },
      body,
    });
    expect(noToken.status).toBe(401);
    expect(
      (await raw(b.port, { path: '/api/invoke', method: 'POST', headers: json(b, { Host: 'evil.example' }), body }))
        .status,
    ).toBe(421);
    expect(
      (
        await raw(b.port, {
          path: '/api/invoke',
          method: 'POST',
          headers: json(b, { Origin: 'http://evil.example' }),
          body,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await raw(b.port, {
          path: '/api/invoke',
          method: 'POST',
          headers: json(b, { 'Content-Type': 'text/plain' }),
          body,
        })
      ).status,
    ).toBe(415);
  });

  test('the printed link swaps its token for an HttpOnly cookie that then works', async () => {
    const b = await start();
    const wrong = await raw(b.port, { path: '/?token=nope', headers: { Host: `127.0.0.1:${b.port}` } });
    expect(wrong.status).toBe(401);
    const link = await raw(b.port, { path: `/?token=${b.token}`, headers: { Host: `127.0.0.1:${b.port}` } });
    expect(link.status).toBe(302);
    const cookie = String(link.headers['set-cookie']).split(';')[0] ?? '';
    expect(String(link.headers['set-cookie'])).toContain('HttpOnly');
    const info = await raw(b.port, {
      path: '/api/invoke',
      method: 'POST',
      headers: { Host: `127.0.0.1:${b.port}`, 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify({ method: 'system.info', input: {} }),
    });
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { mode: 'memory' } });
  });
});
