/**
 * Fills a freshly migrated database with a sample: settings, the team, competitors, accounts and their people,
 * the cases in the order they opened, then the actions and the lessons they came from. Everything is drawn
 * from seeded streams in a fixed order, so the same (seed, cases, today) writes the same rows. The cases' own
 * stream is `planSample`'s and `simulateCase`'s alone (reference-row stamps come from a second stream), so a test
 * can replay a sample's cases in memory, exactly as written, without a database.
 * Cases are simulated and flushed in chunks of a few thousand: a progress report between them, and a flush
 * small enough to keep in memory (writer.ts) yet large enough to insert in id order.
 */
import type Database from 'better-sqlite3';
import { createLessonLinker, planActions } from './actions';
import { simulateCase, type SimulationContext } from './cases';
import { stampOn } from './dates';
import { createRandom, type Random } from './random';
import { buildInformal, type Informal } from './informal';
import { HISTORY_DAYS, scheduleCases, type Slot } from './schedule';
import { readVocabulary, type Vocabulary } from './vocabulary';
import { buildWorld, type World } from './world';
import { createWriter, type SampleWriter } from './writer';

export interface PopulateOptions {
  cases: number;
  seed: number;
  /** Day number of today: the history ends the day before. */
  today: number;
  onProgress?: (done: number, total: number) => void;
}

const CHUNK = 5_000;
const PROGRESS_EVERY = 200;

/** Reference rows, each created a little before it was first needed. */
function writeWorld(
  writer: SampleWriter,
  random: Random,
  world: World,
  slots: Slot[],
  today: number,
  informal: Informal,
): void {
  const start = today - HISTORY_DAYS;
  const setupStamp = stampOn(start - 30, random);
  for (const m of world.members) writer.member(m, setupStamp);
  for (const c of world.competitors)
    writer.competitor({ id: c.id, ...c.spec }, stampOn(start - random.int(0, 20), random));
  const firstCase = new Map<number, number>();
  for (const slot of slots) if (!firstCase.has(slot.account)) firstCase.set(slot.account, slot.openedDay);
  world.accounts.forEach((a, index) => {
    const first = firstCase.get(index) ?? start + random.int(0, HISTORY_DAYS - 1);
    const stamp = stampOn(Math.max(start - 30, first - random.int(0, 30)), random);
    writer.account({ ...a, industry: a.segment.industry, region: a.region.name }, stamp);
    for (const p of a.people) writer.person(p, a.id, stamp);
  });
  // Stamped like the world rows but from the informal stream's own draws: nothing above moves.
  const informalStamp = stampOn(start - 1, random);
  for (const c of informal.connectors) writer.person(c.person, c.accountId, informalStamp);
  for (const l of informal.links) writer.link(l, informalStamp);
}

export interface SamplePlan {
  /** The stream the cases are simulated from, positioned where `simulateCase` must start. */
  random: Random;
  ctx: SimulationContext;
  slots: Slot[];
}

/** Who, which actions and when each case opens: everything drawn before the first case is simulated. */
export function planSample(vocab: Vocabulary, opts: { cases: number; seed: number; today: number }): SamplePlan {
  const random = createRandom(opts.seed);
  const world = buildWorld(random, opts.cases);
  const actions = planActions(random, world, vocab.criteria, opts.today);
  const slots = scheduleCases(random, opts.cases, world.accounts.length, opts.today);
  return { random, ctx: { world, vocab, actions, today: opts.today }, slots };
}

export function populate(sqlite: Database.Database, opts: PopulateOptions): void {
  const { random, ctx, slots } = planSample(readVocabulary(sqlite), opts);
  const { world, actions } = ctx;
  // Another stream for the reference rows' stamps, so they never shift the cases' draws.
  const stamps = createRandom(opts.seed ^ 0x5bd1e995);
  const writer = createWriter(sqlite);
  const linker = createLessonLinker(actions);
  // The power map's informal side from a third stream, so adding it moved none of the rows above.
  const informal = buildInformal(createRandom(opts.seed ^ 0x27d4eb2f), world, ctx.vocab.criteria);

  // One transaction: every commit would write the pages of every primary-key index the chunk touched.
  sqlite.transaction(() => {
    const stamp = stampOn(opts.today - HISTORY_DAYS - 30, stamps);
    writer.setting('currency', 'EUR', stamp);
    writer.setting('teamName', 'Northwind Sales', stamp);
    writer.setting('firstRunDone', true, stamp);
    writer.setting('isSample', true, stamp);
    writeWorld(writer, stamps, world, slots, opts.today, informal);
    writer.flush();

    for (let from = 0; from < slots.length; from += CHUNK) {
      const chunk = slots.slice(from, from + CHUNK);
      chunk.forEach((slot, i) => {
        const simulated = simulateCase(random, ctx, slot);
        writer.case(simulated.rows);
        simulated.rows.lessons.forEach((l, j) => linker.offer(l.id, simulated.lessonTraits[j]!, simulated.debriefDay!));
        // Often enough that a progress bar moves several times a second (the caller throttles).
        if (i % PROGRESS_EVERY === PROGRESS_EVERY - 1) opts.onProgress?.(from + i + 1, slots.length);
      });
      writer.flush();
      opts.onProgress?.(Math.min(slots.length, from + CHUNK), slots.length);
    }

    for (const a of actions) {
      const createdAt = stampOn(a.createdDay, random);
      writer.action(a, createdAt, a.doneDay === null ? createdAt : stampOn(a.doneDay, random));
    }
    for (const link of linker.links()) {
      const created = actions.find((a) => a.id === link.actionId)!.createdDay;
      writer.actionLesson(random.uuid(), link.actionId, link.lessonId, stampOn(created, random));
    }
    writer.flush();
  })();
}
