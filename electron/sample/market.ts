/**
 * The sample's market, as fixed data: our three sellers, six competitors each strong on one or two buying
 * criteria, the segments (account industries) and what each weighs, and our offerings. The numbers are the
 * simulation's knobs: a competitor's `edge` is how much meeting them moves our win chance (log-odds), so
 * head-to-head win rates differ by design; its `ratings` are what buyers typically give it per criterion.
 * Changes with: electron/sample/cases.ts and debrief.ts (which read these knobs).
 */
import type { Level, SizeBand } from '../../shared/domain/vocabulary';
import type { CriterionName } from './vocabulary';

export type Ratings = Record<CriterionName, number>;

export interface Seller {
  name: string;
  isMe: boolean;
  /** Log-odds added to every case this seller owns. */
  skill: number;
  /** Chance of getting to the customer's decision maker. */
  reachesDecisionMaker: number;
  /** Share of accounts this seller looks after. */
  share: number;
}

export const sellers: Seller[] = [
  { name: 'Alex Morgan', isMe: true, skill: 0, reachesDecisionMaker: 0.6, share: 0.4 },
  { name: 'Sam Lindqvist', isMe: false, skill: 0.3, reachesDecisionMaker: 0.68, share: 0.33 },
  { name: 'Priya Nair', isMe: false, skill: -0.25, reachesDecisionMaker: 0.5, share: 0.27 },
];

export interface Competitor {
  name: string;
  notes: string;
  strengths: CriterionName[];
  /** Log-odds on our win chance when they are in the case (negative: they beat us more often). */
  edge: number;
  /** Chance of meeting them in a case, before the segment's preference. */
  presence: number;
  /** Chance that, when met, they are the incumbent supplier. */
  incumbent: number;
  /** Mean rating buyers give them per criterion (1–5). */
  ratings: Ratings;
}

const plain: Ratings = { Price: 3, 'Strategy fit': 3, Quality: 3, Brand: 3, Security: 3, Sustainability: 3 };

export const competitors: Competitor[] = [
  {
    name: 'Budgetly',
    notes: 'Low-cost challenger: undercuts every quote, thin on service and quality.',
    strengths: ['Price'],
    edge: -0.55,
    presence: 0.34,
    incumbent: 0.1,
    ratings: { ...plain, Price: 4.6, Quality: 2.3, Brand: 2.5 },
  },
  {
    name: 'Premier Systems',
    notes: 'The premium brand: polished product, strong references, the highest price.',
    strengths: ['Quality', 'Brand'],
    edge: -0.95,
    presence: 0.22,
    incumbent: 0.2,
    ratings: { ...plain, Price: 2, Quality: 4.5, Brand: 4.6 },
  },
  {
    name: 'Fortis Secure',
    notes: 'Security-first vendor; its certifications open doors in finance and healthcare.',
    strengths: ['Security'],
    edge: -0.5,
    presence: 0.18,
    incumbent: 0.15,
    ratings: { ...plain, Price: 2.6, Security: 4.7, Sustainability: 2.6 },
  },
  {
    name: 'GreenLoop',
    notes: 'Sells on its sustainability record; strong where tenders weigh ESG.',
    strengths: ['Sustainability'],
    edge: -0.1,
    presence: 0.14,
    incumbent: 0.05,
    ratings: { ...plain, Sustainability: 4.6, Brand: 2.4 },
  },
  {
    name: 'Nordic Integrators',
    notes: 'Local integrator, often the incumbent: knows the customer and fits their roadmap.',
    strengths: ['Strategy fit'],
    edge: -0.3,
    presence: 0.18,
    incumbent: 0.5,
    ratings: { ...plain, 'Strategy fit': 4.4, Security: 2.4 },
  },
  {
    name: 'Acme Digital',
    notes: 'Big-name generalist: a well-known logo, a broad but shallow offer.',
    strengths: ['Brand'],
    edge: 0.6,
    presence: 0.2,
    incumbent: 0.1,
    ratings: { ...plain, Brand: 4.2, Quality: 2.3, 'Strategy fit': 2.5 },
  },
];

/** How buyers rate us on average: good fit and quality, dear. */
export const ourRatings: Ratings = {
  Price: 2.7,
  'Strategy fit': 3.9,
  Quality: 3.8,
  Brand: 3,
  Security: 3,
  Sustainability: 3.4,
};

export interface Segment {
  industry: string;
  share: number;
  /** Mean importance (1–5) of each criterion to buyers in this segment. */
  importance: Ratings;
  /** Competitors seen here more (> 1) or less (< 1) often than usual. */
  competitorAffinity: Partial<Record<string, number>>;
  /** Nouns for account names. */
  nouns: string[];
}

