import type { CaseCompetitor } from '../../../shared/contract/debrief';
import type { Vocabulary } from '../../../shared/contract/vocabulary';
import { api } from '../../api/client';
import { AddCompetitor } from '../debrief/steps/AddCompetitor';
import { SaveState, useSetSaver } from './use-set-saver';

/**
 * Who else is in the race on this case, recorded while it runs; the debrief starts from this list (it reads
 * the same rows), so nothing is typed twice. Incumbent and price are kept as the debrief recorded them.
 */
export function CompetitorsPanel(props: { caseId: string; vocab: Vocabulary | null; initial: CaseCompetitor[] }) {
  const {
    value: met,
    status,
    save,
  } = useSetSaver(props.initial, (competitors) =>
    api.call('debrief.setCompetitors', { caseId: props.caseId, competitors }),
  );
  const on = new Set(met.map((c) => c.competitorId));
  const toggle = (competitorId: string, checked: boolean) =>
    void save(
      checked
        ? [...met.filter((c) => c.competitorId !== competitorId), { competitorId, incumbent: false, priceMinor: null }]
        : met.filter((c) => c.competitorId !== competitorId),
    );
  const competitors = props.vocab?.competitors ?? [];
  return (
    <section className="panel detail-panel" aria-labelledby="competitors-heading">
      <header className="panel-head">
        <h2 id="competitors-heading">Competitors in the race</h2>
        <SaveState status={status} />
      </header>
      {status?.kind === 'error' ? (
        <p className="error-text" role="alert">
          Not saved: {status.message}
        </p>
      ) : null}
      {competitors.length === 0 ? <p className="muted">No competitors known yet: add the ones you meet.</p> : null}
      <ul className="step-checks chips">
        {competitors.map((c) => (
          <li key={c.id}>
            <label className="check">
              <input type="checkbox" checked={on.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
              {c.name}
            </label>
          </li>
        ))}
      </ul>
      <AddCompetitor onAdded={(c) => toggle(c.id, true)} />
    </section>
  );
}
