import { debriefSteps, type DebriefStep } from '../../../shared/contract/debrief';

export const stepLabels: Record<DebriefStep, string> = {
  outcome: 'Outcome',
  reasons: 'Reasons',
  competitors: 'Competitors',
  criteria: 'Criteria',
  people: 'Stakeholders',
  lessons: 'Lessons',
  actions: 'Actions',
};

/**
 * The seven steps as buttons: the current one is `aria-current="step"`, steps already saved are marked done,
 * and nothing past the outcome opens while the case is still open (the rest hangs on how it ended).
 */
export function Stepper(props: { current: number; reached: number; closed: boolean; onGo: (index: number) => void }) {
  return (
    <nav aria-label="Debrief steps" className="stepper">
      <ol>
        {debriefSteps.map((name, index) => {
          const state = index === props.current ? 'current' : index < props.reached ? 'done' : 'todo';
          return (
            <li key={name} className={state}>
              <button
                type="button"
                aria-current={index === props.current ? 'step' : undefined}
                disabled={!props.closed && index > 0}
                onClick={() => props.onGo(index)}
              >
                <span className="step-number" aria-hidden="true">
                  {state === 'done' ? '✓' : index + 1}
                </span>
                <span>{stepLabels[name]}</span>
                {state === 'done' ? <span className="visually-hidden"> (saved)</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
