/**
 * An action's effect in words a seller reads at a glance: what changed inside the scope, what changed where the
 * action did not reach (or before it), and what that means — with the interval as "90 % sure …". Method and test
 * names live only in `howComputed`, the note the screen keeps behind a disclosure.
 * Changes with: effect.ts (the judgment these sentences state).
 */
import { confidenceLabel, percent } from './describe';
import type { ActionEffect, EffectContext, EffectCounts, WindowCounts } from './effect';
import { MIN_PER_GROUP } from './review';

export interface EffectWords {
  sentence: string;
  /** The interval in plain words; '' when there is not enough to say one. */
  interval: string;
  /** How the figure was computed: method, windows, the test behind the interval. */
  howComputed: string;
}

/** A fraction as whole percentage points, never "-0". */
const points = (x: number) => Math.round(x * 100) + 0;
const shown = ({ won, n }: WindowCounts) => (n > 0 ? points(won / n) : 0);
const signed = (p: number) => (p > 0 ? `+${p}` : p < 0 ? `-${-p}` : '0');
const pointWord = (p: number) => (Math.abs(p) === 1 ? 'point' : 'points');

/** "rose 13 points", "fell 1 point", "stayed level"; for the window before: "had (already) risen…". */
function moved(p: number, tense: 'now' | 'had' | 'had already' = 'now'): string {
  if (p === 0) return tense === 'now' ? 'stayed level' : 'had stayed level';
  const verb = p > 0 ? (tense === 'now' ? 'rose' : 'risen') : tense === 'now' ? 'fell' : 'fallen';
  return `${tense === 'now' ? '' : `${tense} `}${verb} ${Math.abs(p)} ${pointWord(p)}`;
}

/** "but" when the other change went the same way and explains the action's away; "while" otherwise. */
function joinerFor(judged: ActionEffect, inside: number, other: number): 'but' | 'while' {
  return judged.verdict === 'no_clear_change' && other !== 0 && Math.sign(inside) === Math.sign(other)
    ? 'but'
    : 'while';
}

/** 182 days → "6 months", 30 → "30 days". */
export function spanWords(days: number): string {
  if (days < 56) return days === 1 ? '1 day' : `${days} days`;
  const months = Math.round(days / 30.44);
  return months === 1 ? '1 month' : `${months} months`;
}

const rateOf = (w: WindowCounts) => `${percent(w.n > 0 ? w.won / w.n : null)} (n = ${w.n})`;

function notEnough(judged: ActionEffect, counts: EffectCounts, ctx: EffectContext): string {
  const span = spanWords(ctx.windowDays);
  const { prior, before, after } = counts.inside;
  if (ctx.windowDays === 0) return 'Done too recently: no case has been decided since.';
  const inside = `${ctx.where} ${before.n} decided in the ${span} before the action and ${after.n} after`;
  const parts = [`Not enough cases yet: ${inside}`];
  if (judged.method === 'trend') parts.push(`, ${prior.n} in the ${span} before that`);
  else if (counts.outside) parts.push(`, ${counts.outside.before.n} and ${counts.outside.after.n} elsewhere`);
  return `${parts.join('')}; at least ${MIN_PER_GROUP} are needed in each.`;
}

function conclusion(judged: ActionEffect): string {
  const effect = points(judged.effect.estimate ?? 0);
  if (judged.verdict === 'improved')
    return `the action looks to have worked, about ${signed(effect)} ${pointWord(effect)}`;
  if (judged.verdict === 'worse')
    return `the win rate did worse where the action applied, about ${signed(effect)} ${pointWord(effect)}`;
  return 'no clear effect of this action yet';
}

const fitRule =
  "The model is fitted with Firth's penalty (Firth 1993), which keeps a small or all-won group finite, and the " +
  "interval is Wald's on the log-odds scale; the effect is then said in points at the scope's own rate after the " +
  'action.';

function logOddsWords({ logOdds }: ActionEffect): string {
  const f = (x: number) => (x >= 0 ? `+${x.toFixed(2)}` : `-${(-x).toFixed(2)}`);
  return `${f(logOdds.estimate)} in log-odds (${confidenceLabel(logOdds.confidence)} interval ${f(logOdds.low)} to ${f(logOdds.high)})`;
}

