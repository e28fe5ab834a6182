import { useVocab } from '../../../lib/vocab';
import type { CompetitorDraft } from '../debrief-drafts';
import { useDebrief } from '../use-debrief';
import { AddCompetitor } from './AddCompetitor';

const blank: CompetitorDraft = { incumbent: false, price: '' };

/** Step 3: who else was in the race, who was already there, and what they asked for. */
export function CompetitorsStep() {
  const { drafts, data, errors, edit } = useDebrief();
  const vocab = useVocab((s) => s.vocab);
  if (!drafts || !data) return null;
  const met = drafts.competitors;
  const currency = data.case.currency;

  const setMet = (id: string, on: boolean) =>
    edit((d) => {
      const competitors = { ...d.competitors };
      if (on) competitors[id] = d.competitors[id] ?? blank;
      else delete competitors[id];
      return { ...d, competitors };
    });
  const change = (id: string, patch: Partial<CompetitorDraft>) =>
    edit((d) => ({ ...d, competitors: { ...d.competitors, [id]: { ...(d.competitors[id] ?? blank), ...patch } } }));

  const competitors = vocab?.competitors ?? [];
  return (
    <div className="step-body">
      {competitors.length === 0 ? (
        <p className="muted">Your competitor list is empty. Add the ones you met on this case.</p>
      ) : (
        <table className="step-table narrow">
          <thead>
            <tr>
              <th scope="col">Met on this case</th>
              <th scope="col" className="center">
                Incumbent
              </th>
              <th scope="col" className="right">
                Their price ({currency})
              </th>
            </tr>
          </thead>
          <tbody>
            {competitors.map((c) => {
              const row = met[c.id];
              const rowError = errors[`competitors.${c.id}`];
              return (
                <tr key={c.id} className={row ? 'picked' : undefined}>
                  <td>
                    <label className="check">
                      <input type="checkbox" checked={Boolean(row)} onChange={(e) => setMet(c.id, e.target.checked)} />
                      {c.name}
                      {data.case.winnerCompetitorId === c.id ? <span className="badge won">Winner</span> : null}
                    </label>
                  </td>
                  <td className="center">
                    {row ? (
                      <input
                        type="checkbox"
                        checked={row.incumbent}
                        onChange={(e) => change(c.id, { incumbent: e.target.checked })}
                        aria-label={`${c.name} was the incumbent`}
                      />
                    ) : null}
                  </td>
                  <td className="right">
                    {row ? (
                      <>
                        <input
                          className="input num price-input"
                          inputMode="decimal"
                          aria-label={`${c.name}'s price`}
                          aria-invalid={rowError ? true : undefined}
                          placeholder="Not known"
                          value={row.price}
                          onChange={(e) => change(c.id, { price: e.target.value })}
                        />
                        {rowError ? (
                          <span className="error-text row-error" role="alert">
                            {rowError}
                          </span>
                        ) : null}
                      </>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <AddCompetitor onAdded={(c) => setMet(c.id, true)} />
    </div>
  );
}
