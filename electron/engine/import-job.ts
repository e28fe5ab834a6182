/**
 * A CSV import as a job, across three threads: a job thread reads and converts the file (seconds of CPU for
 * 100,000 rows, so neither the window nor the writer waits for it) and sends its rows straight to the writer
 * over a port of their own; the writer applies them a slice per transaction (import-writer.ts). The main
 * thread only starts the two, hears progress and asks for a cancel: no row and no reject list crosses it.
 * Cancel terminates the reading thread and has the writer take back every chunk this import committed:
 * nothing half-written is left, and the history says cancelled.
 * Changes with: protocol.ts, import-writer.ts, job-worker.ts.
 */
import { MessageChannel } from 'node:worker_threads';
import type { JobDriver, JobResult } from './jobs';
import type { FromWorker, ImportOutcome, JobWorkerData } from './protocol';
import { startWorker, type WorkerLink } from './worker-link';

export function importDriver(
  workerScript: string,
  data: JobWorkerData,
  writer: WorkerLink,
  input: { force: boolean },
): JobDriver {
  let link: WorkerLink | null = null;
  let cancelled = false;
  const writerJob = `import-${data.jobId}`;
  return {
    async run(report) {
      const { port1: readerEnd, port2: writerEnd } = new MessageChannel();
      // Set by the thread's handlers while `run` awaits the writer.
      const state: { failed: Error | null } = { failed: null };
      let readDone = false;
      const progress = (message: FromWorker) => {
        if (message.type === 'progress' && message.jobId === writerJob)
          report(message.phase, message.done, message.total);
      };
      writer.worker.on('message', progress);
      try {
        const ended = writer.request({ type: 'import', jobId: writerJob, force: input.force, port: writerEnd }, [
          writerEnd,
        ]);
        link = startWorker(
          workerScript,
          { ...data, port: readerEnd },
          (message) => {
            if (message.type === 'progress') report(message.phase, message.done, message.total);
            else if (message.type === 'job-done') readDone = true;
            else if (message.type === 'job-failed') state.failed ??= new Error(message.error);
          },
          [readerEnd],
        );
        link.worker.on('error', (error) => (state.failed ??= error));
        link.worker.on('exit', () => {
          if (!readDone && !cancelled) state.failed ??= new Error('The import stopped unexpectedly.');
        });
        const envelope = await ended;
        if (cancelled) return null;
        // The reading thread's own words say more than the writer's "it failed".
        if (state.failed) throw state.failed;
        if (!envelope.ok) throw new Error(envelope.error.message);
        return resultOf(envelope.value as ImportOutcome);
      } finally {
        writer.worker.off('message', progress);
        void link?.terminate();
      }
    },
    cancel() {
      cancelled = true;
      writer.send({ type: 'cancel', jobId: writerJob });
      if (link) void link.terminate();
    },
  };
}

function resultOf(outcome: ImportOutcome): JobResult | null {
  if (outcome.status === 'cancelled') return null;
  if (outcome.status === 'already_imported') {
    return { status: 'already_imported', sameFileId: outcome.sameFile.id, sameFileName: outcome.sameFile.fileName };
  }
  const { importId, counts } = outcome.report;
  return {
    status: 'done',
    importId,
    read: counts.read,
    imported: counts.imported,
    updated: counts.updated,
    unchanged: counts.unchanged,
    rejected: counts.rejected,
  };
}
