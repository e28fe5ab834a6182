/**
 * The findings: a few plain sentences per question, for the screen, the printed report and a projector. A
 * sentence claims a difference only when its test says the data supports it at 90 %; otherwise it says
 * "no clear difference", or "not enough cases yet (n = …)" below 5 cases a group. Pure: built from the
 * sections already computed, no database.
 * Changes with: shared/contract/review.ts (findings), the section modules whose output it reads.
 */
import type { Summary } from '../../shared/contract/review';
import type { Factor } from './factors';
import { signedGap } from './gaps';
import {
  compareWinRates,
  CONFIDENCE,
  describeInterval,
  describeRate,
  MIN_PER_GROUP,
  percent,
  type WeightedWinRate,
} from '../../shared/stats';

type Sections = Omit<Summary, 'findings'>;

/** "42 % (n = 57; 90 % sure the true rate is between 32 % and 52 %)": the wording of every rate in the app. */
function rateText(r: { rate: number | null; low: number; high: number }, n: number): string {
  return describeRate({ ...r, n, confidence: CONFIDENCE });
}

/**
 * The value-weighted rate's interval, and how many equal-sized deals it is worth (Kish's effective n): one big deal
 * makes the rate swing as if from a handful of cases, and the seller should see that.
 */
function valueEvidence(w: WeightedWinRate): string {
  if (w.rate === null) return '';
  const worth = Math.max(1, Math.round(w.nEffective));
  return `${describeInterval(w)}, as uncertain as ${worth} equal-sized case${worth === 1 ? '' : 's'}; `;
}

function winFindings(s: Sections, factors: Factor[], byValue: WeightedWinRate): string[] {
  const out: string[] = [];
  const w = s.winRate;
  if (w.closed < MIN_PER_GROUP) {
    out.push(`Not enough cases yet for a win rate (n = ${w.closed}).`);
  } else {
    out.push(`Win rate ${rateText(w, w.closed)}: ${w.won} won, ${w.closed - w.won} not.`);
  }
  const p = s.previousWinRate;
  out.push(
    {
      not_enough_cases: `Not enough cases yet to compare with the previous period (n = ${w.closed} now, ${p.closed} before).`,
      no_clear_change: `No clear difference from the previous period (${percent(p.rate)}, n = ${p.closed}).`,
      improved: `Better than the previous period: ${percent(w.rate)} vs ${percent(p.rate)} (n = ${w.closed} and ${p.closed}).`,
      worse: `Worse than the previous period: ${percent(w.rate)} vs ${percent(p.rate)} (n = ${w.closed} and ${p.closed}).`,
    }[s.versusPrevious.verdict],
  );
  const v = s.valueWeighted;
  const missing = v.conversion.missing.reduce((t, m) => t + m.cases, 0);
  if (v.cases === 0 && missing > 0) {
    out.push(`No value-weighted rate: ${v.conversion.sentence}.`);
  }
  if (v.cases > 0) {
    out.push(
      `By value, ${percent(v.rate)} of what was decided was won (${valueEvidence(byValue)}${v.cases} case${v.cases === 1 ? '' : 's'} in ${v.currency}${v.conversion.sentence ? `; ${v.conversion.sentence}` : ''}).`,
    );
  }
  const clear = factors.filter((f) => f.clear);
  if (clear.length) out.push(...clear.map((f) => f.sentence));
  else if (w.closed >= MIN_PER_GROUP) out.push('No clear difference yet between won and lost cases on any factor.');
  return out;
}

function standOutFindings(s: Sections): string[] {
  if (s.byCompetitor.length === 0) return ['No competitors recorded on closed cases in this period yet.'];
  const out: string[] = [];
  for (const h of s.byCompetitor.slice(0, 5)) {
    if (h.met < MIN_PER_GROUP) {
      out.push(`${h.competitor}: not enough cases yet (n = ${h.met}).`);
      continue;
    }
    // Against this competitor vs every other counted case of the period.
    const others = { won: s.winRate.won - h.won, lost: s.winRate.closed - s.winRate.won - h.lost };
    const c = compareWinRates(others, { won: h.won, lost: h.lost });
    const vs = rateText(h, h.met);
    out.push(
      {
        improved: `We win more often against ${h.competitor} than in our other cases: ${vs}.`,
        worse: `We win less often against ${h.competitor} than in our other cases: ${vs}.`,
        no_clear_change: `Against ${h.competitor}: ${vs}, no clear difference from our other cases.`,
        not_enough_cases: `Against ${h.competitor}: ${vs}; too few other cases to compare.`,
      }[c.verdict],
    );
  }
  const strongest = s.criteriaVsCompetitor
    .filter((c) => c.cases >= MIN_PER_GROUP && c.weightedGap > 0)
    .sort((a, b) => b.weightedGap - a.weightedGap)[0];
  if (strongest) {
    out.push(
      `${strongest.competitor} rates above us on ${strongest.criterion} (gap ${signedGap(strongest.weightedGap)} over ${strongest.cases} cases).`,
    );
  }
  return out;
}

