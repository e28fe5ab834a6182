/**
 * The rows one simulated case produces, shaped like the tables they go into (deleted_at is always null, and a
 * child row's updated_at is its created_at unless given). The simulation builds these; writer.ts binds them.
 * Changes with: electron/db/schema/cases.ts, people.ts, learning.ts.
 */
import type {
  Channel,
  DebriefState,
  EvidenceSource,
  LessonKind,
  LessonTagKind,
  Level,
  Outcome,
} from '../../shared/domain/vocabulary';

export interface CaseRow {
  id: string;
  createdAt: string;
  updatedAt: string;
  title: string;
  accountId: string;
  offering: string;
  valueMinor: number;
  source: string;
  ownerId: string;
  openedOn: string;
  expectedCloseOn: string;
  closedOn: string | null;
  stageId: string;
  probability: number | null;
  outcome: Outcome;
  winnerCompetitorId: string | null;
  debrief: DebriefState;
  debriefStep: number;
  notes: string;
}

export interface Child {
  id: string;
  createdAt: string;
}

export interface CaseRows {
  case: CaseRow;
  buyerSteps: (Child & { buyerStepId: string; reachedOn: string })[];
  competitors: (Child & { competitorId: string; incumbent: boolean; priceMinor: number | null })[];
  criteria: (Child & { criterionId: string; importance: number; ourRating: number; rivalRating: number | null })[];
  reasons: (Child & { reasonId: string; isPrimary: boolean; evidence: EvidenceSource; confidence: Level })[];
  people: (Child & { personId: string; reached: boolean })[];
  interactions: (Child & { personId: string | null; on: string; channel: Channel; notes: string })[];
  lessons: (Child & { text: string; kind: LessonKind; tagKind: LessonTagKind; tagId: string })[];
}
