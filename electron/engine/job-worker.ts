/**
 * A job worker: one thread for one long job that writes its own file (a sample, a backup), so the writer and
 * the readers keep serving the window meanwhile. Cancelling terminates the thread; the engine then removes
 * what it was writing (`.building` names only: the finished file appears by rename, never half-written).
 * Changes with: protocol.ts, jobs.ts, electron/sample/generate.ts.
 */
import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { JobStart } from '../../shared/contract/jobs';
import { appVersion } from '../paths';
import { generateSample } from '../sample/generate';
import { exportTeamFile } from '../team/export';
import { buildingName } from './leftovers';
import type { FromWorker, JobWorkerData } from './protocol';

const PROGRESS_EVERY_MS = 100;

export async function runJobWorker(data: JobWorkerData): Promise<void> {
  const port = parentPort!;
  const post = (message: FromWorker) => port.postMessage(message);
  let reported = 0;
  const progress = (phase: string, done: number, total: number) => {
    const now = Date.now();
    if (now - reported < PROGRESS_EVERY_MS && done < total && done > 0) return;
    reported = now;
    post({ type: 'progress', jobId: data.jobId, phase, done, total });
  };
  try {
    const job = JobStart.parse({ kind: data.kind, input: data.input });
    if (job.kind === 'sample') {
      const built = generateSample(data.target, {
        cases: job.input.cases,
        seed: job.input.seed,
        ...(data.nowIso ? { today: data.nowIso.slice(0, 10) } : {}),
        migrationsFolder: data.migrationsFolder,
        ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}),
        building: buildingName(data.target),
        onProgress: (done, total, phase) => progress(phase ?? 'cases', done, total),
      });
      post({ type: 'job-done', result: { dbPath: built.dbPath, cases: built.cases } });
    } else if (job.kind === 'backup') {
      await backup(data.file, data.target, data.nativeBinding, (done, total) => progress('copying pages', done, total));
      post({ type: 'job-done', result: { file: data.target } });
    } else if (job.kind === 'team.export') {
      progress('copying', 0, 1);
      const exported = exportTeamFile(data.file, data.target, {
        appVersion: appVersion(),
        withoutPrivate: job.input.withoutPrivate,
        anonymise: job.input.anonymise,
        ...(data.nowIso ? { now: new Date(data.nowIso) } : {}),
        ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}),
      });
      post({
        type: 'job-done',
        result: { file: exported.file, bytes: exported.bytes, cases: exported.counts.cases ?? 0 },
      });
    } else {
      throw new Error(`${job.kind} runs on the writer, not in a job worker.`);
    }
  } catch (error) {
    post({ type: 'job-failed', error: error instanceof Error ? error.message : String(error) });
  }
}

/** SQLite's online backup from a read-only connection: a consistent copy while the app keeps writing. */
async function backup(
  file: string,
  target: string,
  nativeBinding: string | undefined,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  const building = buildingName(target);
  const source = new Database(file, {
    readonly: true,
    fileMustExist: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    await source.backup(building, {
      progress({ totalPages, remainingPages }) {
        onProgress(totalPages - remainingPages, totalPages);
        // Pages per step: small steps let the writer commit between them.
        return 256;
      },
    });
  } finally {
    source.close();
  }
  if (fs.existsSync(target)) throw new Error(`${target} already exists; a backup never replaces a file.`);
  fs.renameSync(building, target);
}
