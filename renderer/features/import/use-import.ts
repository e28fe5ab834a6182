/**
 * The import page's state: the staged file, its preview under the mapping being edited (re-read as a job a
 * moment after each change), the import job and its report, and the history. Files go up in chunks so any
 * size fits under the bridge's body cap.
 * Changes with: shared/contract/imports.ts, electron/services/imports.ts, electron/engine/import-job.ts.
 */
import { create } from 'zustand';
import {
  STAGE_CHUNK_BYTES,
  type ImportSummary,
  type Mapping,
  type Preview,
  type Reject,
} from '../../../shared/contract/imports';
import type { JobInfo } from '../../../shared/contract/jobs';
import { api } from '../../api/client';
import { useJobs } from '../jobs/use-jobs';

export interface ImportReport {
  summary: ImportSummary;
  rejects: Reject[];
  csv: string;
}

interface ImportState {
  stageId: string | null;
  fileName: string | null;
  preview: Preview | null;
  mapping: Mapping | null;
  force: boolean;
  reading: boolean;
  importing: boolean;
  error: string | null;
  report: ImportReport | null;
  notice: string | null;
  history: ImportSummary[];
  pick: (file: File) => Promise<void>;
  setMapping: (mapping: Mapping) => void;
  setForce: (force: boolean) => void;
  run: () => Promise<void>;
  saveMapping: () => Promise<void>;
  loadHistory: () => Promise<void>;
  showReport: (id: string) => Promise<void>;
  undo: (id: string) => Promise<void>;
  reset: () => void;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Resolves when a job has ended, from the job events the tray also listens to. */
function ended(job: JobInfo): Promise<JobInfo> {
  if (job.state !== 'running') return Promise.resolve(job);
  return new Promise((resolve) => {
    const off = api.on('job.progress', (info) => {
      if (info.id === job.id && info.state !== 'running') {
        off();
        resolve(info);
      }
    });
    // The event may have gone by before the listener was on.
    void api.call('jobs.list', {}).then((jobs) => {
      const now = jobs.find((j) => j.id === job.id);
      if (now && now.state !== 'running') {
        off();
        resolve(now);
      }
    });
  });
}

let previewTimer: ReturnType<typeof setTimeout> | null = null;
/** The mapping of an import that was cancelled or failed, offered again when the same columns come back. */
let retry: { signature: string; mapping: Mapping | null } | null = null;
let previewSeq = 0;

export const useImport = create<ImportState>((set, get) => {
  async function preview(mapping: Mapping | null): Promise<void> {
    const { stageId } = get();
    if (!stageId) return;
    const seq = ++previewSeq;
    set({ reading: true, error: null });
    try {
      const job = await api.call('jobs.start', {
        kind: 'csv.preview',
        input: { stageId, ...(mapping ? { mapping } : {}) },
      });
      const done = await ended(job);
      // Previews are the page's own business: the tray keeps the imports.
      useJobs.getState().dismiss(job.id);
      if (seq !== previewSeq) return;
      if (done.state !== 'done') throw new Error(done.error ?? 'The file could not be read.');
      const result = await api.call('imports.preview', { stageId });
      set({ preview: result, mapping: mapping ?? result.mapping, reading: false });
    } catch (e) {
      if (seq === previewSeq) set({ reading: false, error: (e as Error).message });
    }
  }

  return {
    stageId: null,
    fileName: null,
    preview: null,
    mapping: null,
    force: false,
    reading: false,
    importing: false,
    error: null,
    report: null,
    notice: null,
    history: [],
    async pick(file) {
      set({
        stageId: null,
        fileName: file.name,
        preview: null,
        mapping: null,
        report: null,
        error: null,
        force: false,
        reading: true,
        notice: null,
      });
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        let stageId: string | undefined;
        for (let at = 0; at < bytes.length || stageId === undefined; at += STAGE_CHUNK_BYTES) {
          const chunk = toBase64(bytes.subarray(at, at + STAGE_CHUNK_BYTES));
          const last = at + STAGE_CHUNK_BYTES >= bytes.length;
          ({ stageId } = await api.call('imports.stage', {
            ...(stageId ? { stageId } : {}),
            fileName: file.name,
            chunk,
            last,
          }));
        }
        set({ stageId });
        await preview(null);
        const again = retry;
        retry = null;
        if (again?.mapping && get().preview?.signature === again.signature) await preview(again.mapping);
      } catch (e) {
        set({ reading: false, error: (e as Error).message });
      }
    },
    setMapping(mapping) {
      set({ mapping });
      if (previewTimer) clearTimeout(previewTimer);
      previewTimer = setTimeout(() => void preview(mapping), 350);
    },
    setForce(force) {
      set({ force });
    },
    async run() {
      const { stageId, mapping, force, preview } = get();
      if (!stageId) return;
      set({ importing: true, error: null, report: null, notice: null });
      try {
        const job = await useJobs.getState().start({
          kind: 'csv.import',
          input: { stageId, ...(mapping ? { mapping } : {}), force },
        });
        const done = await ended(job);
        // A cancelled or failed import takes its staged file with it: the mapping waits for the file again.
        if (done.state !== 'done') retry = preview ? { signature: preview.signature, mapping: get().mapping } : null;
        if (done.state === 'cancelled') {
          set({
            importing: false,
            stageId: null,
            preview: null,
            notice: 'The import was cancelled: nothing it had written was kept. Pick the file again to import it.',
          });
          return;
        }
        if (done.state !== 'done') {
          set({ stageId: null, preview: null });
          throw new Error(
            `${done.error ?? 'The import failed.'} Nothing it had written was kept; pick the file again.`,
          );
        }
        if (done.result?.status === 'already_imported') {
          set({
            importing: false,
            notice: `This file was imported before (${String(done.result.sameFileName)}); nothing was changed.`,
          });
          return;
        }
        await get().loadHistory();
        await get().showReport(String(done.result?.importId));
        set({ importing: false, stageId: null, preview: null, mapping: null });
      } catch (e) {
        set({ importing: false, error: (e as Error).message });
      }
    },
    async saveMapping() {
      const { preview: p, mapping } = get();
      if (!p || !mapping) return;
      await api.call('imports.saveMapping', { signature: p.signature, mapping });
      set({ notice: 'Mapping saved: files with these columns will use it.' });
    },
    async loadHistory() {
      set({ history: await api.call('imports.list', {}) });
    },
    async showReport(id) {
      const summary = get().history.find((h) => h.id === id);
      if (!summary) return;
      const { rejects, csv } = await api.call('imports.rejects', { id });
      set({ report: { summary, rejects, csv } });
    },
    async undo(id) {
      try {
        const summary = await api.call('imports.undo', { id });
        await get().loadHistory();
        set({
          notice: `Undone: ${summary.fileName}. Cases it added are gone (any you had worked on are in the Trash).`,
          report: get().report?.summary.id === id ? null : get().report,
        });
      } catch (e) {
        set({ error: (e as Error).message });
      }
    },
    reset() {
      set({ stageId: null, fileName: null, preview: null, mapping: null, report: null, error: null, notice: null });
    },
  };
});
