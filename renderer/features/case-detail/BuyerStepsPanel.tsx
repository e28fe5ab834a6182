import { useEffect, useRef, useState } from 'react';
import type { Case } from '../../../shared/contract/cases';
import type { Vocabulary } from '../../../shared/contract/vocabulary';
import { api } from '../../api/client';
import { today } from '../../lib/day';
import { CASE_PAGE_ORIGIN } from './use-case-page';
import { DateField } from '../../components/DateField';

type Reached = Record<string, string>;

/**
 * The buyer's completed steps, with the day each was reached. `seeds/sales-2.0.txt`: these, not our own stage,
 * are the truer barometer, so a stage ahead of them is called out.
 */
interface Props {
  kase: Case;
  vocab: Vocabulary | null;
  initial: { buyerStepId: string; reachedOn: string }[];
}

export function BuyerStepsPanel(props: Props) {
  const { kase, vocab } = props;
  const [reached, setReached] = useState<Reached>(() =>
    Object.fromEntries(props.initial.map((s) => [s.buyerStepId, s.reachedOn])),
  );
  const [status, setStatus] = useState<{ kind: 'saving' | 'saved' | 'error'; message?: string } | null>(null);
  const seq = useRef(0);

  // The page reloads when the case changes elsewhere: keyed on content, not on the array's identity, so only a
  // real change replaces what is shown.
  const serverKey = JSON.stringify(props.initial);
  const inflight = useRef(0);
  useEffect(() => {
    // While our own saves are on their way, a reload shows an older set than the one on screen: keep ours.
    if (inflight.current > 0) return;
    setReached(
      Object.fromEntries((JSON.parse(serverKey) as Props['initial']).map((s) => [s.buyerStepId, s.reachedOn])),
    );
  }, [serverKey]);

  async function save(next: Reached) {
    setReached(next);
    // Only a complete date is sent; a half-typed one waits for the rest.
    if (Object.values(next).some((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d))) return;
    const mine = ++seq.current;
    setStatus({ kind: 'saving' });
    inflight.current += 1;
    try {
      await api.call(
        'debrief.setBuyerSteps',
        {
          caseId: kase.id,
          steps: Object.entries(next).map(([buyerStepId, reachedOn]) => ({ buyerStepId, reachedOn })),
        },
        { origin: CASE_PAGE_ORIGIN },
      );
      if (mine === seq.current) setStatus({ kind: 'saved' });
    } catch (error) {
      if (mine === seq.current) setStatus({ kind: 'error', message: (error as Error).message });
    } finally {
      inflight.current -= 1;
    }
  }

  const steps = [...(vocab?.buyerSteps ?? [])].sort((a, b) => a.position - b.position);
  const furthest = Math.max(-1, ...steps.filter((s) => reached[s.id] !== undefined).map((s) => s.position));
  const furthestName = steps.find((s) => s.position === furthest)?.name;
  const stage = vocab?.stages.find((s) => s.id === kase.stageId);
  // A lead comes before any buyer step by definition, so only a stage past the first one can run ahead.
  const ahead = kase.outcome === 'open' && stage !== undefined && stage.position > 0 && stage.position > furthest;

  return (
    <section className="panel detail-panel" aria-labelledby="buyer-steps-heading">
      <header className="panel-head">
        <h2 id="buyer-steps-heading">Buyer steps completed</h2>
        <span className={`save-state ${status?.kind ?? ''}`} role="status">
          {status?.kind === 'saving' ? 'Saving…' : status?.kind === 'saved' ? 'Saved' : ''}
        </span>
      </header>
      {ahead ? (
        <div className="banner" role="note" data-testid="stage-ahead">
          Seller stage ahead of buyer steps: you are at <strong>{stage.name}</strong>, the buyer has{' '}
          {furthestName ? (
            <>
              only reached <strong>{furthestName}</strong>
            </>
          ) : (
            'not completed a step yet'
          )}
          . Their steps are the truer barometer.
        </div>
      ) : null}
      {status?.kind === 'error' ? (
        <p className="error-text" role="alert">
          Not saved: {status.message}
        </p>
      ) : null}
      {steps.length === 0 ? (
        <p className="muted">No buyer steps are set up. Add them in Settings.</p>
      ) : (
        <ol className="step-checks">
          {steps.map((step) => {
            const on = reached[step.id] !== undefined;
            return (
              <li key={step.id}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={(e) => {
                      const next = { ...reached };
                      if (e.target.checked) next[step.id] = today();
                      else delete next[step.id];
                      void save(next);
                    }}
                  />
                  {step.name}
                </label>
                {on ? (
                  <DateField
                    aria-label={`${step.name}: reached on`}
                    value={reached[step.id] ?? ''}
                    onChange={(day) => (day ? void save({ ...reached, [step.id]: day }) : undefined)}
                  />
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
