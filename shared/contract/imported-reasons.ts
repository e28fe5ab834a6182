/**
 * Lost reasons an import brought that matched none of ours: filed under "Imported", listed with how many cases
 * carry each, and folded by the seller into the reason list (into a reason we have, or kept as a new one of a
 * chosen category). The CRM's name stays mapped to the reason it was folded into, so the next import folds it
 * by itself. A fold answers with what it changed, and `imports.unfoldReason` takes exactly that back.
 * Changes with: electron/services/imported-reasons.ts, electron/csv/importer.ts (IMPORTED_CATEGORY),
 * renderer/features/settings/ImportedReasons.tsx.
 */
import { z } from 'zod';
import { reasonKinds } from '../domain/vocabulary';
import { Empty, Id, Name } from './common';
import { method, mutation } from './define';

export const ImportedReason = z.object({
  id: Id,
  name: z.string(),
  /** Live cases whose reasons include it. */
  cases: z.int(),
  /** The names the CRMs used for it (normalised spellings of one name fold together). */
  importedNames: z.array(z.string()),
});
export type ImportedReason = z.infer<typeof ImportedReason>;

const MAX_ROWS = 500_000;

/** What a fold changed, to the row: handed back whole to undo it. */
export const ReasonFold = z.object({
  reasonId: Id,
  before: z.object({ categoryId: Id, name: z.string(), kind: z.enum(reasonKinds) }),
  /** The reason it was folded into; null when it was kept as a reason of its own. */
  intoReasonId: Id.nullable(),
  /** Case reasons moved onto the reason folded into. */
  repointed: z.array(Id).max(MAX_ROWS),
  /** Case reasons removed because their case had the reason folded into already. */
  dropped: z.array(Id).max(MAX_ROWS),
  /** That case's own row made primary, because the dropped one was. */
  promoted: z.array(Id).max(MAX_ROWS),
  /** That case's removed row brought back, because the dropped one stood for it. */
  revived: z.array(Id).max(MAX_ROWS),
  /** CRM names now mapped to the reason folded into. */
  mapKeys: z.array(z.string()).max(MAX_ROWS),
  /** The "Imported" category, removed when its last reason left. */
  categoryRemoved: Id.nullable(),
  /** Cases the fold touched, for the sentence the seller reads. */
  cases: z.int(),
});
export type ReasonFold = z.infer<typeof ReasonFold>;

export const FoldInto = z.union([
  z.object({ reasonId: Id }),
  z.object({ categoryId: Id, name: Name, kind: z.enum(reasonKinds) }),
]);

export const importedReasonsApi = {
  'imports.reasons': method(
    'The lost reasons imports filed under "Imported", with how many cases carry each.',
    Empty,
    z.object({ categoryId: Id.nullable(), reasons: z.array(ImportedReason) }),
  ),
  'imports.foldReason': mutation(
    'Fold an imported reason into one of ours (its cases follow) or keep it, renamed, in a category of ours; the next import folds its CRM name the same way.',
    z.object({ id: Id, into: FoldInto }),
    ReasonFold,
    ['vocabulary', 'debrief', 'cases'],
  ),
  'imports.unfoldReason': mutation(
    'Take a fold back exactly: the imported reason, its cases and its CRM names as they were.',
    ReasonFold,
    z.object({ id: Id }),
    ['vocabulary', 'debrief', 'cases'],
  ),
};
