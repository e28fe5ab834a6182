/** The Winloop fields the mapping screen offers, in the order a seller reads a deal. */
import type { FieldName } from '../../../shared/contract/imports';

export const fieldRows: { field: FieldName; label: string; hint: string }[] = [
  { field: 'externalId', label: 'CRM id', hint: 'Re-importing updates these cases instead of adding them again.' },
  { field: 'title', label: 'Title', hint: 'Left out: made from account and offering.' },
  { field: 'account', label: 'Account', hint: 'Linked by name; a new one is created once.' },
  { field: 'owner', label: 'Owner', hint: 'A team member, linked by name.' },
  { field: 'offering', label: 'Offering', hint: '' },
  { field: 'value', label: 'Value', hint: 'Currency symbols, thousands separators and decimal commas are read.' },
  { field: 'currency', label: 'Currency column', hint: 'Left out: the currency below.' },
  { field: 'outcome', label: 'Outcome or stage text', hint: 'Won / lost / open; map other values below.' },
  { field: 'stage', label: 'Stage', hint: 'For open cases: linked to your stages by name.' },
  { field: 'wonFlag', label: 'Won flag', hint: 'TRUE/FALSE or 1/0; flags win over stage text.' },
  { field: 'closedFlag', label: 'Closed flag', hint: '' },
  { field: 'openedAt', label: 'Opened on', hint: '' },
  { field: 'expectedClose', label: 'Expected close', hint: '' },
  { field: 'closedAt', label: 'Closed on', hint: '' },
  { field: 'lostReason', label: 'Lost reason', hint: 'Unknown reasons land under "Imported".' },
  { field: 'competitor', label: 'Competitor', hint: '' },
];

export const outcomeChoices = [
  ['', 'as read'],
  ['open', 'Open'],
  ['won', 'Won'],
  ['lost', 'Lost'],
  ['no_decision', 'No decision'],
  ['withdrawn', 'Withdrawn'],
] as const;
