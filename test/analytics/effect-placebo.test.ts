/**
 * The placebo test of an action's effect (shared/stats/effect.ts). The sample generator's cases are replayed in
 * memory (planSample + simulateCase: the very draws the generator writes), counted per window the way the
 * review's SQL counts them (electron/review/loop.ts), and judged.
 *
 * - False positives: on samples whose win rate rises year by year but whose actions do nothing, at least 200
 *   placebo actions (random scope, random done date) are judged improved or worse no more often than the
 *   nominal 10 % of a 90 % interval.
 * - Power: on the generator's real samples, how often each real action is found.
 * - The database: on one generated file, the review's verdicts (through dispatch, SQL counts) equal the
 *   in-memory judgment for the real actions and for placebos of every scope.
 *
 * `EFFECT_PLACEBO_REPORT=1 npx vitest run test/analytics/effect-placebo.test.ts` prints the figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { windowsFor } from '../../electron/review/loop';
import { openDatabase } from '../../electron/db/client';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { simulateCase } from '../../electron/sample/cases';
import { dayNumber, dayString } from '../../electron/sample/dates';
import { generateSample } from '../../electron/sample/generate';
import { offerings, segments } from '../../electron/sample/market';
import { planSample, type SamplePlan } from '../../electron/sample/populate';
import { createRandom, type Random } from '../../electron/sample/random';
import { readVocabulary, type Vocabulary } from '../../electron/sample/vocabulary';
import { openWorkspace } from '../../electron/workspace';
import type { Summary } from '../../shared/contract/review';
import type { ActionScope } from '../../shared/domain/vocabulary';
import { judgeJointly, type EffectCounts, type JointCell, type Verdict, type WindowCounts } from '../../shared/stats';

const TODAY = '2026-03-10';
const report = process.env.EFFECT_PLACEBO_REPORT === '1';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winloop-placebo-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let vocab: Vocabulary;
beforeAll(() => {
  const opened = openDatabase(path.join(dir, 'vocabulary.db'), { migrationsFolder: MIGRATIONS_DIR });
  vocab = readVocabulary(opened.sqlite);
  opened.close();
});

/** A decided case as the review counts it (won or lost: no decision is not counted by default). */
interface Decided {
  day: string;
  won: boolean;
  industry: string;
  offering: string;
  competitors: Set<string>;
  /** Criteria rated against a rival in its debrief. */
  rated: Set<string>;
}

interface Sample {
  plan: SamplePlan;
  cases: Decided[];
}

const firstOf = new WeakMap<Decided[], string>();

/** The generator's cases for a seed, in memory. */
function simulate(cases: number, seed: number): Sample {
  const plan = planSample(vocab, { cases, seed, today: dayNumber(TODAY) });
  const industry = new Map(plan.ctx.world.accounts.map((a) => [a.id, a.segment.industry]));
  const decided: Decided[] = [];
  for (const slot of plan.slots) {
    const { rows } = simulateCase(plan.random, plan.ctx, slot);
    const c = rows.case;
    if (c.closedOn === null || (c.outcome !== 'won' && c.outcome !== 'lost')) continue;
    decided.push({
      day: c.closedOn,
      won: c.outcome === 'won',
      industry: industry.get(c.accountId)!,
      offering: c.offering ?? '',
      competitors: new Set(rows.competitors.map((x) => x.competitorId)),
      rated: new Set(rows.criteria.filter((x) => x.rivalRating !== null).map((x) => x.criterionId)),
    });
  }
  return { plan, cases: decided };
}

interface Placebo {
  title: string;
  scope: ActionScope;
  value: string | null;
  doneOn: string;
}

function inScope(c: Decided, a: Placebo): boolean {
  if (a.scope === 'all') return true;
  if (a.scope === 'segment') return c.industry === a.value;
  if (a.scope === 'offering') return c.offering === a.value;
  if (a.scope === 'competitor') return c.competitors.has(a.value!);
  return c.rated.has(a.value!);
}

