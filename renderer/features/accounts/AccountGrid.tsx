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
  const current = accounts[active];
  const edit = current ? () => props.onEdit(current) : undefined;
  const { virtualizer, items, gridProps, rowProps } = useVirtualGrid({
    idPrefix: 'account',
    label: 'Customers',
    count,
    colCount: columns.length,
    active,
    rowHeight: ROW_H,
    onActiveChange: props.onActiveChange,
    keys: current && edit ? { Enter: () => props.onOpen(current), e: edit, E: edit, F2: edit } : {},
    ignoreModifiedKeys: true,
  });

  return (
    <div className="grid panel accounts-grid" {...gridProps}>
      <div className="grid-head" role="row" aria-rowindex={1}>
        {columns.map((c) => (
          <div key={c.label} role="columnheader" className={c.className}>
            {c.hidden ? <span className="visually-hidden">{c.label}</span> : c.label}
          </div>
        ))}
      </div>
      <div className="grid-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((v) => {
          const a = accounts[v.index];
          if (!a) return null;
          return (
            <div key={a.id} {...rowProps(v)} onDoubleClick={() => props.onOpen(a)}>
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
