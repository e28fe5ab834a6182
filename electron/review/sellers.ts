/**
 * Per seller, for coaching a small team: each member's win rate with its interval, compared with the rest of
 * the team's cases in the same view, and the few factors where the member works differently from the rest
 * (decision maker and stakeholders met before the decision, face to face, how far the buyer got before the
 * decision, cycle length).
 * Factors are compared over all the member's counted cases, won or lost, against everyone else's: a coach asks
 * "does she reach the decision maker as often as the others", not "among her won cases". Testing five factors
 * per member would find a difference by chance, so each is tested at a Bonferroni-adjusted level
 * (shared/stats/contrast.ts); only those listed are shown, otherwise the sentence says "no clear difference".
 * Reads the grouped sums factors.ts already fetched: no second pass over the period.
 * Changes with: shared/contract/review.ts (sellers), factors.ts.
 */
import type { Summary } from '../../shared/contract/review';
import { addSums, emptySums, FACTOR_NAMES, SUM_KEYS, type FactorGroup, type FactorSums } from './factors';
import { rows, type ReviewQuery } from './scope';
import {
  compareWinRates,
  CONFIDENCE,
  contrastMeans,
  contrastShares,
  describeRate,
  MIN_PER_GROUP,
  percent,
  rateInterval,
  type Contrast,
} from '../../shared/stats';

type Seller = Summary['sellers'][number];
type Difference = Seller['differences'][number];

export const teamNamesSql = 'select id, name from team_members';

interface Test {
  factor: string;
  unit: Difference['unit'];
  run(member: FactorSums, rest: FactorSums): Contrast & { member: number | null; rest: number | null };
  words: [more: string, less: string];
}

const opts = { confidence: CONFIDENCE, tests: 5, minPerGroup: MIN_PER_GROUP };

function share(k: keyof FactorSums, n: keyof FactorSums) {
  return (m: FactorSums, r: FactorSums) => ({
    ...contrastShares({ k: m[k], n: m[n] }, { k: r[k], n: r[n] }, opts),
    member: m[n] ? m[k] / m[n] : null,
    rest: r[n] ? r[k] / r[n] : null,
  });
}

function average(n: keyof FactorSums, sum: keyof FactorSums, sq: keyof FactorSums) {
  return (m: FactorSums, r: FactorSums) => ({
    ...contrastMeans({ n: m[n], sum: m[sum], sumSquares: m[sq] }, { n: r[n], sum: r[sum], sumSquares: r[sq] }, opts),
    member: m[n] ? m[sum] / m[n] : null,
    rest: r[n] ? r[sum] / r[n] : null,
  });
}

const tests: Test[] = [
  {
    factor: FACTOR_NAMES.dm,
    unit: 'share',
    run: share('dmMetCases', 'metCases'),
    words: [
      'meets the decision maker before the decision more often',
      'meets the decision maker before the decision less often',
    ],
  },
  {
    factor: FACTOR_NAMES.f2f,
    unit: 'share',
    run: share('f2fCases', 'touchCases'),
    words: ['meets customers face to face more often', 'meets customers face to face less often'],
  },
  {
    factor: FACTOR_NAMES.people,
    unit: 'count',
    run: average('metCases', 'met', 'met2'),
    words: ['meets more stakeholders before the decision', 'meets fewer stakeholders before the decision'],
  },
  {
    factor: FACTOR_NAMES.steps,
    unit: 'count',
    run: average('stepCases', 'steps', 'steps2'),
    words: ['gets the buyer further before the decision', 'gets the buyer less far before the decision'],
  },
  {
    factor: 'Cycle length',
    unit: 'days',
    run: average('cases', 'days', 'days2'),
    words: ['takes longer to close', 'closes faster'],
  },
];

function figure(v: number, unit: Difference['unit']): string {
  if (unit === 'share') return percent(v);
  return unit === 'days' ? `${v.toFixed(0)} days` : v.toFixed(1);
}

function sellerOf(name: string, ownerId: string | null, m: FactorSums, rest: FactorSums): Seller {
  const rate = rateInterval(m.won, m.cases);
  const c = compareWinRates({ won: rest.won, lost: rest.cases - rest.won }, { won: m.won, lost: m.cases - m.won });
  const differences: Difference[] = [];
  for (const t of tests) {
    const r = t.run(m, rest);
    if (!r.clear || r.member === null || r.rest === null || r.difference === null) continue;
    const words = r.difference > 0 ? t.words[0] : t.words[1];
    differences.push({
      factor: t.factor,
      member: r.member,
      rest: r.rest,
      unit: t.unit,
      sentence: `${name} ${words}: ${figure(r.member, t.unit)} vs ${figure(r.rest, t.unit)} for the rest of the team.`,
    });
  }
  const headline = `${name}: win rate ${describeRate({ ...rate, confidence: CONFIDENCE })}`;
  const versus = {
    not_enough_cases:
      m.cases < MIN_PER_GROUP ? 'not enough cases yet to compare.' : 'too few other cases in this view to compare.',
    improved: `higher than the rest of the team (${percent(rest.cases ? rest.won / rest.cases : null)}).`,
    worse: `lower than the rest of the team (${percent(rest.cases ? rest.won / rest.cases : null)}).`,
    no_clear_change:
      differences.length === 0
        ? 'no clear difference from the rest of the team, in win rate or in how cases are worked.'
        : 'no clear difference from the rest of the team.',
  }[c.verdict];
  const factors =
    c.verdict !== 'not_enough_cases' && c.verdict !== 'no_clear_change' && differences.length === 0
      ? ' No clear difference in how cases are worked.'
      : '';
  return {
    ownerId,
    name,
    won: m.won,
    n: m.cases,
    rate: rate.rate,
    low: rate.low,
    high: rate.high,
    verdict: c.verdict,
    differences: c.verdict === 'not_enough_cases' ? [] : differences,
    sentence: `${headline}, ${versus}${factors}`,
  };
}

/** Members with counted cases in the view, most cases first; cases without an owner are one more row. */
export function sellers(q: ReviewQuery, groups: { won: FactorGroup[]; lost: FactorGroup[] }): Seller[] {
  const names = new Map(rows<{ id: string; name: string }>(q, teamNamesSql).map((t) => [t.id, t.name]));
  const byOwner = new Map<string | null, FactorSums>();
  for (const g of [...groups.won, ...groups.lost]) {
    byOwner.set(g.ownerId, addSums(byOwner.get(g.ownerId) ?? emptySums(), g));
  }
  const team = [...byOwner.values()].reduce((t, g) => addSums(t, g), emptySums());
  return [...byOwner]
    .map(([ownerId, m]) => {
      const rest = addSums(emptySums(), team);
      for (const key of SUM_KEYS) rest[key] -= m[key];
      const name = ownerId === null ? 'No owner' : (names.get(ownerId) ?? 'Removed member');
      return sellerOf(name, ownerId, m, rest);
    })
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name, 'en'));
}
