/**
 * A closed case's debrief, consistent with how the case went: the criteria grid (every criterion the buyer
 * weighed 3+, and the winner's strengths; our rating and the rival's drawn around each side's known profile,
 * nudged by the outcome), one primary reason and up to two more (a loss is put down to what the winner is
 * good at, an incumbent, a missed decision maker; a win to a champion, early involvement, our strengths), and
 * on about four in ten closed cases a lesson or two. A pending debrief has at most its primary reason.
 */
import type { EvidenceSource, LessonKind, LessonTagKind, Level } from '../../shared/domain/vocabulary';
import type { LessonTraits } from './actions';
import { stampOn } from './dates';
import type { CaseFacts } from './facts';
import { lessonText } from './lesson-texts';
import { ourRatings, type Ratings } from './market';
import type { Random } from './random';
import type { CaseRows } from './rows';
import { criterionNames, type CriterionName, type ReasonName, type Vocabulary } from './vocabulary';

export interface Debrief {
  criteria: CaseRows['criteria'];
  reasons: CaseRows['reasons'];
  lessons: CaseRows['lessons'];
  /** Per lesson (same order), what an action may have been prompted by. */
  lessonTraits: LessonTraits[];
}

const rating = (x: number) => Math.min(5, Math.max(1, Math.round(x)));

function grid(random: Random, f: CaseFacts): { k: CriterionName; ours: number; rival: number | null }[] {
  const rated = new Set(f.traits.rated);
  for (const s of f.winner?.spec.strengths ?? []) rated.add(s);
  const ourShift = f.outcome === 'won' ? 0.4 : f.outcome === 'lost' ? -0.3 : 0;
  const rivalShift = f.outcome === 'lost' ? 0.35 : -0.2;
  const rivalRatings: Ratings | null = f.rival?.spec.ratings ?? null;
  return criterionNames
    .filter((k) => rated.has(k))
    .map((k) => ({
      k,
      ours: rating(ourRatings[k] + (f.ratingLift[k] ?? 0) + ourShift + random.normal() * 0.7),
      rival: rivalRatings ? rating(rivalRatings[k] + rivalShift + random.normal() * 0.6) : null,
    }));
}

function reasonWeights(
  f: CaseFacts,
  championReached: boolean,
  ratings: { k: CriterionName; ours: number; rival: number | null }[],
): [ReasonName, number][] {
  const dm = f.odds.reachedDm;
  const early = f.odds.engagement >= 3;
  switch (f.outcome) {
    case 'won':
      return [
        ['Strong champion', championReached ? 3 : 0.3],
        ['Early involvement', early ? 2 : 0.4],
        ['Relationship with the buyer', 1.2],
        ['References', 0.8],
        ...ratings.map(({ k, ours }): [ReasonName, number] => [k, ours >= 4 && f.importance[k] >= 4 ? 1.5 : 0]),
      ];
    case 'lost': {
      const strengths = f.winner?.spec.strengths ?? [];
      return [
        ...ratings.map(({ k, ours, rival }): [ReasonName, number] => {
          if (strengths.includes(k)) return [k, 3.5];
          // We are the dear option: where price weighs heavily and they undercut us, price gets the blame.
          if (k === 'Price' && rival !== null && rival > ours && f.importance.Price >= 4) return [k, 2.5];
          if (rival !== null && rival > ours) return [k, 0.6];
          // Lost to a rival nobody recorded: price is what sellers suspect first.
          return [k, f.winner === null && k === 'Price' ? 1.5 : 0];
        }),
        ['Incumbent advantage', f.incumbent !== null && f.incumbent === f.winner ? 4 : 0],
        ['Decision maker not reached', dm ? 0 : 2.5],
        ['Came in late', early ? 0.2 : 1.8],
        ['Relationship with the buyer', 0.8],
        ['References', 0.4],
      ];
    }
    case 'no_decision':
      return [
        ['No budget', 3],
        ['Lost to status quo', 3],
        ['Timing', 2],
        ['Decision maker not reached', dm ? 0 : 2],
      ];
    case 'withdrawn':
      return [
        ['Strategy fit', 2],
        ['Timing', 1.5],
        ['No budget', 1],
      ];
    default:
      return [];
  }
}

function evidenceOf(random: Random, reason: ReasonName): EvidenceSource {
  // Sellers put price down as the cause more readily than buyers say so: the review should notice.
  if (reason === 'Price') {
    return random.weighted([
      ['our_view', 0.6],
      ['buyer_said', 0.3],
      ['third_party', 0.1],
    ]);
  }
  return random.weighted([
    ['buyer_said', 0.45],
    ['our_view', 0.4],
    ['third_party', 0.15],
  ]);
}