export function describeEffect(judged: ActionEffect, counts: EffectCounts, ctx: EffectContext): EffectWords {
  const span = spanWords(ctx.windowDays);
  const { prior, before, after } = counts.inside;
  const windows =
    `Windows of ${ctx.windowDays} days each side: before ${ctx.windows.before.from} – ${ctx.windows.before.to}, ` +
    `after ${ctx.windows.after.from} – ${ctx.windows.after.to} (at most 12 months each); cases decided on the ` +
    `done date (${ctx.doneOn}) count in neither.`;
  const rule =
    `Improved or worse only when the whole ${confidenceLabel(judged.effect.confidence)} interval lies above or below 0; ` +
    `fewer than ${MIN_PER_GROUP} decided cases in a window and it says "not enough cases".`;
  const inside = shown(after) - shown(before);
  let sentence: string;
  let how: string;
  if (judged.method === 'comparison' && counts.outside) {
    const out = counts.outside;
    const elsewhere = shown(out.after) - shown(out.before);
    const joiner = joinerFor(judged, inside, elsewhere);
    sentence =
      `${ctx.where} the win rate ${moved(inside)} after the action (${percent(rate(before))} → ${percent(rate(after))}), ` +
      `${joiner} it ${moved(elsewhere)} elsewhere over the same ${span}: ${conclusion(judged)}.`;
    const change =
      `the change inside the scope, ${rateOf(before)} → ${rateOf(after)}, ${signed(inside)} ${pointWord(inside)}, ` +
      `minus the change in the other cases over the same windows, ${rateOf(out.before)} → ${rateOf(out.after)}, ` +
      `${signed(elsewhere)} ${pointWord(elsewhere)}`;
    how =
      `Difference in differences: ${change}. Every done action is estimated in one logistic model, with a ` +
      `term for each month and, per action, a scope term and a period × scope term (its effect), so a trend ` +
      `the whole business shares cancels out whatever each group's starting rate, and the effect is net of ` +
      `the other actions done in the same months: ${logOddsWords(judged)}. ${fitRule} ${rule} ${windows}`;
  } else {
    const trend = shown(before) - shown(prior);
    const joiner = joinerFor(judged, inside, trend);
    const why = judged.fewOutside
      ? 'There are too few cases outside the scope to compare with, so the change is judged against the trend before it.'
      : 'An action on all cases has no comparison group, so the change is judged against the trend before it.';
    const caveat =
      judged.verdict === 'improved' || judged.verdict === 'worse'
        ? ' Anything else that changed for every case at the same time counts too.'
        : '';
    sentence =
      `${ctx.where} the win rate ${moved(inside)} after the action (${percent(rate(before))} → ${percent(rate(after))}), ` +
      `${joiner} it ${moved(trend, joiner === 'but' ? 'had already' : 'had')} over the ${span} before: ` +
      `${conclusion(judged)}. ${why}${caveat}`;
    const change =
      `the change across the done date, ${rateOf(before)} → ${rateOf(after)}, ${signed(inside)} ` +
      `${pointWord(inside)}, against the change over the same length of time before it, ${rateOf(prior)} ` +
      `(${ctx.windows.prior.from} – ${ctx.windows.prior.to}) → ${rateOf(before)}, ${signed(trend)} ${pointWord(trend)}`;
    how =
      `Segmented trend: ${change}. Every done action is estimated in one logistic model with a straight trend ` +
      `on the log-odds over the actions' windows; this action's effect is a step at its done date away from ` +
      `that trend, net of the other actions done in the same months: ${logOddsWords(judged)}. A steady trend ` +
      `cancels out; a bend at the done date remains whatever caused it, so this judgment asks for a 95 % ` +
      `interval. ${fitRule} ${rule} ${windows}`;
  }
  if (judged.verdict === 'not_enough_cases') {
    return { sentence: notEnough(judged, counts, ctx), interval: '', howComputed: how };
  }
  const { low, high } = judged.effect;
  const interval =
    `${confidenceLabel(judged.effect.confidence)} sure the action's effect on the win rate is between ` +
    `${signed(points(low))} and ${signed(points(high))} points.`;
  return { sentence, interval, howComputed: how };
}

function rate({ won, n }: WindowCounts): number | null {
  return n > 0 ? won / n : null;
}
