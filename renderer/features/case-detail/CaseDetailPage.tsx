import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { Case } from '../../../shared/contract/cases';
import type { Debrief } from '../../../shared/contract/debrief';
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
  const [kase, setKase] = useState<Case | null>(null);
  const [debrief, setDebrief] = useState<Debrief | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { vocab, load: loadVocab } = useVocab();
  const [, navigate] = useLocation();
  const autosave = useCaseAutosave(caseId, kase, setKase);

  const loads = useRef(0);

  // Saves trigger reloads in quick succession: only the newest answer is shown, never an older one after it.
  const load = useCallback(async () => {
    const mine = ++loads.current;
    try {
      const found = await api.call('debrief.get', { caseId });
      if (mine !== loads.current) return;
      setKase(found.case);
      setDebrief(found);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [caseId]);

  useEffect(() => {
    void load();
    if (!vocab) void loadVocab();
  }, [load, vocab, loadVocab]);

  // Another window, the CLI or an import may change this case: show it (fields being typed in stay as typed).
  useEffect(
    () =>
      api.on('data.changed', ({ entities }) => {
        if (entities.includes('cases') || entities.includes('debrief') || entities.includes('lessons')) void load();
      }),
    [load],
  );

  async function reopen() {
    try {
      setKase(await api.call('debrief.reopen', { caseId }));
      useToasts.getState().show({ message: 'Case reopened. Its debrief is kept.' }, 4000);
    } catch (e) {
      useToasts.getState().show({ message: `Could not reopen: ${(e as Error).message}` });
    }
  }

  if (error && !kase) {
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
  if (!kase || !autosave.values) return <p className="muted boot">Opening the case…</p>;

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
              <RelatedLessons caseId={caseId} version={kase.updatedAt} />
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