function confidenceOf(random: Random, evidence: EvidenceSource): Level {
  return evidence === 'buyer_said'
    ? random.weighted([
        ['high', 0.55],
        ['medium', 0.35],
        ['low', 0.1],
      ])
    : random.weighted([
        ['high', 0.2],
        ['medium', 0.5],
        ['low', 0.3],
      ]);
}

function pickReasons(random: Random, weights: [ReasonName, number][], secondaries: number): ReasonName[] {
  const left = weights.filter(([, w]) => w > 0);
  const picked: ReasonName[] = [];
  while (left.length > 0 && picked.length < 1 + secondaries) {
    const name = random.weighted(left);
    picked.push(name);
    left.splice(
      left.findIndex(([n]) => n === name),
      1,
    );
  }
  return picked;
}

type About =
  | { tagKind: 'criterion'; name: CriterionName }
  | { tagKind: 'reason'; name: ReasonName }
  | { tagKind: 'buyer_step'; step: number };

function lessonAbout(
  random: Random,
  f: CaseFacts,
  kind: LessonKind,
  primary: ReasonName | undefined,
  ratings: { k: CriterionName; ours: number; rival: number | null }[],
): About {
  const strengths = f.winner?.spec.strengths ?? [];
  const criteria = kind === 'hurt' ? strengths : ratings.filter((r) => r.ours >= 4).map((r) => r.k);
  const tagKind = random.weighted<LessonTagKind>([
    ['criterion', criteria.length ? 0.5 : 0],
    ['reason', primary ? 0.3 : 0],
    // The furthest buyer step is always there to file a lesson under (step 0 when none was recorded).
    ['buyer_step', 0.2],
  ]);
  if (tagKind === 'criterion') return { tagKind, name: random.pick(criteria) };
  if (tagKind === 'reason' && primary) return { tagKind, name: primary };
  // A win is made early in the buyer's process; a loss is filed where the buyer stopped with us.
  const step = kind === 'worked' ? random.int(0, Math.min(3, Math.max(0, f.steps - 1))) : Math.max(0, f.steps - 1);
  return { tagKind: 'buyer_step', step };
}

function tagIdOf(vocab: Vocabulary, about: About): string {
  if (about.tagKind === 'criterion') return vocab.criteria[about.name];
  if (about.tagKind === 'reason') return vocab.reasons[about.name];
  return vocab.buyerSteps[about.step]!;
}

export function simulateDebrief(random: Random, f: CaseFacts, vocab: Vocabulary, championReached: boolean): Debrief {
  const out: Debrief = { criteria: [], reasons: [], lessons: [], lessonTraits: [] };
  if (f.debrief === 'none') return out;
  const full = f.debrief === 'done';
  const createdAt = stampOn(f.debriefDay ?? f.closedDay!, random);
  // Drawn for a pending debrief too: the reason a seller jots down first follows the same story.
  const ratings = grid(random, f);
  if (full) {
    for (const r of ratings) {
      out.criteria.push({
        id: random.uuid(),
        createdAt,
        criterionId: vocab.criteria[r.k],
        importance: f.importance[r.k],
        ourRating: r.ours,
        rivalRating: r.rival,
      });
    }
  }

  const secondaries = full
    ? random.weighted([
        [0, 0.4],
        [1, 0.4],
        [2, 0.2],
      ] as const)
    : 0;
  const recorded = full || random.chance(0.5);
  const names = recorded ? pickReasons(random, reasonWeights(f, championReached, ratings), secondaries) : [];
  names.forEach((name, i) => {
    const evidence = evidenceOf(random, name);
    const confidence = confidenceOf(random, evidence);
    out.reasons.push({
      id: random.uuid(),
      createdAt,
      reasonId: vocab.reasons[name],
      isPrimary: i === 0,
      evidence,
      confidence,
    });
  });

  if (!full || !random.chance(0.46)) return out;
  const lessonCount = random.chance(0.25) ? 2 : 1;
  for (let i = 0; i < lessonCount; i++) {
    const kind: LessonKind = random.chance(f.outcome === 'won' ? 0.85 : 0.2) ? 'worked' : 'hurt';
    const about = lessonAbout(random, f, kind, names[0], ratings);
    out.lessons.push({
      id: random.uuid(),
      createdAt,
      text: lessonText(random, kind, about, f.rival?.spec.name ?? null),
      kind,
      tagKind: about.tagKind,
      tagId: tagIdOf(vocab, about),
    });
    out.lessonTraits.push({
      kind,
      tagKind: about.tagKind,
      tag: 'name' in about ? about.name : String(about.step),
      competitors: f.traits.competitors,
      winner: f.winner?.spec.name ?? null,
      industry: f.traits.industry,
    });
  }
  return out;
}
