/**
 * The relationship charter (seeds/o2o-relationship-selling.txt): the rules under which this team shares contact
 * data. Stored in this file's settings; it sets the defaults of the stakeholder dialog and of the team export.
 * Changes with: electron/services/charter.ts, renderer/features/charter/.
 */
import { z } from 'zod';
import { visibilities } from '../domain/vocabulary';
import { Empty, Timestamp } from './common';
import { method, mutation } from './define';

export const Charter = z.object({
  /** How a new contact starts: private to the member who adds it, or shared with the team. */
  newContacts: z.enum(visibilities),
  /** Do teammates see that a private contact exists (its owner, not its details)? */
  showPrivateExists: z.boolean(),
  /** Does the team export leave private contacts out unless the seller asks otherwise? */
  exportWithoutPrivate: z.boolean(),
  updatedAt: Timestamp.nullable(),
});
export type Charter = z.infer<typeof Charter>;

export const CharterPatch = Charter.omit({ updatedAt: true }).partial();
export type CharterPatch = z.infer<typeof CharterPatch>;

export const charterApi = {
  'charter.get': method("The team's relationship charter: what is shared by default.", Empty, Charter),
  'charter.update': mutation('Change some of the charter rules.', CharterPatch, Charter, ['settings']),
};