export const segments: Segment[] = [
  {
    industry: 'Manufacturing',
    share: 0.24,
    importance: { Price: 3.4, 'Strategy fit': 3.6, Quality: 4.4, Brand: 2.4, Security: 2.8, Sustainability: 3 },
    competitorAffinity: { 'Premier Systems': 1.3, 'Nordic Integrators': 1.3 },
    nouns: ['Components', 'Engineering', 'Machinery', 'Plastics', 'Tools', 'Metalworks'],
  },
  {
    industry: 'Retail',
    share: 0.18,
    importance: { Price: 4.5, 'Strategy fit': 3.2, Quality: 3, Brand: 3.4, Security: 2.6, Sustainability: 3.2 },
    competitorAffinity: { Budgetly: 1.6, 'Fortis Secure': 0.5 },
    nouns: ['Foods', 'Fashion', 'Home', 'Outdoor', 'Market', 'Stores'],
  },
  {
    industry: 'Healthcare',
    share: 0.15,
    importance: { Price: 3, 'Strategy fit': 3.4, Quality: 4.3, Brand: 3, Security: 4.6, Sustainability: 2.6 },
    competitorAffinity: { 'Fortis Secure': 2, Budgetly: 0.6 },
    nouns: ['Clinics', 'Care', 'Medical', 'Health', 'Diagnostics', 'Pharma'],
  },
  {
    industry: 'Finance',
    share: 0.13,
    importance: { Price: 2.8, 'Strategy fit': 3.6, Quality: 3.6, Brand: 4, Security: 4.8, Sustainability: 2.4 },
    competitorAffinity: { 'Fortis Secure': 2.2, 'Premier Systems': 1.5, Budgetly: 0.5 },
    nouns: ['Capital', 'Insurance', 'Finance', 'Savings', 'Invest', 'Pensions'],
  },
  {
    industry: 'Public sector',
    share: 0.14,
    importance: { Price: 4.4, 'Strategy fit': 3, Quality: 3.2, Brand: 2.2, Security: 4, Sustainability: 4.2 },
    competitorAffinity: { GreenLoop: 2.2, Budgetly: 1.3, 'Acme Digital': 1.2 },
    nouns: ['Municipality', 'County Services', 'Water Board', 'Housing', 'Transit', 'Schools'],
  },
  {
    industry: 'Logistics',
    share: 0.16,
    importance: { Price: 4, 'Strategy fit': 4.2, Quality: 3.2, Brand: 2.4, Security: 2.8, Sustainability: 3.4 },
    competitorAffinity: { 'Nordic Integrators': 1.5, GreenLoop: 1.3 },
    nouns: ['Freight', 'Logistics', 'Shipping', 'Transport', 'Cargo', 'Warehousing'],
  },
];

export interface Offering {
  name: string;
  share: number;
  /** Median deal value in EUR for a mid-sized (50–249) customer. */
  medianEur: number;
  /** Median days from opening to decision. */
  medianDays: number;
  /** Words for case titles. */
  titles: string[];
}

export const offerings: Offering[] = [
  {
    name: 'Platform licence',
    share: 0.36,
    medianEur: 24_000,
    medianDays: 70,
    titles: ['platform licence', 'licence renewal', 'seat expansion'],
  },
  {
    name: 'Implementation project',
    share: 0.26,
    medianEur: 60_000,
    medianDays: 110,
    titles: ['rollout', 'implementation', 'migration project'],
  },
  {
    name: 'Managed service',
    share: 0.22,
    medianEur: 38_000,
    medianDays: 90,
    titles: ['managed service', 'operations contract', 'support agreement'],
  },
  {
    name: 'Training & advisory',
    share: 0.16,
    medianEur: 8_000,
    medianDays: 35,
    titles: ['training programme', 'advisory days', 'workshop series'],
  },
];

export const sizeBandShares: readonly (readonly [SizeBand, number])[] = [
  ['1-9', 0.1],
  ['10-49', 0.25],
  ['50-249', 0.35],
  ['250-999', 0.2],
  ['1000+', 0.1],
];

/** Bigger customers buy more and take longer to decide; their decision maker is harder to reach. */
export const sizeEffects: Record<SizeBand, { value: number; days: number; reachDm: number }> = {
  '1-9': { value: 0.4, days: 0.7, reachDm: 0.15 },
  '10-49': { value: 0.7, days: 0.85, reachDm: 0.08 },
  '50-249': { value: 1, days: 1, reachDm: 0 },
  '250-999': { value: 1.6, days: 1.2, reachDm: -0.08 },
  '1000+': { value: 2.5, days: 1.4, reachDm: -0.15 },
};

export const sources: readonly (readonly [string, number])[] = [
  ['Referral', 0.25],
  ['Inbound', 0.25],
  ['Outbound', 0.2],
  ['Partner', 0.15],
  ['Event', 0.15],
];

export const levelWeights: Record<'dm' | 'other', readonly (readonly [Level, number])[]> = {
  dm: [
    ['high', 0.8],
    ['medium', 0.2],
  ],
  other: [
    ['high', 0.2],
    ['medium', 0.5],
    ['low', 0.3],
  ],
};
