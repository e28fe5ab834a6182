import { evidenceLabels, evidenceSources, levels } from '../../../../shared/domain/vocabulary';
import { useVocab } from '../../../lib/vocab';
import { reasonKindsFor, type ReasonDraft } from '../debrief-drafts';
import { useDebrief } from '../use-debrief';

const levelLabels = { low: 'Low confidence', medium: 'Medium confidence', high: 'High confidence' } as const;
const newReason: ReasonDraft = { evidence: 'our_view', confidence: 'medium' };

/**
 * Step 2: why it ended so, from the reason taxonomy. One primary reason (the one that decided it), any number
 * of secondary ones, each with where we know it from and how sure we are.
 */
export function ReasonsStep() {
  const { drafts, errors, edit } = useDebrief();
  const vocab = useVocab((s) => s.vocab);
  if (!drafts) return null;
  const kinds = reasonKindsFor(drafts.outcome.outcome);
  const picked = drafts.reasons;
  const primary = drafts.primaryReasonId ?? (Object.keys(picked).length === 1 ? Object.keys(picked)[0] : null);

  const toggle = (id: string, on: boolean) =>
    edit((d) => {
      const reasons = { ...d.reasons };
      if (on) reasons[id] = d.reasons[id] ?? newReason;
      else delete reasons[id];
      // The first reason picked is the primary one until another is marked.
      const primaryReasonId = on ? (d.primaryReasonId ?? id) : d.primaryReasonId === id ? null : d.primaryReasonId;
      return { ...d, reasons, primaryReasonId };
    });
  const change = (id: string, patch: Partial<ReasonDraft>) =>
    edit((d) => ({ ...d, reasons: { ...d.reasons, [id]: { ...(d.reasons[id] ?? newReason), ...patch } } }));

  const categories = [...(vocab?.reasonCategories ?? [])].sort((a, b) => a.position - b.position);
  return (
    <div className="step-body">
      {errors.reasons ? (
        <p className="error-text" role="alert" id="reasons-error">
          {errors.reasons}
        </p>
      ) : null}
      {categories.map((category) => {
        // Reasons of the other kind stay visible once picked, so changing the outcome never hides a choice.
        const reasons = category.reasons.filter((r) => kinds.includes(r.kind) || picked[r.id]);
        if (reasons.length === 0) return null;
        return (
          <fieldset key={category.id} className="reason-group">
            <legend>{category.name}</legend>
            {reasons.map((reason) => {
              const on = picked[reason.id];
              const rowError = errors[`reasons.${reason.id}`];
              return (
                <div key={reason.id} className={`reason-row${on ? ' picked' : ''}`}>
                  <label className="check reason-name">
                    <input
                      type="checkbox"
                      checked={Boolean(on)}
                      onChange={(e) => toggle(reason.id, e.target.checked)}
                    />
                    {reason.name}
                  </label>
                  {on ? (
                    <>
                      <label className="check primary-pick">
                        <input
                          type="radio"
                          name="primary-reason"
                          checked={primary === reason.id}
                          onChange={() => edit((d) => ({ ...d, primaryReasonId: reason.id }))}
                          aria-label={`Primary reason: ${reason.name}`}
                        />
                        Primary
                      </label>
                      <select
                        className="input"
                        aria-label={`Evidence for ${reason.name}`}
                        value={on.evidence}
                        onChange={(e) => change(reason.id, { evidence: e.target.value as ReasonDraft['evidence'] })}
                      >
                        {evidenceSources.map((s) => (
                          <option key={s} value={s}>
                            {evidenceLabels[s]}
                          </option>
                        ))}
                      </select>
                      <select
                        className="input"
                        aria-label={`Confidence in ${reason.name}`}
                        value={on.confidence}
                        onChange={(e) => change(reason.id, { confidence: e.target.value as ReasonDraft['confidence'] })}
                      >
                        {levels.map((l) => (
                          <option key={l} value={l}>
                            {levelLabels[l]}
                          </option>
                        ))}
                      </select>
                    </>
                  ) : null}
                  {rowError ? (
                    <span className="error-text row-error" role="alert">
                      {rowError}
                    </span>
                  ) : null}
                </div>
              );
            })}
          </fieldset>
        );
      })}
      {categories.length === 0 ? <p className="muted">No reasons are set up. Add them in Settings.</p> : null}
    </div>
  );
}
