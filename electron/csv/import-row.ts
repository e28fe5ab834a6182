/**
 * One CSV record to one import row (or one reject), under a mapping and the column decisions read.ts made in its
 * first pass. Pure: no file, no database. Changes with read.ts and mapping.ts.
 */
import { normaliseName } from '../../shared/text/normalise-name';
import { parseAmount, type DecimalMark } from './amounts';
import { parseDate, type ColumnOrder } from './dates';
import { columnList, normalisedValues, type FieldName, type Mapping } from './mapping';
import { decideOutcome, type ImportOutcome } from './outcome';
import type { Delimiter } from './parse';

export interface ImportRow {
  line: number;
  externalId: string | null;
  title: string;
  account: string | null;
  owner: string | null;
  offering: string | null;
  stage: string | null;
  outcome: ImportOutcome;
  valueMinor: number | null;
  currency: string;
  openedOn: string | null;
  expectedCloseOn: string | null;
  closedOn: string | null;
  lostReason: string | null;
  competitor: string | null;
}

export interface Reject {
  line: number;
  column: string | null;
  reason: string;
  raw: string;
}

export const dateFields = ['openedAt', 'closedAt', 'expectedClose'] as const satisfies FieldName[];

export function firstOf(cells: string[], cols: number[]): string | null {
  for (const i of cols) {
    const v = cells[i]?.trim();
    if (v) return v;
  }
  return null;
}

export type Converted = { ok: true; row: ImportRow; disagrees: boolean } | { ok: false; reject: Reject };

export function rowConverter(
  mapping: Mapping,
  index: Map<string, number>,
  headers: string[],
  dateOrders: Record<string, ColumnOrder>,
  decimalMark: DecimalMark | null,
  delimiter: Delimiter,
) {
  const outcomes = normalisedValues(mapping.values.outcome);
  const stages = normalisedValues(mapping.values.stage);
  const owners = normalisedValues(mapping.values.owner);
  const competitors = normalisedValues(mapping.values.competitor);
  const cols = (f: FieldName) => columnList(mapping.columns[f]).map((c) => ({ name: c, i: index.get(c) ?? -1 }));
  const byField = Object.fromEntries((Object.keys(mapping.columns) as FieldName[]).map((f) => [f, cols(f)])) as Partial<
    Record<FieldName, { name: string; i: number }[]>
  >;

  return (line: number, cells: string[]): Converted => {
    const fail = (column: string | null, reason: string, raw: string): Converted => ({
      ok: false,
      reject: { line, column, reason, raw },
    });
    if (cells.length < headers.length || cells.slice(headers.length).some((c) => c.trim() !== '')) {
      return fail(null, `${cells.length} cells where the header has ${headers.length}`, cells.join(delimiter));
    }
    /** The first non-blank mapped cell of a field, with the column it came from. */
    const get = (f: FieldName): { name: string; text: string } | null => {
      for (const c of byField[f] ?? []) {
        const text = (cells[c.i] ?? '').trim();
        if (text !== '') return { name: c.name, text };
      }
      return null;
    };
    const text = (f: FieldName) => get(f)?.text ?? null;
    const mapped = (map: Map<string, string>, v: string | null) =>
      v === null ? null : (map.get(normaliseName(v)) ?? v);

    const dates: Partial<Record<FieldName, string | null>> = {};
    for (const f of dateFields) {
      const cell = get(f);
      if (cell === null) {
        dates[f] = null;
        continue;
      }
      const order = dateOrders[cell.name];
      const parsed = parseDate(cell.text, order === 'dmy' || order === 'mdy' ? order : (mapping.dateOrder ?? null));
      if (!parsed.ok) return fail(cell.name, `date: ${parsed.reason}`, cell.text);
      dates[f] = parsed.day;
    }

    const rowCurrency = text('currency')?.toUpperCase() ?? mapping.currency;
    if (!/^[A-Z]{3}$/.test(rowCurrency)) return fail(get('currency')?.name ?? null, 'not a currency code', rowCurrency);
    let valueMinor: number | null = null;
    let currency = rowCurrency;
    const value = get('value');
    if (value !== null) {
      const parsed = parseAmount(value.text, rowCurrency, decimalMark);
      if (!parsed.ok) return fail(value.name, `amount: ${parsed.reason}`, value.text);
      if (parsed.currency !== null && get('currency') !== null && parsed.currency !== rowCurrency) {
        return fail(
          value.name,
          `amount is in ${parsed.currency} but the currency column says ${rowCurrency}`,
          value.text,
        );
      }
      if (parsed.minor < 0) return fail(value.name, 'negative amount', value.text);
      valueMinor = parsed.minor;
      currency = parsed.currency ?? rowCurrency;
    }

    const outcomeText = text('outcome') ?? text('stage');
    const decided = decideOutcome({
      text: outcomeText ?? undefined,
      won: text('wonFlag') ?? undefined,
      closed: text('closedFlag') ?? undefined,
      mapped: outcomes,
    });
    if (!decided.ok) return fail(get('wonFlag')?.name ?? get('closedFlag')?.name ?? null, decided.reason, '');

    const account = text('account');
    const offering = text('offering');
    const externalId = text('externalId');
    const stageText = text('stage');
    const title =
      text('title') ??
      ([account, offering].filter((v) => v !== null).join(' – ') || (externalId ?? `Imported case, line ${line}`));
    return {
      ok: true,
      disagrees: decided.disagrees,
      row: {
        line,
        externalId,
        title,
        account,
        owner: mapped(owners, text('owner')),
        offering,
        stage:
          stageText === null || stages.size === 0 ? stageText : (stages.get(normaliseName(stageText)) ?? stageText),
        outcome: decided.outcome,
        valueMinor,
        currency,
        openedOn: dates.openedAt ?? null,
        expectedCloseOn: dates.expectedClose ?? null,
        closedOn: dates.closedAt ?? null,
        lostReason: text('lostReason'),
        competitor: mapped(competitors, text('competitor')),
      },
    };
  };
}
