/**
 * `summary --db FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]`: the learning summary through the same
 * dispatch as the app, so `--json` prints exactly what the review screen shows (validated by the contract).
 * Without `--json`, a short text digest that reads well in a terminal or a workshop handout; a value figure that
 * converted other currencies says with which rates, or which cases it left out for want of one.
 * Changes with: shared/contract/review.ts, electron/review/summary.ts.
 */
import type { Summary } from '../../../shared/contract/review';
import { ApiError } from '../../../shared/envelope';
import { formatMoney } from '../../../shared/money';
import { conversionNote } from '../../../shared/rates';
import { percent as pct } from '../../../shared/stats';
import { startEngine } from '../../engine/engine';
import { ENGINE_WORKER_SCRIPT, MIGRATIONS_DIR } from '../../node-paths';
import type { CliArgs } from '../args';
import { UsageError, type CommandResult } from '../output';

export const summaryHelp = 'summary --db FILE     the learning summary [--from YYYY-MM-DD] [--to YYYY-MM-DD]';

const range = (r: { low: number; high: number }) => `${pct(r.low)}–${pct(r.high)}`;

function section(title: string, lines: string[]): string[] {
  return ['', title, ...lines.map((l) => `  ${l}`)];
}

export function digest(s: Summary): string {
  const w = s.winRate;
  // Forecasts are sums of probability × value: whole minor units, in the currency's own digits (¥ has none).
  const money = (minor: number) => formatMoney(Math.round(minor), s.currency, 'en');
  return [
    `Winloop review ${s.scope.from} – ${s.scope.to} (compared with ${s.previous.from} – ${s.previous.to})`,
    ...section('How do I win?', [
      `Win rate ${pct(w.rate)} (90 % interval ${range(w)}), n = ${w.closed}: ${w.won} won, ${w.lost} lost, ${w.noDecision} no decision`,
      ...s.findings.win.slice(1),
      `Per quarter: ${s.byQuarter.map((q) => `${q.quarter} ${pct(q.rate)} (n = ${q.n})`).join(', ')}`,
    ]),
    ...section('How do I stand out?', [
      ...s.byCompetitor
        .slice(0, 8)
        .map(
          (c) =>
            `${c.competitor.padEnd(24)} met ${String(c.met).padStart(4)}  won ${String(c.won).padStart(4)}  ${pct(c.rate).padStart(5)} (${range(c)})`,
        ),
      ...s.findings.standOut,
    ]),
    ...section('What do lost cases teach?', [
      ...s.lossReasons
        .slice(0, 8)
        .map((r) => `${`${r.category} / ${r.reason}`.padEnd(40)} ${String(r.count).padStart(5)}  ${pct(r.cumulative)}`),
      ...s.findings.lost,
    ]),
    ...section('Which weaknesses do I eliminate?', s.findings.weaknesses),
    ...section(
      'Did our actions work?',
      s.actions.length
        ? s.actions
            .slice(0, 10)
            .map((a) => `${a.title} (done ${a.doneAt}): ${a.sentence}${a.interval ? ` ${a.interval}` : ''}`)
        : s.findings.loop,
    ),
    ...section(
      'Per seller',
      s.sellers.flatMap((m) => [m.sentence, ...m.differences.map((d) => `  ${d.sentence}`)]),
    ),
    ...section('What a point is worth', [s.pointValue?.sentence ?? 'Not enough closed cases with a value yet.']),
    ...section('Open pipeline', [
      `${s.pipeline.openCases} open ${s.pipeline.openCases === 1 ? 'case' : 'cases'}; forecast from history ${money(s.pipeline.weightedForecastMinor)}` +
        (s.pipeline.defaultForecastMinor === null
          ? ''
          : `, with the stage defaults ${money(s.pipeline.defaultForecastMinor)}`) +
        (s.pipeline.sellerForecastMinor === null
          ? ''
          : `, sellers' own ${money(s.pipeline.sellerForecastMinor)} on the ${s.pipeline.sellerEntered.cases} cases where they entered one`),
      // The closed values' and the point's sentences already name their rates; the forecast's figures do not.
      ...[conversionNote('Open values', s.pipeline.conversion)].filter(Boolean),
      `Stage win rates from ${s.pipeline.history.cases} cases closed ${s.pipeline.history.from ?? '–'} – ${s.pipeline.history.to}:`,
      ...s.pipeline.stages.map((st) => `  ${st.sentence}`),
      `${s.pipeline.atRisk.length} largest at risk listed`,
    ]),
    ...section('Loop health', [
      `${s.loopHealth.withDebrief} of ${s.loopHealth.closed} closed cases debriefed; ${s.loopHealth.actionsOpen} actions open, ${s.loopHealth.actionsOverdue} overdue`,
    ]),
  ].join('\n');
}

export async function summaryCommand(args: CliArgs): Promise<CommandResult> {
  if (!args.db) throw new UsageError('summary needs --db FILE');
  const day = (name: 'from' | 'to') => {
    const value = args.values[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      throw new UsageError(`--${name} needs a date, YYYY-MM-DD`);
    }
    return value;
  };
  const scope = { from: day('from'), to: day('to') };
  // The same engine as the app: the review runs on a read-only worker after the writer refreshed what it reads.
  const engine = await startEngine(args.db, {
    migrationsFolder: MIGRATIONS_DIR,
    workerScript: ENGINE_WORKER_SCRIPT,
    mode: 'cli',
    create: false,
    readers: 1,
  });
  try {
    const result = await engine.dispatch('review.summary', scope);
    if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.fields);
    const summary = result.value as Summary;
    return { data: summary, text: digest(summary) };
  } finally {
    await engine.close();
  }
}