/** The counts loop.ts's SQL returns, from the in-memory cases. */
function countsFor(cases: Decided[], a: Placebo): EffectCounts {
  let first = firstOf.get(cases);
  if (first === undefined) {
    first = cases.reduce((min, c) => (c.day < min ? c.day : min), '9999-12-31');
    firstOf.set(cases, first);
  }
  const { windows } = windowsFor(a.doneOn, TODAY, first, a.scope);
  const zero = (): WindowCounts => ({ won: 0, n: 0 });
  const inside = { prior: zero(), before: zero(), after: zero() };
  const all = { before: zero(), after: zero() };
  for (const c of cases) {
    for (const w of ['prior', 'before', 'after'] as const) {
      if (c.day < windows[w].from || c.day > windows[w].to) continue;
      if (inScope(c, a)) {
        inside[w].n++;
        if (c.won) inside[w].won++;
      }
      if (w !== 'prior') {
        all[w].n++;
        if (c.won) all[w].won++;
      }
    }
  }
  const rest = (w: 'before' | 'after') => ({ won: all[w].won - inside[w].won, n: all[w].n - inside[w].n });
  return { inside, outside: a.scope === 'all' ? null : { before: rest('before'), after: rest('after') } };
}

/**
 * What the review's loop (electron/review/loop.ts) judges, rebuilt from the in-memory cases: each action's window
 * counts, and the joint model's cells — month × each action's place (in its scope in its prior, before or after
 * window, or nowhere), over the days from the earliest window to the period's end. A case decided on the done date
 * of an action whose scope holds it is left out of the model (whether it felt the action is unknown).
 */
function reviewVerdicts(cases: Decided[], actions: Placebo[]): Verdict[] {
  const first = cases.reduce((min, c) => (c.day < min ? c.day : min), '9999-12-31');
  const windows = actions.map((a) => windowsFor(a.doneOn, TODAY, first, a.scope).windows);
  const from = windows.reduce((min, w) => (w.prior.from < min ? w.prior.from : min), '9999-12-31');
  const month = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
  const cells = new Map<string, JointCell>();
  for (const c of cases) {
    if (c.day < from || c.day > TODAY) continue;
    const places = actions.map((a, j) => {
      if (!inScope(c, a)) return 'nowhere';
      if (c.day === a.doneOn) return 'done day';
      const w = windows[j]!;
      return (['prior', 'before', 'after'] as const).find((k) => c.day >= w[k].from && c.day <= w[k].to) ?? 'nowhere';
    });
    if (places.includes('done day')) continue;
    const key = `${month(c.day)}:${places.join()}`;
    const cell = cells.get(key) ?? {
      bucket: month(c.day),
      inScope: places.map((p) => p === 'before' || p === 'after'),
      after: places.map((p) => p === 'after'),
      prior: places.map((p) => p === 'prior'),
      won: 0,
      n: 0,
    };
    cell.n++;
    if (c.won) cell.won++;
    cells.set(key, cell);
  }
  const judged = judgeJointly(
    actions.map((a) => ({ counts: countsFor(cases, a) })),
    [...cells.values()],
  );
  return judged.map((e) => e.verdict);
}

/** A placebo action: any scope, any value, done on any day that leaves some time after it. */
function placebo(random: Random, plan: SamplePlan, i: number): Placebo {
  const scope = random.pick(['all', 'segment', 'offering', 'competitor', 'criterion'] as const);
  const value = {
    all: null,
    segment: random.pick(segments).industry,
    offering: random.pick(offerings).name,
    competitor: random.pick(plan.ctx.world.competitors).id,
    criterion: random.pick(Object.values(plan.ctx.vocab.criteria)),
  }[scope];
  const doneOn = dayString(dayNumber(TODAY) - random.int(60, 720));
  return { title: `Placebo ${i}`, scope, value, doneOn };
}

function tally(verdicts: Verdict[]) {
  const judged = verdicts.filter((v) => v !== 'not_enough_cases').length;
  const flagged = verdicts.filter((v) => v === 'improved' || v === 'worse').length;
  return { placebos: verdicts.length, judged, flagged, rate: flagged / judged };
}

const realActions = (plan: SamplePlan): Placebo[] =>
  plan.ctx.actions
    .filter((a) => a.doneDay !== null)
    .map((a) => ({ title: a.title, scope: a.scope, value: a.scopeValue, doneOn: dayString(a.doneDay!) }));

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

