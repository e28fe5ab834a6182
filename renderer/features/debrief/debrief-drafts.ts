/**
 * Each debrief step as the seller edits it (a draft), built from what is recorded and turned back into the
 * step's save input. Pure: the store decides when, this decides what.
 * Changes with: shared/contract/debrief.ts.
 */
import type { Debrief } from '../../../shared/contract/debrief';
import type { closedOutcomes, EvidenceSource, Level, ReasonKind } from '../../../shared/domain/vocabulary';
import { minorToInput, parseMoney } from '../../../shared/money';

export type ClosedOutcome = (typeof closedOutcomes)[number];

export interface OutcomeDraft {
  outcome: ClosedOutcome | '';
  closedOn: string;
  winnerCompetitorId: string;
}
export interface ReasonDraft {
  evidence: EvidenceSource;
  confidence: Level;
}
export interface CompetitorDraft {
  incumbent: boolean;
  price: string;
}
export interface CriterionDraft {
  importance: number | null;
  ourRating: number | null;
  rivalRating: number | null;
}

export interface Drafts {
  outcome: OutcomeDraft;
  reasons: Record<string, ReasonDraft>;
  primaryReasonId: string | null;
  competitors: Record<string, CompetitorDraft>;
  criteria: Record<string, CriterionDraft>;
  /** Stakeholders involved in the case, and whether we reached them. */
  people: Record<string, boolean>;
}

/** "Who won?" answered with "not known": a choice made, unlike a question skipped (''). */
export const UNKNOWN_WINNER = 'unknown';

export function draftsFrom(d: Debrief, today: string): Drafts {
  const c = d.case;
  return {
    outcome: {
      outcome: c.outcome === 'open' ? '' : c.outcome,
      closedOn: c.closedOn ?? today,
      // A case closed as lost without a winner was answered "not known" when it was closed.
      winnerCompetitorId: c.winnerCompetitorId ?? (c.outcome === 'lost' ? UNKNOWN_WINNER : ''),
    },
    reasons: Object.fromEntries(d.reasons.map((r) => [r.reasonId, { evidence: r.evidence, confidence: r.confidence }])),
    primaryReasonId: d.reasons.find((r) => r.isPrimary)?.reasonId ?? null,
    competitors: Object.fromEntries(
      d.competitors.map((m) => [
        m.competitorId,
        { incumbent: m.incumbent, price: m.priceMinor === null ? '' : minorToInput(m.priceMinor, c.currency) },
      ]),
    ),
    criteria: Object.fromEntries(
      d.criteria.map((r) => [
        r.criterionId,
        { importance: r.importance, ourRating: r.ourRating, rivalRating: r.rivalRating },
      ]),
    ),
    people: Object.fromEntries(d.people.map((p) => [p.personId, p.reached])),
  };
}

/** Which reasons fit an outcome: a win is explained by win reasons, a loss by loss reasons. */
export function reasonKindsFor(outcome: ClosedOutcome | ''): ReasonKind[] {
  if (outcome === 'won') return ['win', 'either'];
  if (outcome === 'lost' || outcome === 'no_decision') return ['loss', 'either'];
  return ['win', 'loss', 'either'];
}

export type Errors = Record<string, string>;
type Built<T> = { ok: true; value: T } | { ok: false; errors: Errors };

export function buildReasons(d: Drafts): Built<({ reasonId: string; isPrimary: boolean } & ReasonDraft)[]> {
  const ids = Object.keys(d.reasons);
  // One reason picked is the primary one: asking for the radio too would be a chore.
  const primary = d.primaryReasonId ?? (ids.length === 1 ? ids[0] : null);
  if (ids.length > 0 && (!primary || !ids.includes(primary))) {
    return { ok: false, errors: { reasons: 'Mark the one reason that decided it as primary' } };
  }
  return {
    ok: true,
    value: ids.map((reasonId) => ({ reasonId, isPrimary: reasonId === primary, ...d.reasons[reasonId]! })),
  };
}

export function buildCompetitors(
  d: Drafts,
  currency: string,
): Built<{ competitorId: string; incumbent: boolean; priceMinor: number | null }[]> {
  const errors: Errors = {};
  const value = Object.entries(d.competitors).map(([competitorId, m]) => {
    let priceMinor: number | null = null;
    if (m.price.trim() !== '') {
      const parsed = parseMoney(m.price, currency);
      if (parsed.ok) priceMinor = parsed.minor;
      else errors[`competitors.${competitorId}`] = parsed.message;
    }
    return { competitorId, incumbent: m.incumbent, priceMinor };
  });
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** Rows left blank are not saved; a row started needs at least the importance and our rating. */
export function buildCriteria(
  d: Drafts,
): Built<{ criterionId: string; importance: number; ourRating: number; rivalRating: number | null }[]> {
  const errors: Errors = {};
  const value: { criterionId: string; importance: number; ourRating: number; rivalRating: number | null }[] = [];
  for (const [criterionId, r] of Object.entries(d.criteria)) {
    if (r.importance === null && r.ourRating === null && r.rivalRating === null) continue;
    if (r.importance === null || r.ourRating === null) {
      errors[`criteria.${criterionId}`] = 'Rate how much it mattered and how we did, or clear the row';
      continue;
    }
    value.push({ criterionId, importance: r.importance, ourRating: r.ourRating, rivalRating: r.rivalRating });
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

/**
 * Contract errors come back keyed by position in the list sent (`criteria.2.ourRating`); the grid shows them
 * per row, keyed by the item's id.
 */
export function errorsByItem(errors: Errors, list: string, ids: string[]): Errors {
  const out: Errors = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = new RegExp(`^${list}\\.(\\d+)`).exec(path);
    const id = match ? ids[Number(match[1])] : undefined;
    out[id ? `${list}.${id}` : path] = message;
  }
  return out;
}
