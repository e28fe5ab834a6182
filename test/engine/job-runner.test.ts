/**
 * The job registry's cancel: a driver that can still stop ends cancelled; one past its point of no return (a
 * merge being put in place) says so, and its job ends as what it did rather than claiming a cancel.
 */
import { expect, test } from 'vitest';
import { JobRunner, type JobDriver, type JobResult } from '../../electron/engine/jobs';

function driver(cancellable: boolean): JobDriver & { finish(result: JobResult): void } {
  let settle: (result: JobResult | null) => void = () => undefined;
  return {
    run: () => new Promise((resolve) => (settle = resolve)),
    cancel() {
      if (!cancellable) return false;
      settle(null);
    },
    finish: (result) => settle(result),
  };
}

test('a cancel a driver accepts ends the job cancelled', async () => {
  const jobs = new JobRunner(() => undefined);
  const job = jobs.start('team.merge', 'Merging', driver(true));
  jobs.cancel(job.id);
  expect((await jobs.wait(job.id)).state).toBe('cancelled');
});

test('a cancel refused past the point of no return leaves the job to end done, with its result', async () => {
  const jobs = new JobRunner(() => undefined);
  const late = driver(false);
  const job = jobs.start('team.merge', 'Merging', late);
  jobs.cancel(job.id);
  late.finish({ mergeId: 'm1' });
  expect(await jobs.wait(job.id)).toMatchObject({ state: 'done', result: { mergeId: 'm1' } });
});
