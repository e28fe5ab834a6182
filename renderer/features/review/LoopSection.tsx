/**
 * "Did our actions work?": each done action's win rate inside its scope before and after, set against the other
 * cases over the same months (or, for an action on all cases, against the trend before it), the verdict in one
 * plain sentence with its interval in words, and the method behind a "How this is computed" disclosure.
 * Changes with: shared/contract/review.ts (actions), shared/stats/effect.ts (the words it shows).
 */
import type { Summary } from '../../../shared/contract/review';
import { formatDate } from '../../lib/format';
import { ReviewSection, Findings } from './blocks';
import { formatRate } from './format';

type LoopAction = Summary['actions'][number];
type Rate = LoopAction['before'];

const verdictLabels: Record<LoopAction['verdict'], string> = {
  improved: 'Improved',
  worse: 'Worse',
  no_clear_change: 'No clear effect yet',
  not_enough_cases: 'Not enough cases',
};

/** 182 → "6 months", 30 → "30 days": how long each window is. */
function span(days: number): string {
  if (days < 56) return days === 1 ? '1 day' : `${days} days`;
  const months = Math.round(days / 30.44);
  return months === 1 ? '1 month' : `${months} months`;
}

function Change({ from, to }: { from: Rate; to: Rate }) {
  return (
    <>
      <span className="num">
        {formatRate(from.rate)} → {formatRate(to.rate)}
      </span>
      <span className="muted loop-n num">
        n = {from.n} → {to.n}
      </span>
    </>
  );
}

/**
 * Two rows per action, in their own body so paper never splits them: its figures, then what they mean across the
 * whole width, with the method behind it.
 */
function ActionRows({ a }: { a: LoopAction }) {
  return (
    <tbody className="loop-action">
      <tr className="loop-figures">
        <th scope="row">{a.title}</th>
        <td>{a.scopeLabel}</td>
        <td>
          <span className="num">{formatDate(a.doneAt)}</span>
          <span className="muted loop-n">{a.windowDays > 0 ? `${span(a.windowDays)} each side` : 'just done'}</span>
        </td>
        <td>
          <Change from={a.before} to={a.after} />
        </td>
        <td>
          {a.elsewhere ? (
            <>
              <span className="loop-label muted">Elsewhere</span>
              <Change from={a.elsewhere.before} to={a.elsewhere.after} />
            </>
          ) : (
            <>
              <span className="loop-label muted">Trend before</span>
              <Change from={a.prior} to={a.before} />
            </>
          )}
        </td>
        <td>
          <span className={`verdict ${a.verdict}`}>{verdictLabels[a.verdict]}</span>
        </td>
      </tr>
      <tr className="loop-words">
        <td colSpan={6}>
          <span className="verdict-sentence">{a.sentence}</span>
          {a.interval ? <span className="muted verdict-sentence">{a.interval}</span> : null}
          <details className="how-computed">
            <summary>How this is computed</summary>
            <p>{a.howComputed}</p>
          </details>
        </td>
      </tr>
    </tbody>
  );
}

export function LoopSection({ s }: { s: Summary }) {
  return (
    <ReviewSection
      id="loop"
      title="Did our actions work?"
      question="For each done action: did the win rate move where it applied, beyond what moved elsewhere over the same months?"
    >
      <Findings items={s.findings.loop} />
      {s.actions.length === 0 ? (
        <p className="muted">
          No action is done yet. When one is, its effect appears here: the win rate where it applied, before and after,
          against the cases it did not touch.
        </p>
      ) : (
        <table className="loop-table">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Scope</th>
              <th scope="col">Done</th>
              <th scope="col">In scope, before → after</th>
              <th scope="col">Set against</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          {s.actions.map((a) => (
            <ActionRows key={a.id} a={a} />
          ))}
        </table>
      )}
    </ReviewSection>
  );
}
