/**
 * Pure builders from summary data to chart.js configurations: no DOM, no Chart instance, so each can be
 * tested and every chart's numbers are the summary's numbers. The same data is shown as a table beside it.
 */
import type { ChartConfiguration } from 'chart.js';
import type { Summary } from '../../../../shared/contract/review';
import type { Palette } from './palette';

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

/** Ticks for an axis of counts: whole numbers only, as there is no half a case. */
const countTicks = (p: Palette) => ({ color: p.muted, precision: 0 });

function baseOptions(p: Palette, yMax?: number) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    plugins: { legend: { labels: { color: p.text, boxWidth: 12 } }, tooltip: { enabled: true } },
    scales: {
      x: { ticks: { color: p.muted }, grid: { color: p.grid } },
      y: {
        ticks: { color: p.muted },
        grid: { color: p.grid },
        beginAtZero: true,
        // Counts get headroom so the tallest bar does not run into the top edge; fixed scales (%) keep theirs.
        ...(yMax === undefined ? { grace: '8%' } : { max: yMax }),
      },
    },
  };
}

/** Win rate per quarter (%), with its 90 % interval as a shaded band. */
export function winRateTrendConfig(byQuarter: Summary['byQuarter'], p: Palette): ChartConfiguration<'line'> {
  const labels = byQuarter.map((q) => q.quarter);
  return {
    type: 'line',
    data: {
      labels,
      datasets: [
        {
          label: '90 % interval (low)',
          data: byQuarter.map((q) => pct(q.n ? q.low : null)),
          borderWidth: 0,
          pointRadius: 0,
          fill: false,
          backgroundColor: p.accentSoft,
        },
        {
          label: '90 % interval',
          data: byQuarter.map((q) => pct(q.n ? q.high : null)),
          borderWidth: 0,
          pointRadius: 0,
          fill: '-1',
          backgroundColor: p.accentSoft,
        },
        {
          label: 'Win rate %',
          data: byQuarter.map((q) => pct(q.rate)),
          borderColor: p.accent,
          backgroundColor: p.accent,
          pointRadius: 3,
          spanGaps: true,
        },
      ],
    },
    options: {
      ...baseOptions(p, 100),
      plugins: {
        legend: { labels: { color: p.text, boxWidth: 12, filter: (item) => item.text !== '90 % interval (low)' } },
      },
    },
  };
}

/** Loss reasons as Pareto bars (count) with the cumulative share as a line on a second axis. */
export function paretoConfig(
  rows: { label: string; count: number; cumulative: number }[],
  p: Palette,
): ChartConfiguration<'bar' | 'line'> {
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [
        // chart.js draws a lower `order` on top: the cumulative line must stay in front of its bars.
        {
          type: 'bar',
          label: 'Lost cases',
          data: rows.map((r) => r.count),
          backgroundColor: p.lost,
          yAxisID: 'y',
          order: 1,
        },
        {
          type: 'line',
          label: 'Cumulative %',
          data: rows.map((r) => pct(r.cumulative)),
          borderColor: p.text,
          backgroundColor: p.text,
          yAxisID: 'share',
          pointRadius: 2,
          order: 0,
        },
      ],
    },
    options: {
      ...baseOptions(p),
      scales: {
        ...baseOptions(p).scales,
        y: { ...baseOptions(p).scales.y, ticks: countTicks(p) },
        share: { position: 'right', min: 0, max: 100, ticks: { color: p.muted }, grid: { display: false } },
      },
    },
  };
}

/** Head-to-head win rate per competitor: the interval as a floating bar, the rate as a dot. */
export function headToHeadConfig(rows: Summary['byCompetitor'], p: Palette): ChartConfiguration<'bar' | 'line'> {
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => `${r.competitor} (n = ${r.won + r.lost})`),
      datasets: [
        {
          type: 'bar',
          label: '90 % interval',
          data: rows.map((r) => [pct(r.low) ?? 0, pct(r.high) ?? 0] as [number, number]),
          backgroundColor: p.accentSoft,
          borderColor: p.accent,
          borderWidth: 1,
        },
        {
          type: 'line',
          label: 'Win rate %',
          data: rows.map((r) => pct(r.rate)),
          showLine: false,
          pointRadius: 5,
          borderColor: p.accent,
          backgroundColor: p.accent,
        },
      ],
    },
    options: {
      ...baseOptions(p, 100),
      indexAxis: 'y' as const,
      scales: {
        x: { min: 0, max: 100, ticks: { color: p.muted }, grid: { color: p.grid } },
        y: { ticks: { color: p.text }, grid: { display: false } },
      },
    },
  };
}

/**
 * Criteria gaps, importance × (rival − ours), rounded as the sentences round them (one decimal): the longest bar
 * to the right is the weakness to work on first; bars to the left are where we lead.
 */
export function criteriaGapConfig(rows: Summary['criteriaGaps'], p: Palette): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.criterion),
      datasets: [
        {
          label: 'Gap: importance × (rival − ours)',
          data: rows.map((r) => Math.round(r.weightedGap * 10) / 10),
          backgroundColor: rows.map((r) => (r.weightedGap > 0 ? p.lost : p.won)),
        },
      ],
    },
    options: { ...baseOptions(p), indexAxis: 'y' as const, plugins: { legend: { display: false } } },
  };
}

/** The stage funnel: how many closed cases reached each stage and how many of those were won. */
export function stageFunnelConfig(rows: Summary['pipeline']['stages'], p: Palette): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.stage),
      datasets: [
        {
          label: 'Reached',
          data: rows.map((r) => r.reached),
          backgroundColor: p.accentSoft,
          borderColor: p.accent,
          borderWidth: 1,
        },
        { label: 'Won', data: rows.map((r) => r.won), backgroundColor: p.won },
      ],
    },
    options: {
      ...baseOptions(p),
      scales: { ...baseOptions(p).scales, y: { ...baseOptions(p).scales.y, ticks: countTicks(p) } },
    },
  };
}
