/**
 * The open pipeline: the forecast learned from our own closed cases, beside the stages' default probabilities
 * (Settings, labelled as defaults) and the sellers' own (only where a seller entered one), each stage's learned
 * rate with its n and how sure it is, and the cases at risk.
 */
import { useCallback } from 'react';
import type { Summary } from '../../../shared/contract/review';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';
import { ChartBlock, ReviewSection } from './blocks';
import { stageFunnelConfig } from './charts/configs';
import type { Palette } from './charts/palette';
import { formatInterval, formatRate, formatSure } from './format';
import { ConversionNote } from './ConversionNote';

export function PipelineSection({ s }: { s: Summary }) {
  const p = s.pipeline;
  const funnel = useCallback((palette: Palette) => stageFunnelConfig(p.stages, palette), [p.stages]);
  const money = (minor: number) => formatMoney(minor, s.currency, { compact: true });
  const period = p.history.from
    ? `closed ${formatDate(p.history.from)} – ${formatDate(p.history.to)}`
    : `closed up to ${formatDate(p.history.to)}`;
  return (
    <ReviewSection
      id="pipeline"
      title="Open pipeline"
      question="A forecast from our own history, beside the stage defaults and the sellers' own probabilities, and the cases at risk."
    >
      <div className="cards">
        <div className="rate-card">
          <span className="rate-label">Open cases</span>
          <span className="rate-value num">{formatNumber(p.openCases)}</span>
          <span className="rate-meta muted">{money(p.openValueMinor)} in total</span>
        </div>
        <div className="rate-card" data-testid="forecast-history">
          <span className="rate-label">Forecast from history</span>
          <span className="rate-value num">{money(p.weightedForecastMinor)}</span>
          <span className="rate-meta muted">
            Open value × each stage’s learned win rate ({formatNumber(p.history.cases)} cases {period})
          </span>
        </div>
        {p.defaultForecastMinor !== null ? (
          <div className="rate-card" data-testid="forecast-defaults">
            <span className="rate-label">With the stage defaults</span>
            <span className="rate-value num">{money(p.defaultForecastMinor)}</span>
            <span className="rate-meta muted">Open value × the default probability set per stage in Settings</span>
          </div>
        ) : null}
        {p.sellerForecastMinor !== null ? (
          <div className="rate-card" data-testid="forecast-sellers">
            <span className="rate-label">Sellers’ own</span>
            <span className="rate-value num">{money(p.sellerForecastMinor)}</span>
            <span className="rate-meta muted">
              On the {formatNumber(p.sellerEntered.cases)} open cases where a seller entered a probability (
              {money(p.sellerEntered.valueMinor)})
            </span>
          </div>
        ) : null}
      </div>
      <ConversionNote conversion={p.conversion} what="Open values" />
      <table className="stage-table" data-testid="stage-rates">
        <caption>Learned win rate per stage: closed cases that reached it ({period})</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Won of reached</th>
            <th scope="col">Learned win rate</th>
            <th scope="col">Default (Settings)</th>
            <th scope="col">Sellers’ own</th>
          </tr>
        </thead>
        <tbody>
          {p.stages.map((st) => (
            <tr key={st.stageId}>
              <th scope="row">{st.stage}</th>
              <td className="num">
                {st.won} of {st.reached}
              </td>
              <td>
                {st.enough ? (
                  <>
                    <strong className="num">{formatRate(st.rate)}</strong>{' '}
                    <span className="muted">{formatSure(st.low, st.high)}</span>
                  </>
                ) : (
                  <span className="muted">Not enough cases (n = {st.reached}); the forecast uses the overall rate</span>
                )}
              </td>
              <td className="num">{st.defaultProbability === null ? '–' : formatRate(st.defaultProbability)}</td>
              <td className="num">
                {st.sellerProbability === null ? (
                  '–'
                ) : (
                  <>
                    {formatRate(st.sellerProbability)} <span className="muted">(mean of {st.sellerCases})</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ChartBlock
        title={`Stage funnel: closed cases that reached each stage, and won (${period})`}
        build={funnel}
        table={{
          head: ['Stage', 'Reached', 'Won', 'Win rate', '90 % interval'],
          rows: p.stages.map((st) => [
            st.stage,
            st.reached,
            st.won,
            formatRate(st.rate),
            st.reached ? formatInterval(st.low, st.high) : '–',
          ]),
        }}
      />
      {p.atRisk.length ? (
        <table data-testid="at-risk">
          <caption>Cases at risk (each value in its own currency)</caption>
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Customer</th>
              <th scope="col">Value</th>
              <th scope="col">Currency</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {p.atRisk.slice(0, 10).map((c) => (
              <tr key={c.caseId}>
                <th scope="row">
                  <a href={`#/cases/${c.caseId}`}>{c.title}</a>
                </th>
                <td>{c.account}</td>
                {/* As entered, in the case's own currency: a rate may be missing, and the seller knows the deal by it. */}
                <td className="num">{formatMoney(c.valueMinor, c.currency)}</td>
                <td className={c.currency === s.currency ? 'muted' : undefined}>{c.currency}</td>
                <td>{c.reasons.join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </ReviewSection>
  );
}
