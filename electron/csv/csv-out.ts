/**
 * CSV as Excel opens it: UTF-8 with BOM, CRLF, RFC 4180 quoting, ISO dates, plain numbers. Text cells that a
 * spreadsheet would run as a formula (= + - @ tab CR, or their full-width forms) get a leading apostrophe;
 * numbers typed as numbers stay numbers, negatives included. parse.ts takes the apostrophe off on re-import, and
 * the cases header is the 'winloop' layout in detect.ts, so an export re-imports with no mapping.
 */
import { currencyDigits } from '../../shared/money';

export type Cell = string | number | null;

const formulaStart = /^'*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

export function neutralise(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

function field(cell: Cell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : neutralise(cell);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return '\ufeff' + [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export interface CaseCsvRow {
  id: string;
  title: string;
  accountName: string;
  ownerName: string | null;
  offering: string | null;
  stageName: string | null;
  outcome: string;
  valueMinor: number;
  currency: string;
  openedOn: string;
  expectedCloseOn: string | null;
  closedOn: string | null;
  lostReason: string | null;
  competitor: string | null;
}

export const caseCsvHeader = [
  'Winloop Case ID',
  'Title',
  'Account',
  'Owner',
  'Offering',
  'Stage',
  'Outcome',
  'Value',
  'Currency',
  'Opened On',
  'Expected Close On',
  'Closed On',
  'Lost Reason',
  'Competitor',
];

/** Minor units as a plain decimal number in major units, e.g. 2270050 USD → "22700.50". */
export function majorUnits(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  if (digits === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const abs = String(Math.abs(minor)).padStart(digits + 1, '0');
  return `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

export function casesCsv(rows: CaseCsvRow[]): string {
  return toCsv(
    caseCsvHeader,
    rows.map((r) => [
      r.id,
      r.title,
      r.accountName,
      r.ownerName,
      r.offering,
      r.stageName,
      r.outcome,
      Number(majorUnits(r.valueMinor, r.currency)),
      r.currency,
      r.openedOn,
      r.expectedCloseOn,
      r.closedOn,
      r.lostReason,
      r.competitor,
    ]),
  );
}

export interface LessonCsvRow {
  id: string;
  caseId: string;
  caseTitle: string;
  kind: string;
  tag: string | null;
  text: string;
  createdOn: string;
}

export function lessonsCsv(rows: LessonCsvRow[]): string {
  return toCsv(
    ['Lesson ID', 'Case ID', 'Case', 'Kind', 'Tag', 'Lesson', 'Created On'],
    rows.map((r) => [r.id, r.caseId, r.caseTitle, r.kind, r.tag, r.text, r.createdOn]),
  );
}

export interface ActionCsvRow {
  id: string;
  title: string;
  kind: string;
  ownerName: string | null;
  dueOn: string | null;
  status: string;
  doneOn: string | null;
  scope: string;
  lessonCount: number;
}

export function actionsCsv(rows: ActionCsvRow[]): string {
  return toCsv(
    ['Action ID', 'Title', 'Kind', 'Owner', 'Due On', 'Status', 'Done On', 'Scope', 'Lessons'],
    rows.map((r) => [r.id, r.title, r.kind, r.ownerName, r.dueOn, r.status, r.doneOn, r.scope, r.lessonCount]),
  );
}
