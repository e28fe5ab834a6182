import { useVocab } from '../../../lib/vocab';
import type { CriterionDraft } from '../debrief-drafts';
import { criteriaWording } from '../criteria-wording';
import { peopleCriteria } from '../people-criteria';
import { useDebrief } from '../use-debrief';

const scale = [1, 2, 3, 4, 5] as const;
const empty: CriterionDraft = { importance: null, ourRating: null, rivalRating: null };

/**
 * One rating as a row of five radio buttons: Tab reaches the group, arrow keys pick, which is quicker and
 * harder to get wrong than typing a digit into a number box.
 */
function Scale(props: {
  label: string;
  name: string;
  value: number | null;
  suggested?: boolean;
  onChange: (value: number) => void;
}) {
  return (
    <div role="radiogroup" aria-label={props.label} className={`scale${props.suggested ? ' suggested' : ''}`}>
      {scale.map((n) => (
        <label key={n} className={props.value === n ? 'on' : undefined}>
          <input type="radio" name={props.name} checked={props.value === n} onChange={() => props.onChange(n)} />
          <span>{n}</span>
        </label>
      ))}
    </div>
  );
}

/**
 * Step 4: the buying criteria as the customer weighed them, how they rated us and the winner (or the best
 * rival). Weighted gaps across cases come from these rows. The criteria the people involved weigh come first,
 * saying who weighs them; their importance is offered (not saved) until the row is rated.
 */
export function CriteriaStep() {
  const { drafts, data, errors, edit, setErrors, people } = useDebrief();
  const vocab = useVocab((s) => s.vocab);
  if (!drafts || !data) return null;
  const winner = vocab?.competitors.find((c) => c.id === data.case.winnerCompetitorId)?.name;
  const wording = criteriaWording(data.case.outcome, winner);
  const byPosition = [...(vocab?.criteria ?? [])].sort((a, b) => a.position - b.position);
  const weighed = peopleCriteria(Object.keys(drafts.people), people, byPosition);
  const weighedById = new Map(weighed.map((w) => [w.criterionId, w]));
  const criteria = [
    ...weighed.flatMap((w) => byPosition.filter((c) => c.id === w.criterionId)),
    ...byPosition.filter((c) => !weighedById.has(c.id)),
  ];
  // A finished debrief is read as recorded: nothing offered that the seller did not say.
  const offer = (id: string) =>
    data.case.debrief === 'done' || drafts.criteria[id] ? null : (weighedById.get(id)?.importance ?? null);

  // A row's message goes as soon as the row is touched again; Next checks it anew.
  const settle = (id: string) => {
    const key = `criteria.${id}`;
    if (errors[key]) setErrors(Object.fromEntries(Object.entries(errors).filter(([k]) => k !== key)));
  };
  const change = (id: string, patch: Partial<CriterionDraft>) => {
    settle(id);
    const offered = offer(id);
    const start = offered === null ? empty : { ...empty, importance: offered };
    edit((d) => ({ ...d, criteria: { ...d.criteria, [id]: { ...(d.criteria[id] ?? start), ...patch } } }));
  };
  // Kept as an empty row rather than dropped, so a cleared row does not offer the importance again.
  const clear = (id: string) => {
    settle(id);
    edit((d) => ({ ...d, criteria: { ...d.criteria, [id]: empty } }));
  };

  return (
    <div className="step-body">
      <p className="step-question">{wording.question}</p>
      <p className="muted step-lead">
        As the buyer saw it: 1 = low, 5 = high. Leave a criterion blank if it did not come up.
      </p>
      {weighed.length > 0 ? (
        <p className="muted step-lead" data-testid="people-criteria-lead">
          The criteria the people involved weigh come first, with the importance they give them; rate us to keep it.
        </p>
      ) : null}
      <table className="step-table criteria-grid">
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Importance</th>
            <th scope="col">Us</th>
            <th scope="col">{wording.column}</th>
            <th scope="col">
              <span className="visually-hidden">Clear</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => {
            const offered = offer(c.id);
            const row = drafts.criteria[c.id] ?? (offered === null ? empty : { ...empty, importance: offered });
            const rowError = errors[`criteria.${c.id}`];
            const touched =
              !!drafts.criteria[c.id] &&
              (row.importance !== null || row.ourRating !== null || row.rivalRating !== null);
            const who = weighedById.get(c.id);
            return (
              <tr
                key={c.id}
                className={[rowError ? 'has-error' : '', who ? 'weighed' : ''].join(' ').trim() || undefined}
              >
                <th scope="row">
                  {c.name}
                  {who ? (
                    <span className="criteria-who">
                      {who.sentence}
                      {offered !== null ? ' · importance offered' : ''}
                    </span>
                  ) : null}
                  {rowError ? (
                    <span className="error-text row-error" role="alert">
                      {rowError}
                    </span>
                  ) : null}
                </th>
                <td>
                  <Scale
                    label={`${c.name}: importance`}
                    name={`${c.id}-importance`}
                    value={row.importance}
                    suggested={offered !== null}
                    onChange={(importance) => change(c.id, { importance })}
                  />
                </td>
                <td>
                  <Scale
                    label={`${c.name}: our rating`}
                    name={`${c.id}-ours`}
                    value={row.ourRating}
                    onChange={(ourRating) => change(c.id, { ourRating })}
                  />
                </td>
                <td>
                  <Scale
                    label={`${c.name}: ${wording.rating} rating`}
                    name={`${c.id}-rival`}
                    value={row.rivalRating}
                    onChange={(rivalRating) => change(c.id, { rivalRating })}
                  />
                </td>
                <td>
                  {touched ? (
                    <button
                      type="button"
                      className="btn ghost small"
                      onClick={() => clear(c.id)}
                      aria-label={`Clear ${c.name}`}
                    >
                      Clear
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