describe('through the database', () => {
  const seed = 7;
  const file = path.join(dir, 'sample.db');

  test('the review judges real and placebo actions of every scope, all in one model, exactly as the in-memory cases do', () => {
    generateSample(file, { cases: 600, seed, today: TODAY, migrationsFolder: MIGRATIONS_DIR });
    const sample = simulate(600, seed);
    const random = createRandom(99);
    const placebos: Placebo[] = [];
    for (const scope of ['all', 'segment', 'offering', 'competitor', 'criterion'] as const) {
      for (let i = 0; placebos.filter((p) => p.scope === scope).length < 2; i++) {
        const p = placebo(random, sample.plan, placebos.length * 100 + i);
        if (p.scope === scope) placebos.push(p);
      }
    }
    const workspace = openWorkspace(file, {
      migrationsFolder: MIGRATIONS_DIR,
      mode: 'cli',
      create: false,
      now: () => new Date(`${TODAY}T12:00:00`),
    });
    try {
      for (const p of placebos) {
        const created = workspace.dispatchSync('actions.create', {
          title: p.title,
          kind: 'preventive',
          scope: p.scope,
          scopeValue: p.value,
        });
        if (!created.ok) throw new Error(created.error.message);
        const id = (created.value as { id: string }).id;
        const done = workspace.dispatchSync('actions.update', { id, patch: { status: 'done', doneOn: p.doneOn } });
        if (!done.ok) throw new Error(done.error.message);
      }
      const result = workspace.dispatchSync('review.summary', {});
      if (!result.ok) throw new Error(result.error.message);
      const actions = (result.value as Summary).actions;
      const real = sample.plan.ctx.actions
        .filter((a) => a.doneDay !== null)
        .map((a) => ({ title: a.title, scope: a.scope, value: a.scopeValue, doneOn: dayString(a.doneDay!) }));
      expect(actions).toHaveLength(real.length + placebos.length);
      // The review's order: done date, newest first, then title.
      const all = [...real, ...placebos].sort((x, y) =>
        x.doneOn !== y.doneOn ? (x.doneOn < y.doneOn ? 1 : -1) : x.title < y.title ? -1 : x.title > y.title ? 1 : 0,
      );
      const verdicts = reviewVerdicts(sample.cases, all);
      expect(actions.map((a) => a.title)).toEqual(all.map((a) => a.title));
      for (const [j, a] of all.entries()) {
        const shown = actions.find((x) => x.title === a.title)!;
        const counts = countsFor(sample.cases, a);
        expect([shown.prior.n, shown.before.n, shown.after.n], a.title).toEqual([
          counts.inside.prior.n,
          counts.inside.before.n,
          counts.inside.after.n,
        ]);
        expect(shown.elsewhere?.after.won ?? null, a.title).toBe(counts.outside?.after.won ?? null);
        expect(shown.verdict, a.title).toBe(verdicts[j]);
      }
      if (report) for (const a of actions) console.log(`${a.title} [${a.scopeLabel}, ${a.doneAt}]: ${a.verdict}`);
      expect(actions.find((a) => a.title.includes('Budgetly'))?.verdict).toBe('improved');
      // Judged alone, the inert Retail template and the all-cases placebos dated near real actions were credited.
      expect(actions.find((a) => a.title.startsWith('Shorter proposal template'))?.verdict).toBe('no_clear_change');
      const flagged = actions.filter((a) => a.title.startsWith('Placebo') && /improved|worse/.test(a.verdict));
      expect(flagged.length, flagged.map((a) => a.title).join()).toBeLessThanOrEqual(1);
    } finally {
      workspace.close();
    }
  });
});

