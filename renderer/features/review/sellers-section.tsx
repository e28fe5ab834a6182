/**
 * Per seller, for coaching: each member's win rate with n and how sure it is, against the rest of the team, and
 * only the factors where the data shows the member works differently; otherwise "no clear difference".
 */
import type { Summary } from '../../../shared/contract/review';
import { ReviewSection } from './blocks';
import { formatRate, formatSure } from './format';

const versusTeam = {
  improved: 'Higher than the rest of the team',
  worse: 'Lower than the rest of the team',
  no_clear_change: 'No clear difference from the rest',
  not_enough_cases: 'Not enough cases to compare',
};

export function SellersSection({ s }: { s: Summary }) {
  if (s.sellers.length === 0) return null;
  return (
    <ReviewSection
      id="sellers"
      title="Per seller"
      question="Each member's win rate, and where a member works differently from the rest of the team."
    >
      <table className="sellers-table" data-testid="sellers">
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Win rate</th>
            <th scope="col">Against the team</th>
            <th scope="col">Where they differ</th>
          </tr>
        </thead>
        <tbody>
          {s.sellers.map((m) => (
            <tr key={m.ownerId ?? 'none'}>
              <th scope="row">{m.name}</th>
              <td>
                <strong className="num">{formatRate(m.rate)}</strong> <span className="muted num">n = {m.n}</span>
                {m.n > 0 ? <span className="muted cell-note">{formatSure(m.low, m.high)}</span> : null}
              </td>
              <td className={`verdict-cell ${m.verdict}`}>{versusTeam[m.verdict]}</td>
              <td>
                {m.differences.length ? (
                  <ul className="cell-list">
                    {m.differences.map((d) => (
                      <li key={d.factor}>{d.sentence}</li>
                    ))}
                  </ul>
                ) : m.verdict === 'not_enough_cases' ? (
                  <span className="muted">–</span>
                ) : (
                  <span className="muted">No clear difference</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReviewSection>
  );
}
