/**
 * "How this is computed": the one place on screen that names the methods behind the figures, so the sections
 * can say what they mean in plain words. Changes with shared/stats and electron/review.
 */
export function MethodNote() {
  return (
    <details className="method-note" data-testid="method-note">
      <summary>How this is computed</summary>
      <ul>
        <li>
          Every rate shows n, the closed cases it is over, and a 90 % Wilson score interval: “90 % sure the true rate is
          between …”. Fewer than 5 cases and the review says “not enough cases yet”.
        </li>
        <li>
          A change or a difference between two rates is called one only when the 90 % Newcombe interval of the
          difference excludes zero; Fisher’s exact p is quoted beside it where an action’s effect is judged.
        </li>
        <li>
          Factors compare won and lost cases on what is known before the buyer decides: buyer steps recorded before the
          decision step (not the decision and the contract, which won cases reach by definition), people reached, face
          to face contact, cycle length. Shares by Newcombe’s interval, means by Welch’s t test, at 90 %.
        </li>
        <li>
          Per seller: each member against the rest of the team’s cases in view; each of the five factors is tested at 98
          % (Bonferroni: 90 % shared over five tests), so a difference shown is not one of five chances.
        </li>
        <li>
          Stage win rates are learned from every counted case closed up to the period’s end that reached the stage;
          below 10 cases a stage is “not enough cases” and the forecast uses the overall win rate for it. Defaults come
          from Settings; sellers’ own probabilities count only where a seller entered one.
        </li>
        <li>
          What a point is worth: 1 % of the period’s closed value, made yearly. Its range treats closings as a compound
          Poisson process (relative error 1/√n_eff, Kish’s effective number of cases), on a log scale. The
          value-weighted win rate’s interval is Wilson’s at that same effective n.
        </li>
      </ul>
    </details>
  );
}