describe('the joint model, as the review runs it: every action of a sample estimated at once', () => {
  test('placebos of random scope and date, half of them next to a real action, are flagged at most 10 % of the time', () => {
    const verdicts: Verdict[] = [];
    const byScope = new Map<ActionScope, Verdict[]>();
    const runs = [
      ...Array.from({ length: 30 }, (_, i) => ({ cases: 600, seed: 1000 + i, placebos: 8 })),
      ...Array.from({ length: 4 }, (_, i) => ({ cases: 3000, seed: 2000 + i, placebos: 10 })),
    ];
    for (const run of runs) {
      // Real effects on: the placebos sit among actions that work, which is what contaminated them before.
      const sample = simulate(run.cases, run.seed);
      const random = createRandom(run.seed + 9_000);
      const real = realActions(sample.plan);
      const placebos = Array.from({ length: run.placebos }, (_, i) => {
        const p = placebo(random, sample.plan, i);
        if (i % 2 === 0) return p;
        const near = dayNumber(random.pick(real).doneOn) - random.int(1, 45);
        return { ...p, doneOn: dayString(Math.min(near, dayNumber(TODAY) - 60)) };
      });
      const judged = reviewVerdicts(sample.cases, [...real, ...placebos]).slice(real.length);
      judged.forEach((v, i) => {
        verdicts.push(v);
        const list = byScope.get(placebos[i]!.scope) ?? [];
        list.push(v);
        byScope.set(placebos[i]!.scope, list);
      });
    }
    const all = tally(verdicts);
    if (report) {
      const scopes = [...byScope].map(([s, v]) => `${s} ${pct(tally(v).rate)} of ${tally(v).judged}`).join(', ');
      console.log(
        `joint: placebos ${all.placebos}, judged ${all.judged}, flagged ${all.flagged} = ${pct(all.rate)}; ${scopes}`,
      );
    }
    expect(all.judged).toBeGreaterThanOrEqual(200);
    expect(all.rate).toBeLessThanOrEqual(0.1);
  }, 120_000);

  test("the generator's real actions are found and its inert ones are not credited", () => {
    const bySize = new Map<number, Map<string, Verdict[]>>();
    for (const [cases, seeds] of [
      [600, 12],
      [3000, 6],
    ] as const) {
      const byTitle = new Map<string, Verdict[]>();
      bySize.set(cases, byTitle);
      for (let seed = 300; seed < 300 + seeds; seed++) {
        const sample = simulate(cases, seed);
        const real = realActions(sample.plan);
        reviewVerdicts(sample.cases, real).forEach((v, i) => {
          byTitle.set(real[i]!.title, [...(byTitle.get(real[i]!.title) ?? []), v]);
        });
      }
      if (report) {
        for (const [title, v] of byTitle) {
          const count = (x: Verdict) => v.filter((y) => y === x).length;
          console.log(
            `joint ${cases} cases, ${title}: improved ${count('improved')}/${v.length}, worse ${count('worse')}`,
          );
        }
      }
    }
    const share = (cases: number, title: string, verdict: Verdict) => {
      const v = bySize.get(cases)!.get(title)!;
      return v.filter((x) => x === verdict).length / v.length;
    };
    expect(share(3000, 'Total-cost calculator for deals against Budgetly', 'improved')).toBeGreaterThanOrEqual(0.8);
    expect(share(3000, 'Healthcare reference customers ready for every tender', 'improved')).toBeGreaterThanOrEqual(
      0.5,
    );
    for (const title of ['Shorter proposal template for Retail', 'New e-mail signature with our references']) {
      for (const cases of [600, 3000]) expect(share(cases, title, 'improved'), title).toBeLessThanOrEqual(0.2);
    }
    // An action that works is never reported as doing harm.
    for (const title of [
      'Total-cost calculator for deals against Budgetly',
      'Security pack: ISO 27001 summary and pen-test report in every proposal',
      'Healthcare reference customers ready for every tender',
    ]) {
      for (const cases of [600, 3000]) expect(share(cases, title, 'worse'), title).toBe(0);
    }
  }, 120_000);

  test('seed 7: placebos of every scope and the inert Retail template get no clear effect', () => {
    const sample = simulate(600, 7);
    const random = createRandom(99);
    const real = realActions(sample.plan);
    const placebos: Placebo[] = [];
    for (const scope of ['all', 'segment', 'offering', 'competitor', 'criterion'] as const) {
      for (let i = 0; placebos.filter((p) => p.scope === scope).length < 2; i++) {
        const p = placebo(random, sample.plan, placebos.length * 100 + i);
        if (p.scope === scope) placebos.push(p);
      }
    }
    const actions = [...real, ...placebos];
    const verdicts = reviewVerdicts(sample.cases, actions);
    if (report)
      actions.forEach((a, i) => console.log(`joint seed 7: ${a.title} [${a.scope}, ${a.doneOn}]: ${verdicts[i]}`));
    // The all-cases placebos dated just before real actions were flagged when each action was judged alone.
    placebos.forEach((p, i) => {
      if (p.scope === 'all') expect(verdicts[real.length + i], p.title).not.toMatch(/improved|worse/);
    });
    // A placebo is flagged 1 time in 10 at 90 % by chance (here: Placebo 525, an offering); no more than that.
    expect(verdicts.slice(real.length).filter((v) => v === 'improved' || v === 'worse').length).toBeLessThanOrEqual(1);
    const retail = real.findIndex((a) => a.title === 'Shorter proposal template for Retail');
    expect(verdicts[retail]).not.toMatch(/improved|worse/);
  });
});
