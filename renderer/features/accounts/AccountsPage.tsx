import { useCallback, useEffect, useRef, useState } from 'react';
import { usePageKeys } from '../../components/use-page-keys';
import { useLocation } from 'wouter';
import type { Account } from '../../../shared/contract/accounts';
import { api } from '../../api/client';
import { useToasts } from '../../components/use-toasts';
import { formatNumber } from '../../lib/format';
import { AccountFormDialog } from './AccountFormDialog';
import { AccountGrid } from './AccountGrid';
import { useAccountsStore } from './use-accounts-store';
import '../../styles/powermap.css';

type Editing = { existing: Account | null } | null;

/** The customers: search, add, edit, and open one's power map. `N` adds a customer, `/` searches. */
export function AccountsPage() {
  const { query, accounts, shownQuery, error, setQuery, reload } = useAccountsStore();
  const [active, setActive] = useState(0);
  const [editing, setEditing] = useState<Editing>(null);
  const [selectId, setSelectId] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const [, navigate] = useLocation();

  useEffect(() => void reload(), [reload]);
  useEffect(
    () =>
      api.on('data.changed', ({ entities }) => {
        if (entities.includes('accounts') || entities.includes('cases')) void reload();
      }),
    [reload],
  );

  // A customer just saved is selected once the list that holds it arrives.
  useEffect(() => {
    if (!selectId || !accounts) return;
    const index = accounts.findIndex((a) => a.id === selectId);
    if (index < 0) return;
    setActive(index);
    setSelectId(null);
    focusGrid();
  }, [accounts, selectId]);

  const openNew = useCallback(() => setEditing({ existing: null }), []);
  usePageKeys({
    paused: Boolean(editing),
    onNew: openNew,
  });

  function focusGrid() {
    gridRef.current?.querySelector<HTMLElement>('[role=grid]')?.focus();
  }

  const count = accounts?.length ?? 0;
  const searching = Boolean(shownQuery);

  return (
    <>
      <header className="page-head">
        <h1>Accounts</h1>
        <span className="muted num" aria-live="polite" data-testid="account-count">
          {accounts === null
            ? ''
            : `${formatNumber(count)} ${count === 1 ? 'customer' : 'customers'}${searching ? ' match' : ''}`}
        </span>
        <span className="spacer" />
        <button className="btn primary" onClick={() => setEditing({ existing: null })}>
          New customer <kbd>N</kbd>
        </button>
      </header>
      <div className="page-body">
        {accounts !== null && (count > 0 || searching || query) ? (
          <div className="toolbar" role="search">
            <label className="visually-hidden" htmlFor="account-search">
              Search customers
            </label>
            <input
              id="account-search"
              ref={searchRef}
              className="input"
              type="search"
              placeholder="Filter by name"
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setActive(0);
              }}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown' || e.key === 'Enter') {
                  e.preventDefault();
                  focusGrid();
                } else if (e.key === 'Escape' && query) {
                  e.preventDefault();
                  setQuery('');
                }
              }}
            />
          </div>
        ) : null}
        {error ? (
          <div className="banner error" role="alert">
            Could not load customers: {error}{' '}
            <button className="btn small" onClick={() => void reload()}>
              Try again
            </button>
          </div>
        ) : null}
        {accounts === null ? null : count === 0 && !searching ? (
          <div className="empty panel accounts-empty">
            <h2>Add your first customer</h2>
            <p>
              A customer holds its cases and its power map: who decides, who pays, who blocks, and who on your team
              knows them. Customers you name when logging a case appear here too.
            </p>
            <button className="btn primary" onClick={() => setEditing({ existing: null })}>
              New customer
            </button>
          </div>
        ) : count === 0 ? (
          <div className="empty panel">
            <h2>No customers match “{shownQuery}”</h2>
            <p>Try part of the name, or add it as a new customer.</p>
            <button className="btn" onClick={() => setQuery('')}>
              Clear search
            </button>
          </div>
        ) : (
          <div ref={gridRef} className="grid-wrap">
            <AccountGrid
              accounts={accounts}
              active={Math.min(active, count - 1)}
              onActiveChange={setActive}
              onOpen={(a) => navigate(`/accounts/${a.id}`)}
              onEdit={(a) => setEditing({ existing: a })}
            />
          </div>
        )}
        {count > 0 ? (
          <p className="hint muted">
            <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open power map · <kbd>E</kbd> edit · <kbd>N</kbd> new
            customer
          </p>
        ) : null}
      </div>
      <AccountFormDialog
        open={editing !== null}
        existing={editing?.existing ?? null}
        onClose={(saved) => {
          const wasNew = editing?.existing === null;
          setEditing(null);
          if (saved) {
            useToasts.getState().show({ message: `${wasNew ? 'Added' : 'Saved'} “${saved.name}”` }, 3000);
            setSelectId(saved.id);
            void reload();
          } else focusGrid();
        }}
      />
    </>
  );
}
