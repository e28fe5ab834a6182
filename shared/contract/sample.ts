import { z } from 'zod';
import { method, mutation } from './define';

export const SampleRequest = z.object({
  cases: z.int().min(10, { error: 'At least 10 cases' }).max(100_000, { error: 'At most 100,000 cases' }).default(600),
  seed: z
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(42),
});

/** What one call may build while the caller waits; anything bigger is a job with progress and Cancel. */
export const SAMPLE_OPEN_MAX = 2_000;

export const sampleApi = {
  'sample.open': mutation(
    'Generate a sample database in a separate file and switch this window to it (real data is never touched).',
    SampleRequest.extend({
      cases: SampleRequest.shape.cases.refine((n) => n <= SAMPLE_OPEN_MAX, {
        error: `Samples over ${SAMPLE_OPEN_MAX.toLocaleString('en')} cases are built as a job: jobs.start({ kind: "sample" })`,
      }),
    }),
    z.object({ dbPath: z.string(), cases: z.int() }),
    [],
  ),
  'workspace.status': method(
    'Whether "back to my data" leads anywhere: false when this window was opened on the sample file itself.',
    z.object({}).strict(),
    z.object({ canGoBack: z.boolean() }),
  ),
  'workspace.openDefault': mutation(
    'Switch back from a sample to your own database.',
    z.object({}).strict(),
    z.object({ dbPath: z.string() }),
    [],
  ),
};
