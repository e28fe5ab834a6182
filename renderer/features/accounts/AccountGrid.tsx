import type { KeyboardEvent } from 'react';
import { useVirtualGrid } from '../../components/use-virtual-grid';
import { Link } from 'wouter';
import type { Account } from '../../../shared/contract/accounts';
import { sizeBandLabels } from '../../../shared/domain/vocabulary';
import { formatNumber } from '../../lib/format';

const ROW_H = 44;
const columns = [
  { label: 'Customer' },
  { label: 'Industry' },
  { label: 'Employees' },
  { label: 'Region' },
  { label: 'Open cases', className: 'right' },
  { label: 'Closed cases', className: 'right' },
  { label: 'Actions', hidden: true },
];

/**
 * Customers in a virtualised grid: only the visible rows exist in the DOM, so 25,000 accounts scroll like 25.
 * One tab stop; ↑/↓/Home/End/PageUp/PageDown move, Enter opens the power map, E edits.
 */
export function AccountGrid(props: {
  accounts: Account[];
  active: number;
  onActiveChange: (index: number) => void;
  onOpen: (account: Account) => void;
  onEdit: (account: Account) => void;
}) {
  const { accounts, active } = props;
  const count = accounts.length;
  const { scrollRef, virtualizer, handleMove, rowStyle } = useVirtualGrid({
    count,
    active,
    rowHeight: ROW_H,
    onActiveChange: props.onActiveChange,
  });

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (handleMove(e)) return;
    const current = accounts[active];
    if (!current) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      props.onOpen(current);
    } else if (e.key === 'e' || e.key === 'E' || e.key === 'F2') {
      e.preventDefault();
      props.onEdit(current);
    }
  }

  return (
    <div
      className="grid panel accounts-grid"
      ref={scrollRef}
      role="grid"
      aria-label="Customers"
      aria-rowcount={count + 1}
      aria-colcount={columns.length}
      tabIndex={0}
      aria-activedescendant={count > 0 ? `account-row-${Math.min(active, count - 1)}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="grid-head" role="row" aria-rowindex={1}>
        {columns.map((c) => (
          <div key={c.label} role="columnheader" className={c.className}>
            {c.hidden ? <span className="visually-hidden">{c.label}</span> : c.label}
          </div>
        ))}
      </div>
      <div className="grid-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((v) => {
          const a = accounts[v.index];
          if (!a) return null;
          return (
            <div
              key={a.id}
              id={`account-row-${v.index}`}
              role="row"
              aria-rowindex={v.index + 2}
              aria-selected={v.index === active}
              className={`grid-row${v.index === active ? ' active' : ''}`}
              style={rowStyle(v)}
              onClick={() => props.onActiveChange(v.index)}
              onDoubleClick={() => props.onOpen(a)}
            >
              <div role="gridcell" className="title">
                <Link href={`/accounts/${a.id}`} tabIndex={-1} className="row-link">
                  {a.name}
                </Link>
              </div>
              <div role="gridcell" className={a.industry ? '' : 'muted'}>
                {a.industry ?? '—'}
              </div>
              <div role="gridcell" className={`num${a.sizeBand ? '' : ' muted'}`}>
                {a.sizeBand ? sizeBandLabels[a.sizeBand] : '—'}
              </div>
              <div role="gridcell" className={a.region ? '' : 'muted'}>
                {a.region ?? '—'}
              </div>
              <div role="gridcell" className={`right num${a.openCases ? '' : ' muted'}`}>
                {formatNumber(a.openCases)}
              </div>
              <div role="gridcell" className={`right num${a.closedCases ? '' : ' muted'}`}>
                {formatNumber(a.closedCases)}
              </div>
              <div role="gridcell" className="right">
                <button
                  className="btn ghost small"
                  tabIndex={-1}
                  aria-label={`Edit ${a.name}`}
                  onClick={(e) => {
                    e.stopPropagation();
                    props.onEdit(a);
                  }}
                >
                  Edit
                </button>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
