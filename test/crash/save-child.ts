/**
 * The process the kill tests kill: it opens a database through the engine, as the app does, and works until it
 * is killed, reporting on stdout (a pipe, written synchronously on Linux and macOS) each save the engine
 * acknowledged. Modes: `saves` creates and edits cases; `sample` starts a sample job; `rebuild` starts the
 * derived-table rebuild. Run as `node --import tsx test/crash/save-child.ts MODE DB [ROUND] [create]`.
 * Changes with: test/crash/kill.test.ts, test/crash/kill-harness.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startEngine } from '../../electron/engine/engine';
import { ENGINE_WORKER_SCRIPT, MIGRATIONS_DIR } from '../../electron/node-paths';
import { expectedCase } from './expected-case';

const [mode, file, round = '0', create] = process.argv.slice(2) as [
  'saves' | 'sample' | 'rebuild' | 'import' | 'merge' | 'snapshot',
  string,
  string?,
  string?,
];
const say = (line: string) => process.stdout.write(`${line}\n`);

const engine = await startEngine(file, {
  migrationsFolder: MIGRATIONS_DIR,
  workerScript: ENGINE_WORKER_SCRIPT,
  mode: 'memory',
  // The kill tests start from a file made beforehand, except the one that kills the first start itself.
  create: create === 'create',
  snapshots: false,
  readers: 1,
  places: {
    defaultDbPath: file,
    sampleDir: path.join(path.dirname(file), 'samples'),
    migrationsFolder: MIGRATIONS_DIR,
  },
});
engine.events.subscribe((event, payload) => {
  const progress = payload as { done: number; phase: string };
  if (event === 'job.progress' && progress.done > 0) say('job');
  // The import's rows are being written: its chunks commit one by one from here on.
  if (event === 'job.progress' && progress.phase === 'writing' && progress.done > 0) say('writing');
});
say('ready');

async function call(method: string, input: unknown): Promise<{ id: string }> {
  const envelope = await engine.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as { id: string };
}

if (mode === 'saves') {
  const mine: { id: string; key: string }[] = [];
  for (let n = 0; ; n++) {
    const key = `${round}-${n}`;
    // Every third save edits a case made earlier in this round (an autosave), the others log a new one.
    if (n % 3 === 2 && mine.length > 0) {
      const { id, key: itsKey } = mine[n % mine.length]!;
      const version = n;
      say(`sent ${id} ${version}`);
      const { notes } = expectedCase(itsKey, version);
      await call('cases.update', { id, patch: { notes } });
      say(`ack ${id} ${version}`);
    } else {
      const wanted = expectedCase(key, 0);
      const created = await call('cases.create', { ...wanted, accountName: 'Kill test' });
      mine.push({ id: created.id, key });
      say(`new ${created.id} ${key}`);
    }
  }
} else if (mode === 'sample') {
  await call('jobs.start', { kind: 'sample', input: { cases: 20_000, seed: 5 } });
  say('started');
} else if (mode === 'import') {
  // ROUND is the CSV file here: staged in one go, then imported as the Import page does.
  const bytes = fs.readFileSync(round);
  const size = 64 * 1024;
  let stageId: string | undefined;
  for (let at = 0; at < bytes.length; at += size) {
    const chunk = bytes.subarray(at, at + size).toString('base64');
    const staged = (await call('imports.stage', {
      stageId,
      fileName: path.basename(round),
      chunk,
      last: at + size >= bytes.length,
    })) as unknown as { stageId: string };
    stageId = staged.stageId;
  }
  await call('jobs.start', { kind: 'csv.import', input: { stageId, mapping: JSON.parse(create!) as unknown } });
  say('started');
} else if (mode === 'merge') {
  // ROUND is the teammate's file here.
  await call('jobs.start', { kind: 'team.merge', input: { file: round } });
  say('started');
} else if (mode === 'snapshot') {
  await call('jobs.start', { kind: 'snapshot', input: {} });
  say('started');
} else {
  await call('jobs.start', { kind: 'derived.rebuild', input: {} });
  say('started');
}
