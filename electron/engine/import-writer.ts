/**
 * The writer's half of a CSV import job: a session per job, a chunk per IMMEDIATE transaction (a save waits
 * for one chunk at most), and taking back what a cancelled import committed, a chunk at a time with the saves
 * queued meanwhile let through. The job thread (job-worker.ts) reads the file; the engine (import-job.ts)
 * carries the rows here.
 * Changes with: protocol.ts, import-job.ts, electron/csv/importer.ts.
 */
import type Database from 'better-sqlite3';
import type { ImportSession } from '../csv/importer';
import { sameFileImport } from '../csv/importer';
import type { ImportRow } from '../csv/read';
import { finalReport, newSession, type ImportPlan, type ImportReport } from '../csv/run-import';
import { closeImport, revertChunk } from '../csv/undo';

/** How long one slice of an import holds the write lock: a save waits this long at most. */
const SLICE_MS = 20;
let slice = 50;

const changed = ['cases', 'accounts', 'team', 'competitors', 'vocabulary', 'debrief'] as const;

export function importWriter(
  sqlite: Database.Database,
  now: () => Date,
  announce: (entities: (typeof changed)[number][]) => void,
) {
  const sessions = new Map<string, { session: ImportSession; plan: ImportPlan }>();
  return {
    begin(
      jobId: string,
      plan: ImportPlan,
      force: boolean,
    ): { importId: string } | { sameFile: ImportReport['sameFile'] } {
      const same = sameFileImport(sqlite, plan.fileHash);
      if (same && !force) return { sameFile: same };
      const session = newSession(sqlite, plan, now);
      session.begin();
      sessions.set(jobId, { session, plan });
      return { importId: session.meta.id };
    },
    /**
     * A chunk in slices of about SLICE_MS each, one transaction per slice, yielding between them so the saves
     * and reads queued meanwhile run: a save waits for one slice, not for the whole chunk.
     */
    async chunk(jobId: string, rows: ImportRow[]): Promise<void> {
      const { session } = this.session(jobId);
      let at = 0;
      while (at < rows.length) {
        const started = performance.now();
        session.applyChunk(rows.slice(at, at + slice));
        at += slice;
        const ms = performance.now() - started;
        // Aim each slice at SLICE_MS whatever this machine's speed and this file's rows.
        slice = Math.max(5, Math.min(500, Math.round((slice * SLICE_MS) / Math.max(ms, 0.5))));
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
    finish(jobId: string): ImportReport {
      const { session, plan } = this.session(jobId);
      session.finish({
        read: plan.report.counts.read,
        rejected: plan.report.counts.rejected,
        rejects: plan.report.rejects,
      });
      sessions.delete(jobId);
      announce([...changed]);
      return finalReport(plan.report, session, 'done');
    },
    async abort(jobId: string): Promise<void> {
      const entry = sessions.get(jobId);
      if (!entry) return;
      sessions.delete(jobId);
      const id = entry.session.meta.id;
      while (revertChunk(sqlite, id, now().toISOString()) > 0) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      closeImport(sqlite, id, 'cancelled', now().toISOString());
      announce([...changed]);
    },
    session(jobId: string) {
      const entry = sessions.get(jobId);
      if (!entry) throw new Error('That import is not under way on the writer.');
      return entry;
    },
  };
}
