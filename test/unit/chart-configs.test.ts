import { describe, expect, test } from 'vitest';
import type { Summary } from '../../shared/contract/review';
import { palettes } from '../../renderer/features/review/charts/palette';
import {
  criteriaGapConfig,
  headToHeadConfig,
  paretoConfig,
  stageFunnelConfig,
  winRateTrendConfig,
} from '../../renderer/features/review/charts/configs';

const p = palettes.light;
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('chart configs are the summary numbers, as percentages where rates', () => {
  test('win-rate trend draws the rate between its interval band, and gaps where a quarter has no cases', () => {
    const quarters: Summary['byQuarter'] = [
      {
        quarter: '2026-Q1',
        from: '2026-01-01',
        to: '2026-03-31',
        won: 3,
        lost: 1,
        n: 4,
        rate: 0.75,
        low: 0.41,
        high: 0.93,
      },
      { quarter: '2026-Q2', from: '2026-04-01', to: '2026-06-30', won: 0, lost: 0, n: 0, rate: null, low: 0, high: 1 },
    ];
    const config = winRateTrendConfig(quarters, p);
    expect(config.data.labels).toEqual(['2026-Q1', '2026-Q2']);
    const [low, high, rate] = config.data.datasets;
    expect(rate?.data).toEqual([75, null]);
    expect(low?.data).toEqual([41, null]);
    expect(high?.data).toEqual([93, null]);
    expect(high?.fill).toBe('-1');
    expect(config.options?.scales?.y?.max).toBe(100);
  });

  test('Pareto bars carry counts and the line the cumulative share', () => {
    const config = paretoConfig(
      [
        { label: 'Price', count: 6, cumulative: 0.6 },
        { label: 'Timing', count: 4, cumulative: 1 },
      ],
      p,
    );
    expect(config.data.datasets[0]?.data).toEqual([6, 4]);
    expect(config.data.datasets[1]?.data).toEqual([60, 100]);
    expect(config.data.datasets[1]?.yAxisID).toBe('share');
  });

  test('the Pareto line is drawn in front of its bars, and its count axis shows whole numbers', () => {
    const config = paretoConfig([{ label: 'Price', count: 3, cumulative: 1 }], p);
    const [bars, line] = config.data.datasets;
    // chart.js draws the dataset with the lower order last, i.e. on top.
    expect(line?.order).toBeLessThan(bars?.order ?? 0);
    expect(config.options?.scales?.y?.ticks).toMatchObject({ precision: 0 });
  });

  test('head-to-head shows each interval as a floating bar and labels n', () => {
    const config = headToHeadConfig(
      [{ competitorId: id(1), competitor: 'Nordex', met: 12, won: 4, lost: 8, rate: 1 / 3, low: 0.16, high: 0.57 }],
      p,
    );
    expect(config.data.labels).toEqual(['Nordex (n = 12)']);
    expect(config.data.datasets[0]?.data).toEqual([[16, 57]]);
    expect(config.data.datasets[1]?.data).toEqual([33.3]);
    expect(config.options?.indexAxis).toBe('y');
  });

  test('criteria gaps colour a gap (we trail) apart from a lead', () => {
    const config = criteriaGapConfig(
      [
        { criterionId: id(1), criterion: 'Price', cases: 10, weightedGap: 2.345, actions: [], sentence: '' },
        { criterionId: id(2), criterion: 'Quality', cases: 8, weightedGap: -1.2, actions: [], sentence: '' },
      ],
      p,
    );
    // One decimal, as the sentences beside it say it.
    expect(config.data.datasets[0]?.data).toEqual([2.3, -1.2]);
    expect(config.data.datasets[0]?.backgroundColor).toEqual([p.lost, p.won]);
  });

  test('the stage funnel pairs reached and won per stage', () => {
    const config = stageFunnelConfig(
      [
        {
          stageId: id(1),
          stage: 'Proposal',
          reached: 40,
          won: 18,
          rate: 0.45,
          low: 0.33,
          high: 0.58,
          enough: true,
          defaultProbability: 0.5,
          sellerProbability: null,
          sellerCases: 0,
          sentence: 'Proposal: 45 %',
        },
      ],
      p,
    );
    expect(config.data.datasets.map((d) => d.data)).toEqual([[40], [18]]);
    expect(config.options?.scales?.y?.ticks).toMatchObject({ precision: 0 });
  });
});
