/**
 * The power map's informal side: links between people that are not reporting lines, a person's role in one case,
 * and what the map says about routes to the decision makers and coverage of the buying steps ahead.
 * Changes with: shared/contract/people.ts (PowerMap carries these), electron/services/powermap-links.ts,
 * electron/services/powermap-routes.ts, shared/powermap/ (the pure route finder and coverage).
 */
import { z } from 'zod';
import { buyingRoles } from '../domain/vocabulary';
import { linkKinds } from '../powermap/route-types';
import { Id } from './common';
import { mutation } from './define';

export const PersonLink = z.object({
  id: Id,
  fromId: Id,
  toId: Id,
  kind: z.enum(linkKinds),
  strength: z.int().min(1).max(3),
});
export type PersonLink = z.infer<typeof PersonLink>;

/** The best routes from our team to one decision maker or economic buyer, each worded and as the ids to highlight. */
export const PowerMapRoute = z.object({
  targetId: Id,
  targetName: z.string(),
  /** The role that makes them a target: per case when a case says so, else their usual one. */
  role: z.enum(buyingRoles),
  /** The open cases they decide (empty: none open, the usual role). */
  cases: z.array(z.object({ id: Id, title: z.string() })),
  routes: z.array(
    z.object({
      sentence: z.string(),
      /** Member id, then the people the route names, in order: another member's private contacts never appear. */
      path: z.array(Id),
      chance: z.number(),
    }),
  ),
  /** Said when there is no route. */
  noRoute: z.string().nullable(),
});
export type PowerMapRoute = z.infer<typeof PowerMapRoute>;

/** A buying step ahead of an open case that nobody on our side covers well: a suggestion for a next step. */
export const CoverageSuggestion = z.object({
  caseId: Id,
  caseTitle: z.string(),
  stepName: z.string(),
  kind: z.enum(['weak', 'uncovered', 'unmapped']),
  personIds: z.array(Id),
  suggestion: z.string(),
});
export type CoverageSuggestion = z.infer<typeof CoverageSuggestion>;

export const powermapInformalApi = {
  'links.set': mutation(
    'Say that one person influences, trusts or is at odds with another (strength 1–3); 0 removes the link.',
    z.object({ fromId: Id, toId: Id, kind: z.enum(linkKinds), strength: z.int().min(0).max(3) }),
    PersonLink.nullable(),
    ['people'],
  ),
  'people.setCaseRole': mutation(
    "A person's buying role in one case; null goes back to their usual role. Adds them to the case if needed.",
    z.object({ caseId: Id, personId: Id, buyingRole: z.enum(buyingRoles).nullable() }),
    z.object({ caseId: Id, personId: Id, buyingRole: z.enum(buyingRoles).nullable() }),
    ['cases', 'debrief'],
  ),
};
