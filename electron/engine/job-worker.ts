/**
 * A job worker: one thread for one long job that writes its own file (a sample, a backup), so the writer and
 * the readers keep serving the window meanwhile. Cancelling terminates the thread; the engine then removes
 * what it was writing (`.building` names only: the finished file appears by rename, never half-written).
 * Changes with: protocol.ts, jobs.ts, electron/sample/generate.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { JobStart } from '../../shared/contract/jobs';
import { appVersion } from '../paths';
import { buildPreview } from '../csv/preview';
import { IMPORT_CHUNK, notReady, planOf, prepareImport, workspaceCurrency } from '../csv/run-import';
import { readStaged, stagedFiles } from '../csv/staging';
import { openReader } from '../db/open-reader';
import { finishSnapshot, pruneSnapshots } from '../db/snapshots';
import { generateSample } from '../sample/generate';
import { exportTeamFile } from '../team/export';
import { previewMerge } from '../team/apply';
import { mergeOnCopy } from '../team/staged-merge';
import { openOwnCopy } from '../db/client';
import type { MemberMap, MergeReport } from '../../shared/contract/sharing';
import { buildingName, removeBuilding } from './leftovers';
import { teammateWorkDir } from './interrupted';
import type { FromImportReader, FromWorker, JobWorkerData } from './protocol';

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
    } else if (job.kind === 'snapshot') {
      await backup(
        data.file,
        data.target,
        data.nativeBinding,
        (done, total) => progress('copying pages', done, total),
        {
          snapshot: true,
        },
      );
      pruneSnapshots(data.file, job.input.keep);
      post({
        type: 'job-done',
        result: { file: data.target, name: path.basename(data.target), bytes: fs.statSync(data.target).size },
      });
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
    } else if (job.kind === 'team.preview') {
      const report = previewOnCopy(data, job.input, progress);
      post({
        type: 'job-done',
        result: { report: JSON.stringify(report), conflicts: report.conflicts.length, changes: report.changed },
      });
    } else if (job.kind === 'team.merge') {
      if (!data.snapshot) throw new Error('A merge on a copy needs the name of its snapshot.');
      const workDir = teammateWorkDir(data.file);
      fs.mkdirSync(workDir, { recursive: true });
      const merged = mergeOnCopy(
        data.file,
        job.input.file,
        { copy: buildingName(data.target), snapshot: data.snapshot },
        {
          migrationsFolder: data.migrationsFolder,
          workDir,
          onProgress: progress,
          ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}),
          ...(job.input.members ? { members: job.input.members } : {}),
          ...(data.nowIso ? { now: () => new Date(data.nowIso!) } : {}),
        },
      );
      post({
        type: 'job-done',
        result: {
          mergeId: merged.id,
          report: JSON.stringify(merged.report),
          conflicts: merged.report.conflicts.length,
        },
      });
    } else if (job.kind === 'csv.preview') {
      const staged = readStaged(data.file, job.input.stageId);
      const reader = openReader(data.file, data.nativeBinding);
      try {
        const preview = buildPreview(reader.sqlite, staged.bytes, {
          stageId: job.input.stageId,
          fileName: staged.fileName,
          ...(job.input.mapping ? { mapping: job.input.mapping } : {}),
          format: job.input.format,
          currency: workspaceCurrency(reader.sqlite),
          onRead: (done, total) => progress('reading', done, total),
        });
        // Written under a .building name and renamed, so imports.preview never reads half a file.
        const target = stagedFiles(data.file, job.input.stageId).preview;
        fs.writeFileSync(buildingName(target), JSON.stringify(preview));
        fs.renameSync(buildingName(target), target);
        post({
          type: 'job-done',
          result: { stageId: job.input.stageId, read: preview.counts.read, rejected: preview.counts.rejected },
        });
      } finally {
        reader.sqlite.close();
      }
    } else if (job.kind === 'csv.import') {
      await readForWriter(data, job.input, progress);
      post({ type: 'job-done', result: {} });
    } else {
      throw new Error(`${job.kind} runs on the writer, not in a job worker.`);
    }
  } catch (error) {
    post({ type: 'job-failed', error: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * A teammate file's preview, off the writer: the merge run and rolled back on a consistent copy of the database
 * taken from a reader (VACUUM INTO), so saves keep going while it runs — at 100,000 cases a preview takes
 * minutes, and the team folder previews every teammate's file it sees. The copy is a `.building` file beside the
 * database, removed when the preview ends, when it is cancelled, or at the next start after a kill.
 */
