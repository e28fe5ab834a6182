import { useCallback, useMemo } from 'react';
import type { Summary } from '../../../shared/contract/review';
import { formatMoney, formatNumber } from '../../lib/format';
import { lessonTagKindLabels, type LessonTagKind } from '../../../shared/domain/vocabulary';
import { ChartBlock, Findings, PointValueCard, RateCard, ReviewSection } from './blocks';
import { criteriaGapConfig, headToHeadConfig, paretoConfig, winRateTrendConfig } from './charts/configs';
import { formatDecimal, formatInterval, formatRate } from './format';
import type { Palette } from './charts/palette';
import { ConversionNote } from './ConversionNote';

/** The previous-period card's one line; the finding below it gives the figures. */
const versusPreviousWords = {
  improved: 'Clearly lower than now',
  worse: 'Clearly higher than now',
  no_clear_change: 'No clear difference from now',
  not_enough_cases: 'Not enough cases to compare',
};

export function WinSection({ s }: { s: Summary }) {
  const trend = useCallback((p: Palette) => winRateTrendConfig(s.byQuarter, p), [s.byQuarter]);
  return (
    <ReviewSection
      id="win"
      number={1}
      title="How do I win?"
      question="Win rate, its trend, and what won cases have that lost ones don't."
    >
      <div className="cards">
        <RateCard
          testId="win-rate"
          label="Win rate"
          rate={s.winRate.rate}
          low={s.winRate.low}
          high={s.winRate.high}
          n={s.winRate.closed}
          note={`${s.winRate.won} won · ${s.winRate.lost} lost${s.countNoDecision ? ` · ${s.winRate.noDecision} no decision` : ''}`}
        />
        <RateCard
          label="Previous period"
          rate={s.previousWinRate.rate}
          low={s.previousWinRate.low}
          high={s.previousWinRate.high}
          n={s.previousWinRate.closed}
          note={versusPreviousWords[s.versusPrevious.verdict]}
        />
        <RateCard
          label="Value-weighted win rate"
          rate={s.valueWeighted.rate}
          n={s.valueWeighted.cases}
          note={`${formatMoney(s.valueWeighted.wonMinor, s.valueWeighted.currency, { compact: true })} won of ${formatMoney(s.valueWeighted.closedMinor, s.valueWeighted.currency, { compact: true })} (in ${s.valueWeighted.currency})`}
        />
        <PointValueCard value={s.pointValue} />
      </div>
      <ConversionNote conversion={s.valueWeighted.conversion} what="Closed values" />
      <Findings items={s.findings.win} />
      <ChartBlock
        title="Win rate per quarter, with 90 % interval"
        build={trend}
        table={{
          head: ['Quarter', 'Won', 'Lost', 'n', 'Win rate', '90 % interval'],
          rows: s.byQuarter.map((q) => [
            q.quarter,
            q.won,
            q.lost,
            q.n,
            formatRate(q.rate),
            q.n ? formatInterval(q.low, q.high) : '–',
          ]),
        }}
      />
      <table className="factor-table">
        <caption>What won cases share, from what is known before the buyer decides</caption>
        <thead>
          <tr>
            <th scope="col">Factor</th>
            <th scope="col">Won cases</th>
            <th scope="col">Lost cases</th>
            <th scope="col">What it means</th>
          </tr>
        </thead>
        <tbody>
          {s.winFactors.map((f) => (
            <tr key={f.factor}>
              <th scope="row">{f.factor}</th>
              <td className="num">
                {factorValue(f.won, f.unit)} <span className="muted">(n = {f.wonN})</span>
              </td>
              <td className="num">
                {factorValue(f.lost, f.unit)} <span className="muted">(n = {f.lostN})</span>
              </td>
              <td>{f.sentence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReviewSection>
  );
}

function factorValue(v: number | null, unit: 'share' | 'count' | 'days'): string {
  if (v === null) return '–';
  if (unit === 'share') return formatRate(v);
  if (unit === 'days') return `${formatDecimal(v)} days`;
  return formatDecimal(v);
}

export function StandOutSection({ s }: { s: Summary }) {
  const h2h = useCallback((p: Palette) => headToHeadConfig(s.byCompetitor, p), [s.byCompetitor]);
  return (
    <ReviewSection
      id="stand-out"
      number={2}
      title="How do I stand out?"
      question="Head-to-head against each competitor, and the criteria where we lead or trail them."
    >
      <Findings items={s.findings.standOut} />
      <ChartBlock
        title="Win rate against each competitor, with 90 % interval"
        build={h2h}
        height={Math.max(160, 44 * s.byCompetitor.length)}
        table={{
          head: ['Competitor', 'Met', 'Won', 'Lost', 'Win rate', '90 % interval'],
          rows: s.byCompetitor.map((c) => [
            c.competitor,
            c.met,
            c.won,
            c.lost,
            formatRate(c.rate),
            formatInterval(c.low, c.high),
          ]),
        }}
        empty="No competitors recorded on closed cases yet."
      />
      <div className="battlecards">
        {s.battlecards.map((b) => (
          <article key={b.competitorId} className="battlecard" aria-labelledby={`bc-${b.competitorId}`}>
            <h3 id={`bc-${b.competitorId}`}>{b.competitor}</h3>
            <p className="muted">{b.summary}</p>
            <dl>
              <dt>Why we win</dt>
              <dd>{b.whyWeWin.length ? b.whyWeWin.map((r) => `${r.reason} (${r.count})`).join(', ') : '–'}</dd>
              <dt>Why we lose</dt>
              <dd>{b.whyWeLose.length ? b.whyWeLose.map((r) => `${r.reason} (${r.count})`).join(', ') : '–'}</dd>
              <dt>They are strong at</dt>
              <dd>{b.theirStrengths.length ? b.theirStrengths.map((c) => c.criterion).join(', ') : '–'}</dd>
            </dl>
            {b.lessons.length ? (
              <ul className="bc-lessons">
                {b.lessons.slice(0, 3).map((l, i) => (
                  <li key={i}>
                    “{l.text}” <span className="muted">— {l.caseTitle}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        ))}
      </div>
    </ReviewSection>
  );
}

export function LostSection({ s }: { s: Summary }) {
  // Memoised on the summary's array, so the chart is not rebuilt on every render.
  const rows = useMemo(
    () => s.lossReasons.slice(0, 10).map((r) => ({ label: r.reason, count: r.count, cumulative: r.cumulative })),
    [s.lossReasons],
  );
  const pareto = useCallback((p: Palette) => paretoConfig(rows, p), [rows]);
  return (
    <ReviewSection
      id="lost"
      number={3}
      title="What do lost cases teach?"
      question="Loss reasons ranked, where lost cases stopped, and the lessons that keep coming back."
    >
      <Findings items={s.findings.lost} />
      <ChartBlock
        title="Primary loss reasons (Pareto)"
        build={pareto}
        table={{
          head: ['Category', 'Reason', 'Lost cases', 'Share', 'Cumulative', 'Buyer said', 'Our view', 'Third party'],
          rows: s.lossReasons.map((r) => [
            r.category,
            r.reason,
            r.count,
            formatRate(r.share),
            formatRate(r.cumulative),
            r.evidence.buyer_said ?? 0,
            r.evidence.our_view ?? 0,
            r.evidence.third_party ?? 0,
          ]),
        }}
        empty="No loss reasons recorded yet."
      />
      <div className="two-col">
        <table>
          <caption>Where lost cases stopped</caption>
          <thead>
            <tr>
              <th scope="col">Seller stage</th>
              <th scope="col">Furthest buyer step</th>
              <th scope="col">Lost cases</th>
            </tr>
          </thead>
          <tbody>
            {s.stalls.slice(0, 8).map((st) => (
              <tr key={`${st.stage}/${st.buyerStep}`}>
                <td>{st.stage}</td>
                <td>{st.buyerStep}</td>
                <td className="num">{st.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>Recurring lesson tags</caption>
          <thead>
            <tr>
              <th scope="col">Tag</th>
              <th scope="col">About</th>
              <th scope="col">Worked</th>
              <th scope="col">Hurt</th>
            </tr>
          </thead>
          <tbody>
            {s.lessonTags.slice(0, 8).map((t) => (
              <tr key={`${t.kind}/${t.tag}`}>
                <td>{t.tag}</td>
                <td>{lessonTagKindLabels[t.kind as LessonTagKind] ?? t.kind}</td>
                <td className="num">{t.worked}</td>
                <td className="num">{t.hurt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ReviewSection>
  );
}

export function WeaknessSection({ s }: { s: Summary }) {
  const gaps = useCallback((p: Palette) => criteriaGapConfig(s.criteriaGaps, p), [s.criteriaGaps]);
  return (
    <ReviewSection
      id="weaknesses"
      number={4}
      title="Which weaknesses do I eliminate?"
      question="Criteria gaps weighted by how much customers care, and the actions against each."
    >
      <Findings items={s.findings.weaknesses} />
      <ChartBlock
        title="Criteria gaps: importance × (rival − ours), mean per case; above 0 we trail, below 0 we lead"
        build={gaps}
        height={Math.max(160, 40 * s.criteriaGaps.length)}
        table={{
          head: ['Criterion', 'Cases', 'Weighted gap', 'Actions'],
          rows: s.criteriaGaps.map((g) => [
            g.criterion,
            g.cases,
            formatDecimal(g.weightedGap),
            g.actions.map((a) => a.title).join('; ') || 'none',
          ]),
        }}
        empty="No criteria rated on closed cases yet."
      />
    </ReviewSection>
  );
}

export function HealthSection({ s }: { s: Summary }) {
  const h = s.loopHealth;
  const share = (n: number) => (h.closed ? formatRate(n / h.closed) : '–');
  const rows: [string, number][] = [
    ['Debrief done', h.withDebrief],
    ['Reasons recorded', h.withReasons],
    ['Criteria rated', h.withCriteria],
    ['Stakeholders recorded', h.withStakeholders],
    ['Lessons written', h.withLessons],
  ];
  return (
    <ReviewSection
      id="health"
      title="Loop health"
      question="How much of what the review says rests on complete debriefs."
    >
      <table className="health-table" data-testid="loop-health">
        <thead>
          <tr>
            <th scope="col">Of {formatNumber(h.closed)} closed cases</th>
            <th scope="col">Cases</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, n]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="num">{formatNumber(n)}</td>
              <td className="num">{share(n)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Actions open / overdue</th>
            <td className="num">
              {h.actionsOpen} / {h.actionsOverdue}
            </td>
            <td />
          </tr>
        </tbody>
      </table>
    </ReviewSection>
  );
}
