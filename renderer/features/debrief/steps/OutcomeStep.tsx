import { closedOutcomes, outcomeLabels } from '../../../../shared/domain/vocabulary';
import { Field } from '../../../components/Field';
import { formatLocaleDay } from '../../../../shared/dates/locale-day';
import { locale } from '../../../lib/format';
import { useVocab } from '../../../lib/vocab';
import { UNKNOWN_WINNER } from '../debrief-drafts';
import { useDebrief } from '../use-debrief';
import { AddCompetitor } from './AddCompetitor';
import { DateField } from '../../../components/DateField';

const outcomeHints: Record<(typeof closedOutcomes)[number], string> = {
  won: 'They chose us.',
  lost: 'They chose someone else.',
  no_decision: 'They stayed as they were, or the project stopped.',
  withdrawn: 'We stepped back.',
  unknown: 'It went quiet and we do not know.',
};

/** Step 1: how the case ended, when, and who won if a competitor did. Saving it closes the case. */
export function OutcomeStep() {
  const { drafts, data, errors, edit } = useDebrief();
  const vocab = useVocab((s) => s.vocab);
  if (!drafts || !data) return null;
  const o = drafts.outcome;
  const set = (patch: Partial<typeof o>) => edit((d) => ({ ...d, outcome: { ...d.outcome, ...patch } }));

  return (
    <div className="step-body">
      <fieldset className="choice-list" aria-describedby={errors.outcome ? 'outcome-error' : undefined}>
        <legend className="visually-hidden">Outcome</legend>
        {closedOutcomes.map((value) => (
          <label key={value} className={`choice${o.outcome === value ? ' chosen' : ''}`}>
            <input
              type="radio"
              name="outcome"
              value={value}
              checked={o.outcome === value}
              onChange={() => set({ outcome: value })}
            />
            <span className="choice-text">
              <strong>{outcomeLabels[value]}</strong>
              <span className="muted">{outcomeHints[value]}</span>
            </span>
          </label>
        ))}
        {errors.outcome ? (
          <span id="outcome-error" className="error-text" role="alert">
            {errors.outcome}
          </span>
        ) : null}
      </fieldset>
      <div className="form-grid step-fields">
        <Field
          label="Closed on"
          error={
            errors.closedOn?.startsWith('On or after') ? `${errors.closedOn}, ${data.case.openedOn}` : errors.closedOn
          }
          hint={`The case opened on ${formatLocaleDay(data.case.openedOn, locale)}`}
        >
          <DateField value={o.closedOn} onChange={(day) => set({ closedOn: day })} />
        </Field>
        {o.outcome === 'lost' ? (
          <Field
            label="Who won?"
            error={errors.winnerCompetitorId}
            hint="Add them below if they are not listed, or say it is not known"
          >
            <select value={o.winnerCompetitorId} onChange={(e) => set({ winnerCompetitorId: e.target.value })}>
              <option value="" disabled>
                Choose who won…
              </option>
              <option value={UNKNOWN_WINNER}>Not known</option>
              {(vocab?.competitors ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
      </div>
      {o.outcome === 'lost' ? (
        <AddCompetitor label="Winner not listed? Name them" onAdded={(c) => set({ winnerCompetitorId: c.id })} />
      ) : null}
    </div>
  );
}
