import type { Account } from '../../../shared/contract/accounts';
import { sizeBandLabels } from '../../../shared/domain/vocabulary';
import { formatNumber } from '../../lib/format';

function casesText(open: number, closed: number): string {
  if (open && closed) return `${formatNumber(open)} open, ${formatNumber(closed)} closed cases`;
  if (open) return `${formatNumber(open)} open ${open === 1 ? 'case' : 'cases'}`;
  if (closed) return `${formatNumber(closed)} closed ${closed === 1 ? 'case' : 'cases'}`;
  return 'no cases yet';
}

/** "Logistics · 250–999 employees · Hamburg · 2 open, 3 closed cases": what is known, nothing invented. */
export function accountFacts(a: Account): string {
  return [
    a.industry,
    a.sizeBand ? `${sizeBandLabels[a.sizeBand]} employees` : null,
    a.region,
    casesText(a.openCases, a.closedCases),
  ]
    .filter(Boolean)
    .join(' · ');
}