function lostFindings(s: Sections): string[] {
  const out: string[] = [];
  const total = s.lossReasons.reduce((t, r) => t + r.count, 0);
  const top = s.lossReasons[0];
  if (!top) out.push('No primary loss reasons recorded in this period yet.');
  else if (total < MIN_PER_GROUP) out.push(`Not enough lost cases with a primary reason yet (n = ${total}).`);
  else {
    out.push(`The most common primary loss reason is ${top.reason}: ${top.count} of ${total} (${percent(top.share)}).`);
    const third = s.lossReasons[Math.min(2, s.lossReasons.length - 1)];
    if (third && s.lossReasons.length > 2) out.push(`The top 3 reasons account for ${percent(third.cumulative)}.`);
    if (top.evidence.our_view > top.count / 2) {
      out.push(`Most of "${top.reason}" is our own view rather than what the buyer said: worth asking.`);
    }
  }
  const stall = s.stalls[0];
  if (stall && stall.count >= MIN_PER_GROUP) {
    out.push(
      `Lost cases most often stopped at ${stall.stage} with the buyer at "${stall.buyerStep}" (${stall.count}).`,
    );
  }
  const nd = s.noDecision;
  if (nd.closed > 0) {
    out.push(`${nd.count} of ${nd.closed} decided cases (${percent(nd.share)}) ended in no decision.`);
  }
  const tag = s.lessonTags.find((t) => t.worked + t.hurt >= 3);
  if (tag) out.push(`Lessons keep coming back to ${tag.tag}: ${tag.hurt} hurt, ${tag.worked} worked.`);
  return out;
}

/**
 * The same gaps as the chart, with the chart's sign and rounding: the criteria we trail on (largest first, with
 * the actions against them), then the ones we lead on in one line, so every bar has its words once.
 */
function weaknessFindings(s: Sections): string[] {
  if (s.criteriaGaps.length === 0) return ['No criteria rated against a rival in this period yet.'];
  const trailing = s.criteriaGaps.filter((g) => g.weightedGap > 0);
  const leading = s.criteriaGaps.filter((g) => g.weightedGap <= 0);
  const out = trailing.map((g) => g.sentence);
  if (leading.length) {
    const list = leading.map((g) => `${g.criterion} (${signedGap(g.weightedGap)})`);
    const joined = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : list[0];
    out.push(
      trailing.length === 0
        ? `We rate level with or above the rival on every criterion rated: ${joined}.`
        : `We rate level with or above the rival on ${joined}.`,
    );
  }
  const bare = trailing.filter((g) => g.actions.length === 0).length;
  if (bare > 0) {
    out.push(
      bare === trailing.length
        ? `No action addresses ${bare === 1 ? 'this gap' : `any of these ${bare} gaps`} yet.`
        : `${bare} of the ${trailing.length} gaps have no action yet.`,
    );
  }
  return out;
}

function loopFindings(s: Sections): string[] {
  const out: string[] = [];
  if (s.actions.length === 0) out.push('No action is done yet, so there is no effect to measure.');
  else {
    const count = (v: Summary['actions'][number]['verdict']) => s.actions.filter((a) => a.verdict === v).length;
    out.push(
      `Of ${s.actions.length} done actions, measured against the cases they did not touch: ` +
        `${count('improved')} improved the win rate, ${count('worse')} worse, ` +
        `${count('no_clear_change')} no clear effect yet, ${count('not_enough_cases')} not enough cases yet.`,
    );
    for (const a of s.actions.filter((x) => x.verdict === 'improved' || x.verdict === 'worse').slice(0, 3)) {
      out.push(`${a.title}: ${a.sentence}`);
    }
  }
  const h = s.loopHealth;
  if (h.closed > 0) {
    out.push(
      `Debriefs are done on ${h.withDebrief} of ${h.closed} closed cases (${percent(h.withDebrief / h.closed)}).`,
    );
  }
  if (h.actionsOverdue > 0) {
    const verb = h.actionsOverdue === 1 ? 'is' : 'are';
    const open = h.actionsOpen === 1 ? '1 open action' : `${h.actionsOpen} open actions`;
    out.push(`${h.actionsOverdue} of ${open} ${verb} overdue.`);
  }
  return out;
}

/** `byValue`: the value-weighted rate with its interval (win-rate.ts), which the contract's valueWeighted lacks. */
export function findings(s: Sections, factors: Factor[], byValue: WeightedWinRate): Summary['findings'] {
  return {
    win: winFindings(s, factors, byValue),
    standOut: standOutFindings(s),
    lost: lostFindings(s),
    weaknesses: weaknessFindings(s),
    loop: loopFindings(s),
  };
}
