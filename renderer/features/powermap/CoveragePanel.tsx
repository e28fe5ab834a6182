import { useState } from 'react';
import type { CoverageSuggestion } from '../../../shared/contract/powermap';
import { api } from '../../api/client';
import { useToasts } from '../../components/use-toasts';

const TITLE_MAX = 300;

/** The action a gap becomes: the case it is about, then the suggestion, within the action title's limit. */
export function nextStepTitle(s: CoverageSuggestion): string {
  const title = `${s.caseTitle}: ${s.suggestion}`;
  return title.length <= TITLE_MAX ? title : `${title.slice(0, TITLE_MAX - 1).trimEnd()}…`;
}

/**
 * Buying steps ahead of the open cases that nobody on our side covers well (the o2o orchestration), each with a
 * button that makes it a next step: a corrective action on the board, undoable from the toast.
 */
export function CoveragePanel(props: { coverage: CoverageSuggestion[] }) {
  const [made, setMade] = useState<Map<string, string>>(new Map());
  if (props.coverage.length === 0) return null;
  const keyOf = (s: CoverageSuggestion) => `${s.caseId}:${s.stepName}`;

  async function make(s: CoverageSuggestion) {
    try {
      const action = await api.call('actions.create', { title: nextStepTitle(s), kind: 'corrective', scope: 'all' });
      setMade((m) => new Map(m).set(keyOf(s), action.id));
      useToasts.getState().show({
        message: 'Next step added to the actions',
        action: {
          label: 'Undo',
          run: () =>
            api.call('actions.delete', { id: action.id }).then(() =>
              setMade((m) => {
                const next = new Map(m);
                next.delete(keyOf(s));
                return next;
              }),
            ),
        },
      });
    } catch (e) {
      useToasts.getState().show({ message: `Could not add the next step: ${(e as Error).message}` });
    }
  }

  return (
    <section className="pm-coverage panel" aria-labelledby="pm-coverage-title">
      <h2 id="pm-coverage-title">Buying steps ahead with nobody on them</h2>
      <ul>
        {props.coverage.map((s) => {
          const done = made.has(keyOf(s));
          return (
            <li key={keyOf(s)} data-coverage={s.kind}>
              <span className="pm-gap-text">
                <span className="muted">{s.caseTitle} · </span>
                {s.suggestion}
              </span>
              {done ? (
                <span className="pm-made" role="status">
                  ✓ Next step added
                </span>
              ) : (
                <button type="button" className="btn small" onClick={() => void make(s)}>
                  Make it a next step
                  <span className="visually-hidden">
                    : {s.stepName} in {s.caseTitle}
                  </span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
