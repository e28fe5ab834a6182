/**
 * Sharing by file as this window sees it: the merge history, a preview of a teammate's file, and the jobs that
 * export, merge and undo (they run in the engine; this store waits for their end through the jobs store).
 * Changes with: shared/contract/sharing.ts, shared/contract/jobs.ts (team.* kinds).
 */
import { create } from 'zustand';
import type { JobInfo, JobStart } from '../../../shared/contract/jobs';
import type { MemberMap, MergeHistoryEntry, MergeReport } from '../../../shared/contract/sharing';
import { api } from '../../api/client';
import { useJobs } from '../jobs/use-jobs';

/** Starts a job and resolves with it once it has ended, however it ended. */
async function runJob(job: JobStart): Promise<JobInfo> {
  const started = await useJobs.getState().start(job);
  const ended = (jobs: JobInfo[]) => jobs.find((j) => j.id === started.id && j.state !== 'running');
  return new Promise((resolve) => {
    const now = ended(useJobs.getState().jobs);
    if (now) return resolve(now);
    const stop = useJobs.subscribe((s) => {
      const done = ended(s.jobs);
      if (done) {
        stop();
        resolve(done);
      }
    });
  });
}

function failed(job: JobInfo): string | null {
  if (job.state === 'failed') return job.error ?? 'The job failed.';
  if (job.state === 'cancelled') return 'Cancelled.';
  return null;
}

/** A team member of the file that more than one member here could be: the merge waits for the seller's answer. */
export type MemberQuestion = MergeReport['ambiguous'][number] & {
  id: string;
  candidates: { id: string; name: string; cases: number }[];
};

interface Preview {
  file: string;
  report: MergeReport;
  /** Asked by the first preview; answering one previews again with every answer so far. */
  questions: MemberQuestion[];
  answers: MemberMap;
}

const questionsOf = (report: MergeReport): MemberQuestion[] =>
  report.ambiguous.filter(
    (a): a is MemberQuestion => a.table === 'team_members' && a.id !== undefined && (a.candidates?.length ?? 0) > 0,
  );

interface SharingState {
  history: MergeHistoryEntry[];
  preview: Preview | null;
  busy: boolean;
  error: string | null;
  notice: string | null;
  loadHistory: () => Promise<void>;
  exportFile: (out: string, withoutPrivate: boolean, anonymise: boolean) => Promise<void>;
  previewFile: (file: string) => Promise<void>;
  /** Which member here the file's member `id` is (or `new`); the preview is taken again with the answer. */
  answer: (id: string, choice: string) => Promise<void>;
  mergePreviewed: () => Promise<void>;
  undo: (mergeId: string) => Promise<void>;
  keepOther: (mergeId: string, conflict: number) => Promise<void>;
  clearPreview: () => void;
}

export const useSharing = create<SharingState>((set, get) => {
  async function guarded(work: () => Promise<void>) {
    set({ busy: true, error: null, notice: null });
    try {
      await work();
    } catch (e) {
      set({ error: (e as Error).message });
    } finally {
      set({ busy: false });
    }
  }
  return {
    history: [],
    preview: null,
    busy: false,
    error: null,
    notice: null,
    async loadHistory() {
      try {
        set({ history: await api.call('sharing.history', {}) });
      } catch (e) {
        set({ error: (e as Error).message });
      }
    },
    exportFile: (out, withoutPrivate, anonymise) =>
      guarded(async () => {
        const job = await runJob({ kind: 'team.export', input: { out, withoutPrivate, anonymise } });
        const problem = failed(job);
        if (problem) throw new Error(problem);
        const cases = Number(job.result?.cases ?? 0);
        set({ notice: `Exported ${cases} case${cases === 1 ? '' : 's'} to ${String(job.result?.file)}.` });
      }),
    previewFile: (file) =>
      guarded(async () => {
        set({ preview: null });
        const job = await runJob({ kind: 'team.preview', input: { file } });
        const problem = failed(job);
        if (problem) throw new Error(problem);
        const report = JSON.parse(String(job.result?.report)) as MergeReport;
        set({ preview: { file, report, questions: questionsOf(report), answers: {} } });
      }),
    answer: (id, choice) =>
      guarded(async () => {
        const preview = get().preview;
        if (!preview) return;
        const answers = { ...preview.answers, [id]: choice };
        set({ preview: { ...preview, answers } });
        const job = await runJob({ kind: 'team.preview', input: { file: preview.file, members: answers } });
        const problem = failed(job);
        if (problem) throw new Error(problem);
        const report = JSON.parse(String(job.result?.report)) as MergeReport;
        const current = get().preview;
        // Another answer may have been given meanwhile: only the preview of the latest answers is kept.
        if (current?.file === preview.file && current.answers === answers) set({ preview: { ...current, report } });
      }),
    mergePreviewed: () =>
      guarded(async () => {
        const preview = get().preview;
        if (!preview) return;
        const job = await runJob({ kind: 'team.merge', input: { file: preview.file, members: preview.answers } });
        const problem = failed(job);
        if (problem) throw new Error(problem);
        set({ preview: null, notice: `Merged ${preview.report.from.memberName || preview.report.from.fileName}.` });
        await get().loadHistory();
      }),
    undo: (mergeId) =>
      guarded(async () => {
        const job = await runJob({ kind: 'team.undo', input: { mergeId } });
        const problem = failed(job);
        if (problem) throw new Error(problem);
        if (job.result?.undone !== true) throw new Error(String(job.result?.reason));
        set({ notice: 'The merge was undone: every row is as it was before it.' });
        await get().loadHistory();
      }),
    keepOther: (mergeId, conflict) =>
      guarded(async () => {
        const entry = await api.call('sharing.keepOther', { mergeId, conflict });
        set({ history: get().history.map((e) => (e.id === entry.id ? entry : e)) });
      }),
    clearPreview: () => set({ preview: null }),
  };
});