function previewOnCopy(
  data: JobWorkerData,
  input: { file: string; members?: MemberMap | undefined },
  progress: (phase: string, done: number, total: number) => void,
): MergeReport {
  const copy = buildingName(data.target);
  progress('copying your data', 0, 2);
  const reader = openReader(data.file, data.nativeBinding);
  try {
    reader.sqlite.prepare('VACUUM INTO ?').run(copy);
  } finally {
    reader.sqlite.close();
  }
  try {
    const opened = openOwnCopy(copy, data.nativeBinding);
    try {
      progress('comparing', 1, 2);
      const workDir = teammateWorkDir(data.file);
      fs.mkdirSync(workDir, { recursive: true });
      return previewMerge(opened.sqlite, input.file, {
        dbFile: data.file,
        migrationsFolder: data.migrationsFolder,
        workDir,
        ...(input.members ? { members: input.members } : {}),
        ...(data.nowIso ? { now: () => new Date(data.nowIso!) } : {}),
      });
    } finally {
      opened.close();
    }
  } finally {
    removeBuilding(data.target);
  }
}

/**
 * A CSV import's reading half: the file read and converted here, then its plan and its rows sent straight to
 * the writer over the port the engine gave this thread, two chunks in flight at most (the rest stay on this
 * thread's heap, not on the writer's or the main thread's). A failure is told to the writer too, so it takes
 * back what it wrote; the main thread hears it through `job-failed`.
 */
async function readForWriter(
  data: JobWorkerData,
  input: Extract<ReturnType<typeof JobStart.parse>, { kind: 'csv.import' }>['input'],
  progress: (phase: string, done: number, total: number) => void,
): Promise<void> {
  const port = data.port;
  if (!port) throw new Error('The import has no line to the writer.');
  const send = (message: FromImportReader) => port.postMessage(message);
  try {
    const staged = readStaged(data.file, input.stageId);
    const reader = openReader(data.file, data.nativeBinding);
    let currency: string;
    try {
      currency = workspaceCurrency(reader.sqlite);
    } finally {
      reader.sqlite.close();
    }
    const prepared = prepareImport(staged.bytes, {
      ...(input.mapping ? { mapping: input.mapping } : {}),
      format: input.format,
      currency,
      onRead: (done, total) => progress('reading', done, total),
    });
    const problem = notReady(prepared);
    if (problem) throw new Error(problem);
    const rows = prepared.read.rows;
    prepared.read.rows = [];
    send({ type: 'plan', plan: planOf(prepared, staged.fileName) });
    let credit = 2;
    let release: (() => void) | null = null;
    port.on('message', (message: { type: string }) => {
      if (message.type !== 'ack') return;
      credit++;
      release?.();
    });
    for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
      while (credit === 0) await new Promise<void>((resolve) => (release = resolve));
      credit--;
      send({ type: 'rows', rows: rows.slice(i, i + IMPORT_CHUNK) });
    }
    send({ type: 'end' });
  } catch (error) {
    send({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
    throw error;
  } finally {
    // Keeps the thread alive no longer than its work: the writer acknowledges the last chunks to nobody.
    port.unref();
  }
}

/** SQLite's online backup from a read-only connection: a consistent copy while the app keeps writing. */
async function backup(
  file: string,
  target: string,
  nativeBinding: string | undefined,
  onProgress: (done: number, total: number) => void,
  as: { snapshot?: boolean } = {},
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
  // A snapshot is made a single checked file before its name appears: one that is listed is one that opens.
  if (as.snapshot) finishSnapshot(target, nativeBinding);
  else fs.renameSync(building, target);
}
