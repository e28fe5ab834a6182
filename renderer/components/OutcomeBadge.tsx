import { outcomeLabels, type Outcome } from '../../shared/domain/vocabulary';

const shortLabels: Record<Outcome, string> = { ...outcomeLabels, lost: 'Lost', no_decision: 'No decision' };

/** The outcome as a coloured pill; a closed case still waiting for its debrief says so beside it. */
export function OutcomeBadge({ outcome, debrief }: { outcome: Outcome; debrief?: 'none' | 'pending' | 'done' }) {
  const tone =
    outcome === 'won'
      ? 'won'
      : outcome === 'lost' || outcome === 'no_decision'
        ? 'lost'
        : outcome === 'open'
          ? 'open'
          : '';
  return (
    <span className="badges">
      <span className={`badge ${tone}`} title={outcomeLabels[outcome]}>
        {shortLabels[outcome]}
      </span>
      {debrief === 'pending' ? <span className="badge pending">Debrief pending</span> : null}
    </span>
  );
}
