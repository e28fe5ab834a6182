import type { Person, PowerMapGap } from '../../../shared/contract/people';

/**
 * The gaps above the chart, worst first (the service orders them), each with the one action that closes it:
 * assign an owner, open the opponent, or add the missing decision maker or champion.
 */
export function GapsPanel(props: {
  gaps: PowerMapGap[];
  people: Person[];
  onAssignOwner: (person: Person) => void;
  onOpen: (person: Person) => void;
  onAdd: (preset: 'decision_maker' | 'champion') => void;
}) {
  const byId = new Map(props.people.map((p) => [p.id, p]));
  const count = props.gaps.length;
  return (
    <section className={`pm-gaps panel${count ? '' : ' clear'}`} aria-labelledby="pm-gaps-title">
      <h2 id="pm-gaps-title" aria-live="polite">
        {count === 0 ? (
          <>
            <span aria-hidden="true">✓ </span>No gaps to close
          </>
        ) : (
          <>
            <span aria-hidden="true">⚠ </span>
            {count === 1 ? '1 gap to close' : `${count} gaps to close`}
          </>
        )}
      </h2>
      {count === 0 ? (
        <p className="muted">
          The decision maker has an owner on the team, every blocker is owned, nobody influential opposes you, and you
          have a champion.
        </p>
      ) : (
        <ul>
          {props.gaps.map((gap) => {
            const person = gap.personId ? byId.get(gap.personId) : undefined;
            return (
              <li key={`${gap.kind}-${gap.personId ?? ''}`} data-gap={gap.kind}>
                <span className="pm-gap-text">{gap.message}</span>
                {person && (gap.kind === 'decision_maker_unowned' || gap.kind === 'blocker_unowned') ? (
                  <button className="btn small" onClick={() => props.onAssignOwner(person)}>
                    Assign an owner<span className="visually-hidden"> for {person.name}</span>
                  </button>
                ) : person ? (
                  <button className="btn small" onClick={() => props.onOpen(person)}>
                    Open {person.name}
                  </button>
                ) : gap.kind === 'no_decision_maker' ? (
                  <button className="btn small" onClick={() => props.onAdd('decision_maker')}>
                    Add the decision maker
                  </button>
                ) : gap.kind === 'no_champion' ? (
                  <button className="btn small" onClick={() => props.onAdd('champion')}>
                    Add a champion
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
