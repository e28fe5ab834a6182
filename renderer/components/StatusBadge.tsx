import type { CaseStatus } from '../../shared/contract/cases';

export const statusLabels: Record<CaseStatus, string> = {
  open: 'Open',
  won: 'Won',
  lost: 'Lost',
  no_decision: 'No decision',
  withdrawn: 'Withdrawn',
};

export function StatusBadge({ status }: { status: CaseStatus }) {
  const tone = status === 'won' ? 'won' : status === 'lost' ? 'lost' : status === 'open' ? 'open' : '';
  return <span className={`badge ${tone}`}>{statusLabels[status]}</span>;
}
