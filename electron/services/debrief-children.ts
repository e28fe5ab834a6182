/**
 * Replacing one of a case's child sets (reasons, competitors, criteria, people, buyer steps) the merge-safe
 * way: an item still there is updated in place (a removed one is revived, since (case, item) is unique),
 * a new one is inserted, a dropped one is tombstoned. Rows that did not change keep their `updated_at`, so
 * saving a debrief step again never makes stale values look newer than a teammate's real edit.
 * Changes with: electron/db/schema/cases.ts, electron/db/schema/people.ts (the child tables).
 */
import { ApiError } from '../../shared/envelope';
import type { ServiceContext } from './context';
import { newRow, stamp } from './rows';

type SqlValue = string | number | null;

export interface ChildSpec {
  /** The child table, e.g. `case_reasons`; unique on (case_id, key). */
  table: string;
  /** The column naming the linked item, e.g. `reason_id`. */
  key: string;
  /** The linked items' table, e.g. `reasons`. */
  refTable: string;
  /** The columns a save sets, in the order items give their values. */
  columns: readonly string[];
  /** Where errors point in the input: `${list}.${index}.${field}`. */
  list: string;
  field: string;
  /** What to tell a person who picked something that is not there. */
  missing: string;
}

export interface ChildItem {
  key: string;
  values: readonly SqlValue[];
}

export function sqlBool(value: boolean): number {
  return value ? 1 : 0;
}

/**
 * Every item must name an existing, live item once. A removed item (a criterion taken out of the list, say)
 * is still accepted when the case already records it, so re-saving an old debrief does not fail.
 */
export function assertRefs(ctx: ServiceContext, spec: ChildSpec, caseId: string, items: readonly ChildItem[]): void {
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  const lookup = ctx.sqlite.prepare(
    `select r.deleted_at is null as live,
            exists (select 1 from ${spec.table} c where c.case_id = ? and c.${spec.key} = r.id and c.deleted_at is null) as linked
       from ${spec.refTable} r where r.id = ?`,
  );
  items.forEach((item, index) => {
    const path = `${spec.list}.${index}.${spec.field}`;
    if (seen.has(item.key)) {
      fields[path] = 'Listed twice';
      return;
    }
    seen.add(item.key);
    const found = lookup.get(caseId, item.key) as { live: number; linked: number } | undefined;
    if (!found || (!found.live && !found.linked)) fields[path] = spec.missing;
  });
  if (Object.keys(fields).length > 0) {
    throw new ApiError('invalid_input', `Some items need attention: ${Object.keys(fields).join(', ')}.`, fields);
  }
}

/** Makes the case's live set equal to `items`. Run inside the caller's transaction, after `assertRefs`. */
export function replaceChildren(
  ctx: ServiceContext,
  spec: ChildSpec,
  caseId: string,
  items: readonly ChildItem[],
): void {
  const { table, key, columns } = spec;
  const now = stamp(ctx);
  const differs = columns.map((c) => `${table}.${c} is not excluded.${c}`).join(' or ');
  const upsert = ctx.sqlite.prepare(
    `insert into ${table} (id, created_at, updated_at, deleted_at, case_id, ${key}, ${columns.join(', ')})
     values (?, ?, ?, null, ?, ?, ${columns.map(() => '?').join(', ')})
     on conflict (case_id, ${key}) do update set
       ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}, deleted_at = null, updated_at = excluded.updated_at
     where ${table}.deleted_at is not null or ${differs}`,
  );
  for (const item of items) {
    const row = newRow(ctx);
    upsert.run(row.id, row.createdAt, row.updatedAt, caseId, item.key, ...item.values);
  }
  ctx.sqlite
    .prepare(
      `update ${table} set deleted_at = ?, updated_at = ?
        where case_id = ? and deleted_at is null and ${key} not in (select value from json_each(?))`,
    )
    .run(now, now, caseId, JSON.stringify(items.map((i) => i.key)));
}

/** Adds one item to the set if it is not live there already (used to record the winner as a competitor met). */
export function ensureChild(ctx: ServiceContext, spec: ChildSpec, caseId: string, item: ChildItem): void {
  const row = newRow(ctx);
  ctx.sqlite
    .prepare(
      `insert into ${spec.table} (id, created_at, updated_at, deleted_at, case_id, ${spec.key}, ${spec.columns.join(', ')})
       values (?, ?, ?, null, ?, ?, ${spec.columns.map(() => '?').join(', ')})
       on conflict (case_id, ${spec.key}) do update set deleted_at = null, updated_at = excluded.updated_at
       where ${spec.table}.deleted_at is not null`,
    )
    .run(row.id, row.createdAt, row.updatedAt, caseId, item.key, ...item.values);
}

export const childSpecs = {
  reasons: {
    table: 'case_reasons',
    key: 'reason_id',
    refTable: 'reasons',
    columns: ['is_primary', 'evidence', 'confidence'],
    list: 'reasons',
    field: 'reasonId',
    missing: 'Pick a reason from the list',
  },
  competitors: {
    table: 'case_competitors',
    key: 'competitor_id',
    refTable: 'competitors',
    columns: ['incumbent', 'price_minor'],
    list: 'competitors',
    field: 'competitorId',
    missing: 'Pick a competitor from the list',
  },
  criteria: {
    table: 'case_criteria',
    key: 'criterion_id',
    refTable: 'criteria',
    columns: ['importance', 'our_rating', 'rival_rating'],
    list: 'criteria',
    field: 'criterionId',
    missing: 'Pick a buying criterion from the list',
  },
  people: {
    table: 'case_people',
    key: 'person_id',
    refTable: 'people',
    columns: ['reached'],
    list: 'people',
    field: 'personId',
    missing: 'Pick a contact from the list',
  },
  buyerSteps: {
    table: 'case_buyer_steps',
    key: 'buyer_step_id',
    refTable: 'buyer_steps',
    columns: ['reached_on'],
    list: 'steps',
    field: 'buyerStepId',
    missing: 'Pick a buyer step from the list',
  },
} as const satisfies Record<string, ChildSpec>;
