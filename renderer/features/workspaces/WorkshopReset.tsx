/**
 * Reset workshop: a fresh sample in a new file of its own (never the open file, never an earlier workshop),
 * built as a job whose progress shows in the jobs tray; the window moves to the new file when it is done.
 * Changes with: shared/contract/jobs.ts (the sample job's `workshop`), electron/engine/engine.ts (workshopFile).
 */
import { useState } from 'react';
import { useJobs } from '../jobs/use-jobs';
import { RefusableButton } from './RefusableButton';
import { useWorkspaces } from './use-workspaces';

/** A room's worth: enough closed cases for every review section to speak, built in seconds. */
export const WORKSHOP_CASES = 600;

export function WorkshopReset() {
  const switching = useWorkspaces((s) => s.switching);
  // One sample at a time: another one running (from Settings, or started before a reload) holds the button too.
  const building = useJobs((s) => s.jobs.some((j) => j.kind === 'sample' && j.state === 'running'));
  const [error, setError] = useState<string | null>(null);

  async function reset() {
    setError(null);
    try {
      await useJobs
        .getState()
        .start(
          { kind: 'sample', input: { cases: WORKSHOP_CASES, open: true, workshop: true } },
          { reloadWhenDone: true },
        );
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <section className="panel workspace-section" aria-labelledby="workshop-heading">
      <h2 id="workshop-heading">Workshop</h2>
      <p className="muted">
        Start a training session from a clean, realistic sample: {WORKSHOP_CASES.toLocaleString()} cases with a team,
        competitors and debriefs, in a new file named after today. This file and earlier workshops stay as they are.
      </p>
      <RefusableButton error={error} disabled={building || switching !== null} onPick={() => void reset()}>
        {building ? 'Building the workshop…' : 'Reset workshop'}
      </RefusableButton>
    </section>
  );
}
