import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { debriefSteps, type DebriefStep } from '../../../shared/contract/debrief';
import { useToasts } from '../../components/use-toasts';
import { formatMoney } from '../../lib/format';
import { useVocab } from '../../lib/vocab';
import { ActionsStep } from './steps/ActionsStep';
import { CompetitorsStep } from './steps/CompetitorsStep';
import { CriteriaStep } from './steps/CriteriaStep';
import { LessonsStep } from './steps/LessonsStep';
import { OutcomeStep } from './steps/OutcomeStep';
import { PeopleStep } from './steps/PeopleStep';
import { ReasonsStep } from './steps/ReasonsStep';
import { stepLabels, Stepper } from './Stepper';
import { lastStep, useDebrief } from './use-debrief';
import '../../styles/debrief.css';

const stepViews: Record<DebriefStep, () => ReactNode> = {
  outcome: OutcomeStep,
  reasons: ReasonsStep,
  competitors: CompetitorsStep,
  criteria: CriteriaStep,
  people: PeopleStep,
  lessons: LessonsStep,
  actions: ActionsStep,
};

const stepQuestions: Record<DebriefStep, string> = {
  outcome: 'How did the case end?',
  reasons: 'Why did it end this way?',
  competitors: 'Who else was in the race?',
  criteria: 'How did the buyer rate us against the winner?',
  people: 'Who was in the decision, and did we reach them?',
  lessons: 'What did this case teach?',
  actions: 'What will we change because of it?',
};

/**
 * The guided debrief, one step at a time. Every step saves when left (Next, the stepper, Save and leave), so
 * a seller interrupted halfway comes back to the step they left; Finish marks the debrief done.
 */
export function DebriefPage({ caseId }: { caseId: string }) {
  const { data, drafts, step, busy, errors, loadError, load, go, finish } = useDebrief();
  const { vocab, load: loadVocab } = useVocab();
  const [, navigate] = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Loaded once per case: a vocabulary reload (a competitor added inline) must not reset the drafts.
  useEffect(() => void load(caseId), [caseId, load]);
  useEffect(() => {
    if (!vocab) void loadVocab();
  }, [vocab, loadVocab]);

  // A new step starts at its heading, so a screen reader says where it is and Tab goes on from there.
  useEffect(() => headingRef.current?.focus(), [step, data?.case.id]);

  if (loadError) {
    return (
      <>
        <header className="page-head">
          <h1>Debrief</h1>
        </header>
        <div className="page-body">
          <div className="banner error" role="alert">
            Could not open this debrief: {loadError}
          </div>
          <p>
            <Link href="/cases">Back to the cases</Link>
          </p>
        </div>
      </>
    );
  }
  if (!data || data.case.id !== caseId) return <p className="muted boot">Opening the debrief…</p>;

  const kase = data.case;
  const name = debriefSteps[step] ?? 'outcome';
  const View = stepViews[name];
  const closed = kase.outcome !== 'open';
  const reached = kase.debrief === 'done' ? debriefSteps.length : kase.debriefStep;

  async function next() {
    if (step === lastStep) {
      if (await finish()) {
        useToasts.getState().show({ message: `Debrief done for “${kase.title}”. Thank you.` }, 4000);
        navigate(`/cases/${caseId}`);
      }
    } else {
      await go(step + 1);
    }
  }
  async function saveAndLeave() {
    // Nothing chosen yet on an open case: there is nothing to save, so leaving is just leaving.
    if (!closed && !drafts?.outcome.outcome) {
      navigate(`/cases/${caseId}`);
      return;
    }
    if (await go(step, { remember: true })) {
      useToasts.getState().show({ message: `Debrief saved at ${stepLabels[name]}. Resume it from the case.` }, 4000);
      navigate(`/cases/${caseId}`);
    }
  }

  // Enter in a field moves on, except where Enter has its own job (an "add" row, a text area, a button).
  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    if (target.closest('textarea, button, select, a, [data-own-enter]')) return;
    e.preventDefault();
    void next();
  }

  return (
    <>
      <header className="page-head debrief-head">
        <div className="case-head-main">
          <Link href={`/cases/${caseId}`} className="back-link">
            ← {kase.title}
          </Link>
          <h1>Debrief</h1>
          <p className="muted case-head-sub">
            {kase.accountName} · <span className="num">{formatMoney(kase.valueMinor, kase.currency)}</span>
          </p>
        </div>
      </header>
      <div className="page-body debrief">
        <div className="debrief-column">
          <Stepper current={step} reached={reached} closed={closed} onGo={(index) => void go(index)} />
          <form
            className="panel step-panel"
            aria-labelledby="step-heading"
            noValidate
            onKeyDown={onKeyDown}
            onSubmit={(e) => {
              e.preventDefault();
              void next();
            }}
          >
            <header className="step-head">
              <p className="muted step-count">
                Step {step + 1} of {debriefSteps.length}
              </p>
              <h2 id="step-heading" tabIndex={-1} ref={headingRef}>
                {stepQuestions[name]}
              </h2>
            </header>
            {errors.form ? (
              <div className="banner error" role="alert">
                {errors.form}
              </div>
            ) : null}
            <View />
            <footer className="step-actions">
              <button type="button" className="btn" onClick={() => void go(step - 1)} disabled={step === 0 || busy}>
                Back
              </button>
              <span className="spacer" />
              <span className="hint">
                <kbd>Enter</kbd> {step === lastStep ? 'finishes' : 'next step'}
              </span>
              <button type="button" className="btn" onClick={() => void saveAndLeave()} disabled={busy}>
                Save and leave
              </button>
              <button type="submit" className="btn primary" disabled={busy}>
                {step === lastStep ? 'Finish debrief' : 'Next'}
              </button>
            </footer>
          </form>
        </div>
      </div>
    </>
  );
}
