import { useState } from 'react';
import type { WeighedCriterion } from '../../../shared/contract/people';
import type { Criterion } from '../../../shared/contract/vocabulary';
import { motivationTagLabels, motivationTags, type MotivationTag } from '../../../shared/domain/vocabulary';

const importanceLabels: Record<number, string> = {
  1: '1 · minor',
  2: '2',
  3: '3 · matters',
  4: '4',
  5: '5 · decisive',
};

/**
 * What this person wins or fears from the purchase (a line and a few tags), and the buying criteria they weigh
 * most, each with an importance on the debrief's 1–5 scale.
 */
export function MotivationEditor(props: {
  motivation: string;
  tags: MotivationTag[];
  weighed: WeighedCriterion[];
  criteria: Criterion[];
  error?: string;
  onChange: (patch: {
    motivation?: string;
    motivationTags?: MotivationTag[];
    weighedCriteria?: WeighedCriterion[];
  }) => void;
}) {
  const free = props.criteria.filter((c) => !props.weighed.some((w) => w.criterionId === c.id));
  const [pick, setPick] = useState('');
  const [importance, setImportance] = useState(4);
  const chosen = free.find((c) => c.id === pick) ?? free[0];
  const names = new Map(props.criteria.map((c) => [c.id, c.name]));
  const toggle = (tag: MotivationTag) =>
    props.onChange({
      motivationTags: props.tags.includes(tag)
        ? props.tags.filter((t) => t !== tag)
        : motivationTags.filter((t) => t === tag || props.tags.includes(t)),
    });

  return (
    <fieldset className="span-2 pm-motivation">
      <legend>What they want from this purchase</legend>
      <label className="pm-motivation-text">
        <span className="visually-hidden">Motivation</span>
        <input
          className="input"
          aria-label="Motivation"
          aria-invalid={props.error ? true : undefined}
          value={props.motivation}
          maxLength={500}
          placeholder="e.g. Wants fewer late deliveries before the audit; fears a long rollout"
          onChange={(e) => props.onChange({ motivation: e.target.value })}
          autoComplete="off"
        />
      </label>
      {props.error ? <span className="field-error">{props.error}</span> : null}
      <div className="pm-tags" role="group" aria-label="Motivation tags">
        {motivationTags.map((tag) => (
          <label key={tag} className="check pm-tag">
            <input type="checkbox" checked={props.tags.includes(tag)} onChange={() => toggle(tag)} />
            {motivationTagLabels[tag]}
          </label>
        ))}
      </div>
      <div className="pm-weighed">
        <span className="pm-weighed-title">Criteria they weigh most</span>
        {props.weighed.length === 0 ? <span className="muted"> none yet</span> : null}
        <ul>
          {props.weighed.map((w) => {
            const name = names.get(w.criterionId) ?? 'A criterion no longer in the list';
            return (
              <li key={w.criterionId}>
                <span className="pm-relations-name">{name}</span>
                <select
                  className="input"
                  aria-label={`How much they weigh ${name}`}
                  value={w.importance}
                  onChange={(e) =>
                    props.onChange({
                      weighedCriteria: props.weighed.map((x) =>
                        x.criterionId === w.criterionId ? { ...x, importance: Number(e.target.value) } : x,
                      ),
                    })
                  }
                >
                  {[1, 2, 3, 4, 5].map((n) => (
                    <option key={n} value={n}>
                      {importanceLabels[n]}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="btn ghost small"
                  aria-label={`Remove ${name}`}
                  onClick={() =>
                    props.onChange({ weighedCriteria: props.weighed.filter((x) => x.criterionId !== w.criterionId) })
                  }
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
        {chosen ? (
          <div className="pm-relations-add">
            <select
              className="input"
              aria-label="Criterion"
              value={chosen.id}
              onChange={(e) => setPick(e.target.value)}
            >
              {free.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            <select
              className="input"
              aria-label="Importance"
              value={importance}
              onChange={(e) => setImportance(Number(e.target.value))}
            >
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {importanceLabels[n]}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="btn small"
              onClick={() => {
                props.onChange({ weighedCriteria: [...props.weighed, { criterionId: chosen.id, importance }] });
                setPick('');
              }}
            >
              Add criterion
            </button>
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}
