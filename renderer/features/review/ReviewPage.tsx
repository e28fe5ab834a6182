import { PeriodPicker } from '../../components/PeriodPicker';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { formatDate } from '../../lib/format';
import { useSettings } from '../../lib/settings';
import { useVocab } from '../../lib/vocab';
import {
  HealthSection,
  LoopSection,
  LostSection,
  PipelineSection,
  StandOutSection,
  WeaknessSection,
  WinSection,
} from './sections';
import { useReview } from './use-review';
import '../../styles/review.css';

/**
 * The learning summary: the four questions for a scope and period, with the loop closed by each action's
 * before/after. Prints as a report (print stylesheet) and has a large view for a projector.
 */
export function ReviewPage() {
  const { scope, summary, loading, error, setScope, load } = useReview();
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
            <PipelineSection s={summary} />
            <HealthSection s={summary} />
            <p className="muted method-note">
              Rates show n and a 90 % Wilson score interval. A change is called a change only when the 90 % Newcombe
              interval of the difference excludes zero; otherwise the text says there is no clear difference yet.
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}
