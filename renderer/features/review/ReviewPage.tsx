import { PeriodPicker } from '../../components/PeriodPicker';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { formatDate } from '../../lib/format';
import { useSettings } from '../../lib/settings';
import { useVocab } from '../../lib/vocab';
import { useJobs } from '../jobs/use-jobs';
import { PipelineSection } from './forecast-section';
import { LoopSection } from './LoopSection';
import { MethodNote } from './method-note';
import { HealthSection, LostSection, StandOutSection, WeaknessSection, WinSection } from './sections';
import { SellersSection } from './sellers-section';
import { useReview } from './use-review';
import '../../styles/review.css';

/**
 * The learning summary: the four questions for a scope and period, with the loop closed by each action's
 * before/after. Prints as a report (print stylesheet) and has a large view for a projector.
 */
export function ReviewPage() {
  const { scope, summary, loading, error, fieldErrors, setScope, load } = useReview();
  const rebuilding = useJobs((st) => st.jobs.find((j) => j.kind === 'derived.rebuild' && j.state === 'running'));
  const { vocab, load: loadVocab } = useVocab();
  const [segments, setSegments] = useState<string[]>([]);
  const [presenting, setPresenting] = useState(false);
  const isSample = useSettings((st) => st.settings?.isSample ?? false);

  useEffect(() => {
    void load();
    if (!vocab) void loadVocab();
    api.call('accounts.list', {}).then(
      (accounts) =>
        setSegments([...new Set(accounts.map((a) => a.industry).filter((i): i is string => Boolean(i)))].sort()),
      () => setSegments([]),
    );
  }, [load, vocab, loadVocab]);

  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setPresenting(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting]);

  return (
    <div className={`review${presenting ? ' presenting' : ''}`}>
      <header className="page-head">
        <h1>Learning summary</h1>
        {summary ? (
          <span className="muted num" data-testid="review-period">
            {formatDate(summary.scope.from)} – {formatDate(summary.scope.to)}
          </span>
        ) : null}
        {summary ? (
          // On paper only: the toolbar does not print, so the report says what it covers and when it was made.
          <p className="report-meta" data-testid="report-meta">
            {[
              (vocab?.team ?? []).find((m) => m.id === scope.ownerId)?.name ?? 'Whole team',
              scope.segment ?? 'All segments',
              (vocab?.competitors ?? []).find((c) => c.id === scope.competitorId)?.name ?? 'Any competitor',
              `printed ${formatDate(new Date().toISOString())}`,
              ...(isSample ? ['sample data, nothing here is real'] : []),
            ].join(' · ')}
          </p>
        ) : null}
        <span className="spacer" />
        <button className="btn no-print" onClick={() => setPresenting((v) => !v)} aria-pressed={presenting}>
          {presenting ? 'Exit large view' : 'Large view'}
        </button>
        <button className="btn primary no-print" onClick={() => window.print()} disabled={!summary}>
          Print report
        </button>
      </header>
      <div className="page-body review-body">
        <div className="toolbar no-print" role="group" aria-label="Scope">
          <PeriodPicker
            from={scope.from ?? ''}
            to={scope.to ?? ''}
            onChange={({ from, to }) => setScope({ from: from || undefined, to: to || undefined })}
            errorIds={{
              ...(fieldErrors.from ? { from: 'review-from-error' } : {}),
              ...(fieldErrors.to ? { to: 'review-to-error' } : {}),
            }}
          />
          <label className="visually-hidden" htmlFor="review-owner">
            Owner
          </label>
          <select
            id="review-owner"
            className="input"
            value={scope.ownerId ?? ''}
            onChange={(e) => setScope({ ownerId: e.target.value || undefined })}
          >
            <option value="">Whole team</option>
            {(vocab?.team ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
          <label className="visually-hidden" htmlFor="review-segment">
            Segment
          </label>
          <select
            id="review-segment"
            className="input"
            value={scope.segment ?? ''}
            onChange={(e) => setScope({ segment: e.target.value || undefined })}
          >
            <option value="">All segments</option>
            {segments.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
          <label className="visually-hidden" htmlFor="review-competitor">
            Competitor
          </label>
          <select
            id="review-competitor"
            className="input"
            value={scope.competitorId ?? ''}
            onChange={(e) => setScope({ competitorId: e.target.value || undefined })}
          >
            <option value="">Any competitor</option>
            {(vocab?.competitors ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {loading ? (
            <span className="muted" role="status">
              Updating…
            </span>
          ) : null}
        </div>
        {fieldErrors.from || fieldErrors.to ? (
          <div className="field-errors no-print" role="alert">
            {fieldErrors.from ? (
              <p id="review-from-error" className="error-text">
                From: {fieldErrors.from}
              </p>
            ) : null}
            {fieldErrors.to ? (
              <p id="review-to-error" className="error-text">
                To: {fieldErrors.to}
              </p>
            ) : null}
          </div>
        ) : null}
        {rebuilding ? (
          <div className="banner rebuild-progress no-print" role="status">
            <p>
              Preparing the review after an upgrade: recomputing the facts of{' '}
              {rebuilding.total > 0 ? `${rebuilding.total.toLocaleString()} cases` : 'every case'}. It opens by itself
              when done; you can keep working meanwhile.
            </p>
            <progress max={rebuilding.total || 1} value={rebuilding.done} aria-label="Preparing the review" />
          </div>
        ) : null}
        {error ? (
          <div className="banner error" role="alert">
            Could not build the summary: {error}
          </div>
        ) : null}
        {summary && summary.loopHealth.closed === 0 && summary.pipeline.openCases === 0 ? (
          <div className="empty panel">
            <h2>Nothing to review yet</h2>
            <p>
              Close a few cases with a debrief and the summary fills in. Or load the sample data from Settings to see
              it.
            </p>
          </div>
        ) : summary ? (
          <>
            <WinSection s={summary} />
            <StandOutSection s={summary} />
            <LostSection s={summary} />
            <WeaknessSection s={summary} />
            <LoopSection s={summary} />
            <SellersSection s={summary} />
            <PipelineSection s={summary} />
            <HealthSection s={summary} />
            <MethodNote />
          </>
        ) : fieldErrors.from || fieldErrors.to ? (
          <p className="muted">The summary appears once the period above is one it can cover.</p>
        ) : null}
      </div>
    </div>
  );
}
