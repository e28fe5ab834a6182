/**
 * A CSV import as a job, across three threads: a job thread reads and converts the file (seconds of CPU for
 * 100,000 rows, so neither the window nor the writer waits for it), the main thread carries its chunks of rows
 * to the writer one at a time, and the writer applies each in its own transaction, so a save waits for one
 * chunk at most. Cancel stops the reading thread at once, lets the chunk in flight finish, then has the writer
 * take back every chunk this import committed: nothing half-written is left, and the history says cancelled.
 * Changes with: protocol.ts, import-writer.ts, job-worker.ts.
 */
import type { ImportRow } from '../csv/read';
import type { ImportPlan, ImportReport } from '../csv/run-import';
import type { JobDriver, JobResult } from './jobs';
import type { FromWorker, JobWorkerData } from './protocol';
import { startWorker, type WorkerLink } from './worker-link';

export function importDriver(
  workerScript: string,
  data: JobWorkerData,
  writer: WorkerLink,
  input: { force: boolean },
): JobDriver {
  let link: WorkerLink | null = null;
  let cancelled = false;
  let wake: (() => void) | null = null;
  const writerJob = `import-${data.jobId}`;
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  return {
    run: (report) =>
      new Promise<JobResult | null>((resolve, reject) => {
        let plan: ImportPlan | null = null;
        let begun = false;
        let readDone = false;
        let total = 0;
        let written = 0;
        const queue: ImportRow[][] = [];
        const state: { failed: Error | null } = { failed: null };
        /** Read through a call: the flag is set by message handlers while the pump awaits. */
        const stopIfFailed = () => {
          if (state.failed) throw state.failed;
        };

        const ask = async (message: Parameters<WorkerLink['request']>[0]): Promise<unknown> => {
          const envelope = await writer.request(message);
          if (!envelope.ok) throw new Error(envelope.error.message);
          return envelope.value;
        };
        const waitForWork = () =>
          new Promise<void>((r) => {
            wake = r;
          });

        async function pump(): Promise<void> {
          while (!plan && !state.failed && !cancelled) await waitForWork();
          stopIfFailed();
          if (cancelled || !plan) return;
          const begin = (await ask({ type: 'import-begin', jobId: writerJob, plan, force: input.force })) as
            { importId: string } | { sameFile: NonNullable<ImportReport['sameFile']> };
          if ('sameFile' in begin) {
            void link?.terminate();
            resolve({
              status: 'already_imported',
              sameFileId: begin.sameFile.id,
              sameFileName: begin.sameFile.fileName,
            });
            return;
          }
          begun = true;
          for (;;) {
            if (cancelled) break;
            const rows = queue.shift();
            if (rows) {
              await ask({ type: 'import-chunk', jobId: writerJob, rows });
              link?.worker.postMessage({ type: 'import-ack' });
              written += rows.length;
              report('writing', written, total);
              continue;
            }
            stopIfFailed();
            if (readDone) break;
            await waitForWork();
          }
          if (cancelled) {
            await ask({ type: 'import-abort', jobId: writerJob });
            resolve(null);
            return;
          }
          const done = (await ask({ type: 'import-finish', jobId: writerJob })) as ImportReport;
          resolve({
            status: 'done',
            importId: done.importId,
            read: done.counts.read,
            imported: done.counts.imported,
            updated: done.counts.updated,
            unchanged: done.counts.unchanged,
            rejected: done.counts.rejected,
          });
        }

        link = startWorker(workerScript, data, (message: FromWorker) => {
          if (message.type === 'progress') report(message.phase, message.done, message.total);
          else if (message.type === 'import-plan') {
            plan = message.plan;
            total = message.plan.report.counts.read - message.plan.report.counts.rejected;
            report('writing', 0, total);
          } else if (message.type === 'import-rows') queue.push(message.rows);
          else if (message.type === 'job-done') readDone = true;
          else if (message.type === 'job-failed') state.failed = new Error(message.error);
          poke();
        });
        link.worker.on('exit', () => {
          if (!readDone && !cancelled && !state.failed) state.failed = new Error('The import stopped unexpectedly.');
          poke();
        });
        link.worker.on('error', (error) => {
          state.failed = error;
          poke();
        });
        pump().catch(async (error: unknown) => {
          // A chunk that failed rolled back alone; the ones before it are taken back too.
          if (begun) await ask({ type: 'import-abort', jobId: writerJob }).catch(() => undefined);
          reject(error instanceof Error ? error : new Error(String(error)));
        });
      }).finally(() => void link?.terminate()),
    cancel() {
      cancelled = true;
      if (link) void link.terminate();
      poke();
    },
  };
}
