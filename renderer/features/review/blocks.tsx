import type { ReactNode } from 'react';
import type { Summary } from '../../../shared/contract/review';
import { formatMoney, formatPercent } from '../../lib/format';
import { ChartCanvas, type ReviewChartConfig } from './charts/ChartCanvas';
import type { Palette } from './charts/palette';
import { formatRate, formatSure } from './format';

/** A headline rate with its count and interval: the review never shows a rate without them. */
export function RateCard(props: {
  label: string;
  rate: number | null;
  /** Omitted where no interval is defined (a value-weighted rate): then only n is shown. */
  low?: number;
  high?: number;
  n: number;
  note?: string;
  testId?: string;
}) {
  return (
    <div className="rate-card" data-testid={props.testId}>
      <span className="rate-label">{props.label}</span>
      <span className="rate-value num">{formatRate(props.rate)}</span>
      <span className="rate-meta muted num">
        n = {props.n}
        {props.n > 0 && props.low !== undefined && props.high !== undefined
          ? ` · ${formatSure(props.low, props.high)}`
          : ''}
      </span>
      {props.note ? <span className="rate-note muted">{props.note}</span> : null}
    </div>
  );
}

/** A chart with its data as a table, for screen readers, for print and for anyone who wants the numbers. */
export function ChartBlock(props: {
  title: string;
  /** Builds the chart for a palette: the screen's theme, or the light one on paper. */
  build: (p: Palette) => ReviewChartConfig;
  height?: number;
  table: { head: string[]; rows: (string | number)[][] };
  empty?: string;
}) {
  const hasData = props.table.rows.length > 0;
  return (
    <figure className="chart-block">
      <figcaption>{props.title}</figcaption>
      {hasData ? (
        <ChartCanvas build={props.build} height={props.height} />
      ) : (
        <p className="muted chart-empty">{props.empty ?? 'Nothing to chart yet.'}</p>
      )}
      {hasData ? (
        <details className="data-table">
          <summary>Data table</summary>
          <table>
            <thead>
              <tr>
                {props.table.head.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j} className={typeof cell === 'number' ? 'num' : undefined}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </figure>
  );
}

export function Findings({ items }: { items: string[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="findings">
      {items.map((f) => (
        <li key={f}>{f}</li>
      ))}
    </ul>
  );
}

export function ReviewSection(props: {
  id: string;
  number?: number;
  title: string;
  question?: string;
  children: ReactNode;
}) {
  return (
    <section className="review-section panel" aria-labelledby={`${props.id}-title`} id={props.id}>
      <header>
        {props.number ? <span className="q-number">{props.number}</span> : null}
        <h2 id={`${props.id}-title`}>{props.title}</h2>
      </header>
      {props.question ? <p className="muted q-text">{props.question}</p> : null}
      {props.children}
    </section>
  );
}

/** What one point of win rate is worth a year at this period's pace: the loop's payoff in the seller's money. */
export function PointValueCard({ value }: { value: Summary['pointValue'] }) {
  if (!value) {
    return (
      <div className="rate-card" data-testid="point-value">
        <span className="rate-label">A point of win rate</span>
        <span className="rate-value num">–</span>
        <span className="rate-note muted">Not enough closed cases with a value yet to say what a point is worth.</span>
      </div>
    );
  }
  const money = (minor: number) => formatMoney(Math.round(minor), value.currency, { compact: true });
  return (
    <div className="rate-card" data-testid="point-value">
      <span className="rate-label">A point of win rate</span>
      <span className="rate-value num">{money(value.onePoint.estimateMinor)}</span>
      <span className="rate-meta muted num">
        a year; {formatPercent(0.9)} sure it is between {money(value.onePoint.lowMinor)} and{' '}
        {money(value.onePoint.highMinor)}
      </span>
      <span className="rate-note muted">
        Five points: {money(value.fivePoints.estimateMinor)} a year. At about {Math.round(value.casesPerYear)} closed
        cases a year of {money(value.meanValueMinor)} on average.
      </span>
    </div>
  );
}
