import { useState } from 'react';
import type { Stage } from '../../../shared/contract/vocabulary';
import { api } from '../../api/client';

/**
 * A stage's default win probability (0–100 %, or empty for none): a guess, labelled as a default, saved when the
 * field is left. The review shows it beside the rate learned from closed cases, never in its place.
 */
export function StageDefault({ stage, onSaved }: { stage: Stage; onSaved: () => Promise<unknown> }) {
  const [error, setError] = useState<string | null>(null);
  const id = `stage-default-${stage.id}`;
  return (
    <>
      <span className="stage-default">
        <label htmlFor={id} className="muted">
          Default
        </label>
        <input
          id={id}
          className="input num"
          type="number"
          min={0}
          max={100}
          step={1}
          inputMode="numeric"
          aria-label={`Default win probability for ${stage.name} (%)`}
          aria-invalid={error ? true : undefined}
          title={error ?? undefined}
          defaultValue={stage.winProbability ?? ''}
          onBlur={(e) => {
            const text = e.target.value.trim();
            const value = text === '' ? null : Number(text);
            if (value !== null && !(Number.isInteger(value) && value >= 0 && value <= 100)) {
              setError('A whole number from 0 to 100');
              return;
            }
            setError(null);
            if (value === stage.winProbability) return;
            api.call('vocab.save', { list: 'stages', id: stage.id, name: stage.name, winProbability: value }).then(
              () => onSaved(),
              (err: Error) => setError(err.message),
            );
          }}
        />
        <span className="muted">%</span>
      </span>
      {error ? (
        <span className="error-text stage-default-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
