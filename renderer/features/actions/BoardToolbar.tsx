import type { RefObject } from 'react';
import { formatNumber } from '../../lib/format';
import { useVocab } from '../../lib/vocab';
import { noFilter, type BoardFilter } from './board';

/** Find an action (title, scope, lessons), narrow to one owner, and show or hide the dropped ones. */
export function BoardToolbar(props: {
  filter: BoardFilter;
  onFilter: (filter: BoardFilter) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  dropped: number;
  showDropped: boolean;
  onToggleDropped: () => void;
}) {
  const { filter, onFilter } = props;
  const vocab = useVocab((s) => s.vocab);
  const filtered = Boolean(filter.query.trim() || filter.ownerId);
  return (
    <div className="toolbar" role="search">
      <label className="visually-hidden" htmlFor="action-search">
        Find an action
      </label>
      <input
        id="action-search"
        ref={props.searchRef}
        className="input"
        type="search"
        placeholder="Find an action or lesson"
        value={filter.query}
        onChange={(e) => onFilter({ ...filter, query: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && filter.query) {
            e.preventDefault();
            onFilter({ ...filter, query: '' });
          }
        }}
      />
      <label className="visually-hidden" htmlFor="action-owner">
        Owner
      </label>
      <select
        id="action-owner"
        className="input"
        value={filter.ownerId}
        onChange={(e) => onFilter({ ...filter, ownerId: e.target.value })}
      >
        <option value="">Any owner</option>
        <option value="none">Nobody yet</option>
        {(vocab?.team ?? []).map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
      {filtered ? (
        <button className="btn ghost" onClick={() => onFilter(noFilter)}>
          Clear filters
        </button>
      ) : null}
      <span className="spacer" />
      <button
        className="btn"
        aria-expanded={props.showDropped}
        aria-controls="dropped-actions"
        onClick={props.onToggleDropped}
      >
        {props.showDropped ? 'Hide dropped' : 'Show dropped'}
        <span className="column-count num">{formatNumber(props.dropped)}</span>
      </button>
    </div>
  );
}
