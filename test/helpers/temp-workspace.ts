/** A workspace on a fresh temp SQLite file with a typed client over the in-memory transport. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { createMemoryTransport } from '../../electron/transports/memory';
import { openWorkspace, type Workspace } from '../../electron/workspace';
import { createApiClient, type ApiClient } from '../../shared/client';

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winloop-test-'));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function createTestWorkspace(clock: { now: Date } = { now: new Date('2026-03-10T09:00:00.000Z') }): {
  ws: Workspace;
  client: ApiClient;
  file: string;
  events: string[][];
} {
  const file = path.join(tempDir(), 'winloop.db');
  const ws = openWorkspace(file, { migrationsFolder: MIGRATIONS_DIR, mode: 'memory', now: () => clock.now });
  onTestFinished(() => ws.close());
  const client = createApiClient(createMemoryTransport(ws));
  const events: string[][] = [];
  client.on('data.changed', (p) => events.push(p.entities));
  return { ws, client, file, events };
}
