/**
 * Who took part in a case and how we were in touch: the account's stakeholders involved (the decision maker
 * always, reached or not, and as many others as the case reached, plus a few we never got to) and a handful
 * of interactions spread over the case's life, on each person's preferred channel. A case that met the
 * customer face to face has at least one face-to-face meeting; one that did not has none.
 */
import type { Channel } from '../../shared/domain/vocabulary';
import { dayString, stampOn } from './dates';
import type { CaseFacts } from './facts';
import type { Person } from './people';
import type { Random } from './random';
import type { CaseRows } from './rows';

/** What the seller would write in the interaction's note, by how far into the case it happened. */
const notesByPhase = [
  'Discovery call',
  'Requirements workshop',
  'Product demo',
  'Proposal walkthrough',
  'Pricing discussion',
  'Reference call',
  'Negotiation',
  'Follow-up on open questions',
];

export interface Contacts {
  people: CaseRows['people'];
  interactions: CaseRows['interactions'];
  /** A champion was among the people we reached: the debrief may credit them. */
  championReached: boolean;
}

/** Are the case's stakeholders recorded? Always after a full debrief, often while open, less when pending. */
function peopleRecorded(random: Random, f: CaseFacts): boolean {
  if (f.outcome === 'open') return random.chance(0.8);
  if (f.debrief === 'done') return true;
  return f.debrief === 'pending' && random.chance(0.6);
}

function involvement(random: Random, f: CaseFacts): { person: Person; reached: boolean }[] {
  const [dm, ...others] = f.account.people;
  const reachedCount = Math.min(others.length, f.odds.othersReached);
  const involved = random.sample(others, Math.min(others.length, reachedCount + random.int(0, 2)));
  return [
    { person: dm!, reached: f.odds.reachedDm },
    ...involved.map((person, i) => ({ person, reached: i < reachedCount })),
  ];
}

function channelFor(random: Random, person: Person | null, faceToFace: boolean): Channel {
  const preferred = person?.preferredChannel ?? random.pick(['email', 'phone', 'web_meeting'] as const);
  if (preferred === 'face_to_face' && !faceToFace) return 'web_meeting';
  return preferred;
}

export function caseContacts(random: Random, f: CaseFacts): Contacts {
  const recorded = peopleRecorded(random, f);
  const involved = involvement(random, f);
  const addedOn = stampOn(Math.min(f.lastDay, f.openedDay + random.int(0, 10)), random);
  const people = recorded
    ? involved.map(({ person, reached }) => ({ id: random.uuid(), createdAt: addedOn, personId: person.id, reached }))
    : [];
  const reached = involved.filter((i) => i.reached).map((i) => i.person);

  const lastDay = f.closedDay ?? f.lastDay;
  const span = Math.max(0, lastDay - f.openedDay);
  const closedCount = 1 + f.odds.engagement + (f.outcome === 'won' ? 1 : 0) + random.int(-1, 1);
  const count = Math.max(1, Math.min(7, f.outcome === 'open' ? Math.ceil((closedCount * span) / 120) : closedCount));
  const meeting = f.odds.faceToFace ? random.int(0, count - 1) : -1;
  const interactions: CaseRows['interactions'] = [];
  for (let i = 0; i < count; i++) {
    const day = f.openedDay + Math.round((span * (i + random.float() * 0.8)) / count);
    const person = reached.length && random.chance(0.9) ? random.pick(reached) : null;
    interactions.push({
      id: random.uuid(),
      createdAt: stampOn(day, random),
      personId: person?.id ?? null,
      on: dayString(day),
      channel: i === meeting ? 'face_to_face' : channelFor(random, person, f.odds.faceToFace),
      notes: notesByPhase[Math.min(notesByPhase.length - 1, Math.floor((i / count) * notesByPhase.length))]!,
    });
  }
  return {
    people,
    interactions,
    championReached: reached.some((p) => p.networkRole === 'champion'),
  };
}
