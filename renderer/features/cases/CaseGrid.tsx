import { useVirtualGrid } from '../../components/use-virtual-grid';
import type { Case } from '../../../shared/contract/cases';
import { OutcomeBadge } from '../../components/OutcomeBadge';
import { formatDate, formatMoney } from '../../lib/format';
import { today as todayIso } from '../../lib/day';
import { useCasesStore } from './use-cases-store';

type SortKey = 'title' | 'accountName' | 'stageName' | 'valueMinor' | 'outcome' | 'nextStepOn' | 'expectedCloseOn';
const columns: { key: SortKey; label: string; className?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'accountName', label: 'Customer' },
  { key: 'stageName', label: 'Stage' },
  { key: 'valueMinor', label: 'Value', className: 'right' },
  { key: 'outcome', label: 'Outcome' },
  { key: 'nextStepOn', label: 'Next step' },
  { key: 'expectedCloseOn', label: 'Close by', className: 'right' },
];

/** A next step's date says whether it has come: the seller scans the column for red. */
function NextStep({ item, today }: { item: Case; today: string }) {
  if (item.outcome !== 'open') return <span className="muted">–</span>;
  if (!item.nextStepOn) return <span className="muted">{item.nextStep || 'None set'}</span>;
  const due = item.nextStepOn <= today;
  return (
    <span className={due ? 'due' : undefined} title={item.nextStep ?? undefined}>
      <span className="num">{formatDate(item.nextStepOn)}</span> {item.nextStep}
    </span>
  );
}

/**
 * A keyboard-driven, virtualised grid: only the visible rows exist in the DOM, and their pages are fetched as
 * they scroll into view. ↑/↓/Home/End/PageUp/PageDown move, Enter or a click opens, Delete moves to the trash.
 */
export function CaseGrid(props: {
  active: number;
  onActiveChange: (index: number) => void;
  onOpen: (item: Case) => void;
  onDelete: (item: Case) => void;
  label: string;
}) {
  const { total, rows, sort, direction, setSort, ensureRange } = useCasesStore();
  const count = total ?? 0;
  const current = rows[props.active];
  const today = todayIso();
  const { virtualizer, items, gridProps, rowProps } = useVirtualGrid({
    idPrefix: 'case',
    label: props.label,
    count,
    colCount: columns.length,
    active: props.active,
    rowHeight: 44,
    onActiveChange: props.onActiveChange,
    keys: current
      ? {
          Enter: () => props.onOpen(current),
          Delete: () => props.onDelete(current),
          Backspace: () => props.onDelete(current),
        }
      : {},
    loadRange: ensureRange,
    loaded: rows,
  });

  return (
    <div className="grid panel cases-grid" {...gridProps}>
      <div className="grid-head" role="row" aria-rowindex={1}>
        {columns.map((c) => (
          <div
            key={c.key}
            role="columnheader"
            className={c.className}
            aria-sort={sort === c.key ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
          >
            <button className="sort" tabIndex={-1} onClick={() => setSort(c.key)}>
              {c.label}
              <span aria-hidden="true">{sort === c.key ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
            </button>
          </div>
        ))}
      </div>
      <div className="grid-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((v) => {
          const item = rows[v.index];
          return (
            <div
              key={v.key}
              {...rowProps(v)}
              onClick={() => {
                props.onActiveChange(v.index);
                if (item) props.onOpen(item);
              }}
            >
              {item ? (
                <>
                  <div role="gridcell" className="title">
                    {item.title}
                  </div>
                  <div role="gridcell" className="muted">
                    {item.accountName}
                  </div>
                  <div role="gridcell" className="muted">
                    {item.stageName ?? '–'}
                  </div>
                  <div role="gridcell" className="right num">
                    {formatMoney(item.valueMinor, item.currency)}
                  </div>
                  <div role="gridcell" className="badge-cell">
                    <OutcomeBadge outcome={item.outcome} debrief={item.debrief} />
                  </div>
                  <div role="gridcell">
                    <NextStep item={item} today={today} />
                  </div>
                  <div
                    role="gridcell"
                    className={`right num${item.outcome === 'open' && item.expectedCloseOn && item.expectedCloseOn < today ? ' due' : ' muted'}`}
                  >
                    {item.expectedCloseOn ? formatDate(item.expectedCloseOn) : '–'}
                  </div>
                </>
              ) : (
                <div role="gridcell" className="muted loading-cell">
                  Loading…
                </div>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
