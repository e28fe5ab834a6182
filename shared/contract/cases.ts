import { z } from 'zod';
import { method } from './define';
import { CurrencyCode, Id, MinorUnits, page, Timestamp } from './common';

export const caseStatuses = ['open', 'won', 'lost', 'no_decision', 'withdrawn'] as const;
export const CaseStatus = z.enum(caseStatuses, { error: 'Pick a status' });
export type CaseStatus = z.infer<typeof CaseStatus>;

const Title = z
  .string()
  .trim()
  .min(1, { error: 'Give the case a title' })
  .max(200, { error: 'Keep it under 200 characters' });
const CustomerName = z
  .string()
  .trim()
  .min(1, { error: 'Name the customer' })
  .max(200, { error: 'Keep it under 200 characters' });

export const Case = z.object({
  id: Id,
  title: z.string(),
  customerName: z.string(),
  valueMinor: z.int(),
  currency: z.string(),
  status: CaseStatus,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Case = z.infer<typeof Case>;

export const CaseInput = z.object({
  title: Title,
  customerName: CustomerName,
  valueMinor: MinorUnits,
  currency: CurrencyCode,
  status: CaseStatus.default('open'),
});
export type CaseInput = z.input<typeof CaseInput>;

export const caseSortKeys = ['updatedAt', 'title', 'customerName', 'valueMinor', 'status'] as const;

export const CaseListInput = z.object({
  query: z.string().trim().max(200).optional(),
  status: CaseStatus.optional(),
  /** `true` lists the trash (deleted cases) instead of live ones. */
  trash: z.boolean().default(false),
  sort: z.enum(caseSortKeys).default('updatedAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  offset: z.int().min(0).default(0),
  limit: z.int().min(1).max(500).default(100),
});
export type CaseListInput = z.input<typeof CaseListInput>;

const ById = z.object({ id: Id });

export const casesApi = {
  'cases.list': method(
    'One page of cases, filtered and sorted, with the total that matches.',
    CaseListInput,
    page(Case),
  ),
  'cases.get': method('One case by id, including a deleted one (so the trash can show it).', ById, Case),
  'cases.create': method('Log a new case.', CaseInput, Case),
  'cases.update': method(
    'Change some fields of a case; fields left out stay as they are.',
    z.object({ id: Id, patch: CaseInput.partial() }),
    Case,
  ),
  'cases.delete': method('Move a case to the trash; `cases.restore` undoes it.', ById, Case),
  'cases.restore': method('Bring a case back from the trash.', ById, Case),
};
