import { useEffect } from 'react';
import { Link, useLocation } from 'wouter';
import { outcomeLabels } from '../../../shared/domain/vocabulary';
import { api } from '../../api/client';
import { OutcomeBadge } from '../../components/OutcomeBadge';
import { useToasts } from '../../components/use-toasts';
import { formatDate } from '../../lib/format';
import { useVocab } from '../../lib/vocab';
import { BuyerStepsPanel } from './BuyerStepsPanel';
import { CaseFields } from './CaseFields';
import { CaseLessons } from './CaseLessons';
import { CompetitorsPanel } from './CompetitorsPanel';
import { StakeholdersPanel } from './StakeholdersPanel';
import { InteractionsPanel } from './InteractionsPanel';
import { RelatedLessons } from './RelatedLessons';
import { overallState, useCaseAutosave } from './use-case-autosave';
import { CASE_PAGE_ORIGIN, useCasePage } from './use-case-page';
import '../../styles/debrief.css';

/**
 * One case: its fields saved as they are typed, the buyer's steps, and the lessons that matter for it — from
 * earlier cases while it is open, its own once it is closed. Closing goes through the guided debrief.
 * Keyed by case so moving from one case to another never carries a draft across.
 */
export function CaseDetailPage({ caseId }: { caseId: string }) {
  return <CaseDetail key={caseId} caseId={caseId} />;
}

function CaseDetail({ caseId }: { caseId: string }) {
  const { kase: stored, debrief, error, related, relatedError, saved } = useCasePage();
  // Until this case's first answer lands, the store may still hold the previous one.
  const shown = stored?.id === caseId ? stored : null;
  const { vocab, load: loadVocab } = useVocab();
  const [, navigate] = useLocation();
  const autosave = useCaseAutosave(caseId, shown, saved);

  useEffect(() => useCasePage.getState().open(caseId), [caseId]);
  useEffect(() => {
    if (!vocab) void loadVocab();
  }, [vocab, loadVocab]);

  async function reopen() {
    try {
      saved(await api.call('debrief.reopen', { caseId }, { origin: CASE_PAGE_ORIGIN }));
      useToasts.getState().show({ message: 'Case reopened. Its debrief is kept.' }, 4000);
    } catch (e) {
      useToasts.getState().show({ message: `Could not reopen: ${(e as Error).message}` });
    }
  }

  if (error && !shown) {
    return (
      <>
        <header className="page-head">
          <h1>Case not found</h1>
        </header>
        <div className="page-body">
          <div className="banner error" role="alert">
            {error}
          </div>
          <p>
            <Link href="/cases">Back to the cases</Link>
          </p>
        </div>
      </>
    );
  }
  if (!shown || !autosave.values) return <p className="muted boot">Opening the case…</p>;

  const kase = shown;
  const open = kase.outcome === 'open';
  const winner = vocab?.competitors.find((c) => c.id === kase.winnerCompetitorId)?.name;
  const saveState = overallState(autosave.states, autosave.hasDraft);

  return (
    <>
      <header className="page-head case-head">
        <div className="case-head-main">
          <Link href="/cases" className="back-link">
            ← Cases
          </Link>
          <div className="case-head-title">
            <h1>{kase.title}</h1>
            <OutcomeBadge outcome={kase.outcome} debrief={kase.debrief} />
            {kase.debrief === 'done' ? <span className="badge">Debrief done</span> : null}
          </div>
          <p className="muted case-head-sub">
            <a href={`#/accounts/${kase.accountId}`}>{kase.accountName}</a>
            {open ? null : (
              <>
                {' · '}
                {outcomeLabels[kase.outcome]}
                {winner ? ` (${winner})` : ''}
                {kase.closedOn ? ` on ${formatDate(kase.closedOn)}` : ''}
              </>
            )}
          </p>
        </div>
        <span className="spacer" />
        <span className={`save-summary muted${saveState.startsWith('Some') ? ' bad' : ''}`} role="status">
          {saveState}
        </span>
        {open ? (
          <button className="btn primary" onClick={() => navigate(`/cases/${caseId}/debrief`)}>
            Close case…
          </button>
        ) : (
          <>
            <button className="btn" onClick={() => void reopen()}>
              Reopen
            </button>
            <button
              className={`btn${kase.debrief === 'done' ? '' : ' primary'}`}
              onClick={() => navigate(`/cases/${caseId}/debrief`)}
            >
              {kase.debrief === 'done' ? 'View debrief' : 'Continue debrief'}
            </button>
          </>
        )}
      </header>
      <div className="page-body case-detail">
        {autosave.hasDraft && saveState.startsWith('Some') ? (
          <div className="banner" role="note">
            Your unsaved edits are kept on this computer until they can be saved.
          </div>
        ) : null}
        <div className="case-layout">
          <section className="panel detail-panel" aria-labelledby="details-heading">
            <header className="panel-head">
              <h2 id="details-heading">Details</h2>
              <span className="hint">Changes save as you type</span>
            </header>
            <CaseFields
              values={autosave.values}
              states={autosave.states}
              vocab={vocab}
              open={open}
              onChange={autosave.change}
            />
          </section>
          <div className="case-side">
            <BuyerStepsPanel kase={kase} vocab={vocab} initial={debrief?.buyerSteps ?? []} />
            <CompetitorsPanel caseId={caseId} vocab={vocab} initial={debrief?.competitors ?? []} />
            <StakeholdersPanel caseId={caseId} accountId={kase.accountId} initial={debrief?.people ?? []} />
            {open ? (
              <RelatedLessons lessons={related} error={relatedError} />
            ) : (
              <CaseLessons lessons={debrief?.lessons ?? []} />
            )}
            <InteractionsPanel caseId={caseId} accountId={kase.accountId} />
          </div>
        </div>
      </div>
    </>
  );
}
