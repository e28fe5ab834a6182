import { Link } from 'wouter';

/** The first visit: what actions are for, where they come from, and how the review tells whether they worked. */
export function EmptyBoard({ onNew }: { onNew: () => void }) {
  return (
    <section className="empty panel actions-empty" aria-labelledby="actions-empty-heading">
      <h2 id="actions-empty-heading">Turn what your cases teach into changes</h2>
      <p>
        An action is one thing your team will do differently because of a lesson. <strong>Corrective</strong> actions
        fix an account or similar open cases; <strong>preventive</strong> ones change how you sell — the process, the
        offer, the price list.
      </p>
      <ol className="loop-steps">
        <li>
          <span className="loop-step-n" aria-hidden="true">
            1
          </span>
          <span>
            <strong>Debrief a closed case.</strong> Write down what worked and what hurt.
          </span>
        </li>
        <li>
          <span className="loop-step-n" aria-hidden="true">
            2
          </span>
          <span>
            <strong>Decide an action</strong> from those lessons, with an owner and a due date.
          </span>
        </li>
        <li>
          <span className="loop-step-n" aria-hidden="true">
            3
          </span>
          <span>
            <strong>Mark it done.</strong> The review compares the win rate of its scope before and after the done date.
          </span>
        </li>
      </ol>
      <div className="empty-buttons">
        <button className="btn primary" onClick={onNew}>
          New action <kbd>N</kbd>
        </button>
        <Link className="btn" href="/cases">
          Go to cases
        </Link>
      </div>
    </section>
  );
}
