/** Customer accounts. */
import { z } from 'zod';
import { sizeBands } from '../domain/vocabulary';
import { ById, Id, Name } from './common';
import { method, mutation } from './define';

export const Account = z.object({
  id: Id,
  name: z.string(),
  industry: z.string().nullable(),
  sizeBand: z.enum(sizeBands).nullable(),
  region: z.string().nullable(),
  openCases: z.int(),
  closedCases: z.int(),
});
export type Account = z.infer<typeof Account>;
const AccountFields = {
  name: Name,
  industry: z.string().trim().max(100).nullable(),
  sizeBand: z.enum(sizeBands).nullable(),
  region: z.string().trim().max(100).nullable(),
};
export const AccountInput = z.object({
  ...AccountFields,
  industry: AccountFields.industry.default(null),
  sizeBand: AccountFields.sizeBand.default(null),
  region: AccountFields.region.default(null),
});
/** No defaults here: zod's `.partial()` keeps them, and a patch must leave unnamed fields alone. */
export const AccountPatch = z.object(AccountFields).partial();

export const accountsApi = {
  'accounts.list': method(
    'Customer accounts, by name, with their open and closed case counts.',
    z.object({ query: z.string().trim().max(200).optional() }),
    z.array(Account),
  ),
  'accounts.get': method('One customer account.', ById, Account),
  'accounts.create': mutation('Add a customer account.', AccountInput, Account, ['accounts']),
  'accounts.update': mutation(
    'Change an account; fields left out stay as they are.',
    z.object({ id: Id, patch: AccountPatch }),
    Account,
    ['accounts', 'cases'],
  ),
};
