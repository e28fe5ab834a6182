/**
 * Who is in the sample before any case runs: our team, the competitors, and the customer accounts with their
 * stakeholders. Accounts number a quarter of the cases (at least 20), so most customers come back a few times
 * over the three years; each account is looked after by one seller.
 */
import type { SizeBand } from '../../shared/domain/vocabulary';
import {
  competitors as competitorSpecs,
  segments,
  sellers,
  sizeBandShares,
  type Competitor,
  type Segment,
  type Seller,
} from './market';
import { namePrefixes, regions, type Region } from './names';
import { buildPeople, type Person } from './people';
import type { Random } from './random';

export interface Member {
  id: string;
  name: string;
  isMe: boolean;
  seller: Seller;
}

export interface CompetitorEntity {
  id: string;
  spec: Competitor;
}

export interface Account {
  id: string;
  name: string;
  /** The name without its legal form, as people say it in case titles. */
  shortName: string;
  segment: Segment;
  sizeBand: SizeBand;
  region: Region;
  /** Index into `members` of the seller who looks after it. */
  seller: number;
  people: Person[];
}

export interface World {
  members: Member[];
  competitors: CompetitorEntity[];
  accounts: Account[];
}

export function accountCount(cases: number): number {
  return Math.max(20, Math.round(cases / 4));
}

/** Prefix + industry noun (+ legal form); a name already taken gets a city, then a number. */
function accountName(
  random: Random,
  segment: Segment,
  region: Region,
  taken: Set<string>,
): { name: string; shortName: string } {
  const base = `${random.pick(namePrefixes)} ${random.pick(segment.nouns)}`;
  const legal = random.pick(region.legalForms);
  const city = random.pick(region.cities);
  let shortName = [base, `${base} ${city}`].find((c) => !taken.has(c));
  for (let n = 2; shortName === undefined; n++) {
    if (!taken.has(`${base} ${city} ${n}`)) shortName = `${base} ${city} ${n}`;
  }
  taken.add(shortName);
  return { name: `${shortName} ${legal}`, shortName };
}

export function buildWorld(random: Random, cases: number): World {
  const members = sellers.map((seller) => ({ id: random.uuid(), name: seller.name, isMe: seller.isMe, seller }));
  const memberIds = members.map((m) => m.id);
  const competitors = competitorSpecs.map((spec) => ({ id: random.uuid(), spec }));
  const taken = new Set<string>();
  const accounts: Account[] = [];
  for (let i = 0; i < accountCount(cases); i++) {
    const segment = random.weighted(segments.map((s) => [s, s.share] as const));
    const region = random.weighted(regions.map((r) => [r, r.share] as const));
    const sizeBand = random.weighted(sizeBandShares);
    const seller = random.weighted(members.map((m, index) => [index, m.seller.share] as const));
    const id = random.uuid();
    const { name, shortName } = accountName(random, segment, region, taken);
    const people = buildPeople(random, { sizeBand, ownerId: memberIds[seller]! }, memberIds);
    accounts.push({ id, name, shortName, segment, sizeBand, region, seller, people });
  }
  return { members, competitors, accounts };
}
