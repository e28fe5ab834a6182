import { useCallback, useEffect, useRef, useState } from 'react';
import { PeriodPicker } from '../../components/PeriodPicker';
import { usePageKeys } from '../../components/use-page-keys';
import { useLocation } from 'wouter';
import type { Case } from '../../../shared/contract/cases';
import { outcomeLabels, outcomes, type Outcome } from '../../../shared/domain/vocabulary';
import { formatNumber } from '../../lib/format';
import { useCommands } from '../../app/commands';
import { CaseFormDialog } from './CaseFormDialog';
import { CaseGrid } from './CaseGrid';
import { deleteWithUndo } from './case-actions';
import { useCasesStore } from './use-cases-store';
import { useToasts } from '../../components/use-toasts';
import { useSettings } from '../../lib/settings';
import { useVocab } from '../../lib/vocab';

type Editing = { existing: Case | null } | null;

/** The case list: search, filter, sort and a keyboard-first grid. `N` logs a case, `/` searches. */
export function CasesPage() {
  const { query, outcome, filters, total, error, setQuery, setOutcome, setFilters, clearFilters, setTrash, reload } =
    useCasesStore();
  const { vocab, load: loadVocab } = useVocab();
  const [active, setActive] = useState(0);
  const [editing, setEditing] = useState<Editing>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const lastCommand = useCommands((s) => s.last);
  const currency = useSettings((s) => s.settings?.currency);
  const [, navigate] = useLocation();

  useEffect(() => {
    setTrash(false);
    useCasesStore.getState().setVisible(true);
    return () => useCasesStore.getState().setVisible(false);
  }, [setTrash]);
  useEffect(() => {
    if (!vocab) void loadVocab();
  }, [vocab, loadVocab]);

  useEffect(() => {
    if (!lastCommand) return;
    if (lastCommand.command === 'case.new') setEditing({ existing: null });
    if (lastCommand.command === 'cases.find') searchRef.current?.focus();
  }, [lastCommand]);

  const openNew = useCallback(() => setEditing({ existing: null }), []);
  usePageKeys({
    paused: Boolean(editing),
    onNew: openNew,
  });

  const filtered = Boolean(query || outcome || Object.values(filters).some(Boolean));
  const count = total ?? 0;

  async function remove(item: Case) {
    try {
      await deleteWithUndo(item.id, item.title);
      setActive((i) => Math.max(0, Math.min(i, count - 2)));
    } catch (e) {
      useToasts.getState().show({ message: `Could not delete: ${(e as Error).message}` });
    }
  }

  return (
    <>
      <header className="page-head">
        <h1>Cases</h1>
        <span className="muted num" aria-live="polite" data-testid="case-count">
          {total === null ? '' : `${formatNumber(count)} ${count === 1 ? 'case' : 'cases'}${filtered ? ' match' : ''}`}
        </span>
        <span className="spacer" />
        <button className="btn primary" onClick={() => setEditing({ existing: null })}>
          New case <kbd>N</kbd>
        </button>
      </header>
      <div className="page-body">
        <div className="toolbar" role="search">
          <label className="visually-hidden" htmlFor="case-search">
            Search cases
          </label>
          <input
            id="case-search"
            ref={searchRef}
            className="input"
            type="search"
            placeholder="Filter by title or customer"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' || e.key === 'Enter') {
                e.preventDefault();
                gridRef.current?.querySelector<HTMLElement>('[role=grid]')?.focus();
              } else if (e.key === 'Escape' && query) {
                e.preventDefault();
                setQuery('');
              }
            }}
          />
          <label className="visually-hidden" htmlFor="outcome-filter">
            Outcome
          </label>
          <select
            id="outcome-filter"
            className="input"
            value={outcome}
            onChange={(e) => setOutcome(e.target.value as Outcome | '')}
          >
            <option value="">All outcomes</option>
            {outcomes.map((o) => (
              <option key={o} value={o}>
                {outcomeLabels[o]}
              </option>
            ))}
          </select>
          <label className="visually-hidden" htmlFor="owner-filter">
            Owner
          </label>
          <select
            id="owner-filter"
            className="input"
            value={filters.ownerId}
            onChange={(e) => setFilters({ ownerId: e.target.value })}
          >
            <option value="">Any owner</option>
            {(vocab?.team ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
          <label className="visually-hidden" htmlFor="competitor-filter">
            Competitor
          </label>
          <select
            id="competitor-filter"
            className="input"
            value={filters.competitorId}
            onChange={(e) => setFilters({ competitorId: e.target.value })}
          >
            <option value="">Any competitor</option>
            {(vocab?.competitors ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <PeriodPicker from={filters.from} to={filters.to} onChange={(period) => setFilters(period)} />
          {filters.accountId ? (
            <button
              className="btn small filter-chip"
              onClick={() => setFilters({ accountId: '', accountName: '' })}
              aria-label={`Stop showing only ${filters.accountName || 'one customer'}'s cases`}
            >
              Customer: {filters.accountName || 'one customer'} <span aria-hidden="true">✕</span>
            </button>
          ) : null}
          {filtered ? (
            <button className="btn ghost" onClick={clearFilters}>
              Clear filters
            </button>
          ) : null}
        </div>
        {error ? (
          <div className="banner error" role="alert">
            Could not load cases: {error}{' '}
            <button className="btn small" onClick={() => void reload()}>
              Try again
            </button>
          </div>
        ) : null}
        {total === 0 && !filtered ? (
          <div className="empty panel">
            <h2>Log your first case</h2>
            <p>Every proposal you win or lose is a lesson. Start by logging one you are working on now.</p>
            <button className="btn primary" onClick={() => setEditing({ existing: null })}>
              New case
            </button>
          </div>
        ) : total === 0 ? (
          <div className="empty panel">
            <h2>No cases match</h2>
            <p>Try another word or outcome.</p>
          </div>
        ) : (
          <div ref={gridRef} className="grid-wrap">
            <CaseGrid
              label="Cases"
              active={active}
              onActiveChange={setActive}
              onOpen={(item) => navigate(`/cases/${item.id}`)}
              onDelete={(item) => void remove(item)}
            />
          </div>
        )}
        {count > 0 ? (
          <p className="hint muted">
            <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Delete</kbd> move to trash · <kbd>Ctrl Z</kbd>{' '}
            undo
          </p>
        ) : null}
      </div>
      <CaseFormDialog
        open={editing !== null}
        existing={editing?.existing ?? null}
        defaultCurrency={currency}
        onClose={(saved) => {
          setEditing(null);
          if (saved) useToasts.getState().show({ message: `Saved “${saved.title}”` }, 3000);
          gridRef.current?.querySelector<HTMLElement>('[role=grid]')?.focus();
        }}
      />
    </>
  );
}
