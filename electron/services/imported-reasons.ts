/**
 * Folding imported lost reasons into the seller's reason list. A fold into one of ours moves every case's
 * reason onto ours (a case that has ours already keeps one row, the primary flag carried over), points the
 * CRM's names at ours so the next import folds them by itself, and removes the imported reason; keeping one
 * moves it, renamed, into a category of ours. Each answers with what it changed, row by row, and `unfold`
 * takes exactly that back, refusing when the reason or its CRM names have changed since.
 * Changes with: shared/contract/imported-reasons.ts, electron/csv/importer.ts (files new names under
 * IMPORTED_CATEGORY), electron/csv/undo.ts (an import's undo leaves what the seller folded alone).
 */
import type Database from 'better-sqlite3';
import type { ImportedReason, ReasonFold } from '../../shared/contract/imported-reasons';
import { ApiError } from '../../shared/envelope';
import { IMPORTED_CATEGORY } from '../csv/importer';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler';
import { stamp } from './rows';

/** The import methods this file serves; electron/services/imports.ts serves the rest. */
export type ImportedReasonMethod = 'imports.reasons' | 'imports.foldReason' | 'imports.unfoldReason';

function importedCategory(sqlite: Database.Database): string | null {
  return (
    (sqlite
      .prepare('select id from reason_categories where name = ? and deleted_at is null order by position limit 1')
      .pluck()
      .get(IMPORTED_CATEGORY) as string | undefined) ?? null
  );
}

function liveCases(sqlite: Database.Database, reasonId: string): number {
  return sqlite
    .prepare(
      `select count(distinct cr.case_id) from case_reasons cr join cases c on c.id = cr.case_id
       where cr.reason_id = ? and cr.deleted_at is null and c.deleted_at is null`,
    )
    .pluck()
    .get(reasonId) as number;
}

interface ReasonRow {
  id: string;
  categoryId: string;
  name: string;
  kind: ReasonFold['before']['kind'];
  deletedAt: string | null;
}

function reasonRow(sqlite: Database.Database, id: string): ReasonRow | undefined {
  return sqlite
    .prepare('select id, category_id as categoryId, name, kind, deleted_at as deletedAt from reasons where id = ?')
    .get(id) as ReasonRow | undefined;
}

/** Removes the "Imported" category once nothing is left in it, so the reason list shows no empty heading. */
function removeIfEmpty(sqlite: Database.Database, categoryId: string, now: string): string | null {
  const left = sqlite
    .prepare('select count(*) from reasons where category_id = ? and deleted_at is null')
    .pluck()
    .get(categoryId) as number;
  if (left > 0) return null;
  sqlite.prepare('update reason_categories set deleted_at = ?, updated_at = ? where id = ?').run(now, now, categoryId);
  return categoryId;
}

function foldInto(ctx: ServiceContext, x: ReasonRow, intoId: string, now: string): ReasonFold {
  const sqlite = ctx.sqlite;
  const into = reasonRow(sqlite, intoId);
  if (!into || into.deletedAt !== null) throw new ApiError('not_found', 'That reason does not exist.');
  if (into.id === x.id) throw new ApiError('invalid_input', 'A reason cannot be folded into itself.');
  const fold: ReasonFold = {
    reasonId: x.id,
    before: { categoryId: x.categoryId, name: x.name, kind: x.kind },
    intoReasonId: into.id,
    repointed: [],
    dropped: [],
    promoted: [],
    revived: [],
    mapKeys: [],
    categoryRemoved: null,
    cases: liveCases(sqlite, x.id),
  };
  const rows = sqlite
    .prepare(
      'select id, case_id as caseId, is_primary as isPrimary from case_reasons where reason_id = ? and deleted_at is null',
    )
    .all(x.id) as { id: string; caseId: string; isPrimary: number }[];
  const twinOf = sqlite.prepare(
    'select id, is_primary as isPrimary, deleted_at as deletedAt from case_reasons where case_id = ? and reason_id = ?',
  );
  const repoint = sqlite.prepare('update case_reasons set reason_id = ?, updated_at = ? where id = ?');
  const drop = sqlite.prepare('update case_reasons set deleted_at = ?, updated_at = ? where id = ?');
  const promote = sqlite.prepare('update case_reasons set is_primary = 1, updated_at = ? where id = ?');
  const revive = sqlite.prepare(
    'update case_reasons set deleted_at = null, is_primary = ?, updated_at = ? where id = ?',
  );
  for (const row of rows) {
    const twin = twinOf.get(row.caseId, into.id) as
      { id: string; isPrimary: number; deletedAt: string | null } | undefined;
    if (!twin) {
      repoint.run(into.id, now, row.id);
      fold.repointed.push(row.id);
      continue;
    }
    // (case, reason) is unique even among removed rows: the case's own row of ours stands for both.
    drop.run(now, now, row.id);
    fold.dropped.push(row.id);
    if (twin.deletedAt !== null) {
      revive.run(row.isPrimary, now, twin.id);
      fold.revived.push(twin.id);
    } else if (row.isPrimary && !twin.isPrimary) {
      promote.run(now, twin.id);
      fold.promoted.push(twin.id);
    }
  }
  fold.mapKeys = sqlite.prepare('select key from import_reason_map where reason_id = ?').pluck().all(x.id) as string[];
  sqlite.prepare('update import_reason_map set reason_id = ? where reason_id = ?').run(into.id, x.id);
  sqlite.prepare('update reasons set deleted_at = ?, updated_at = ? where id = ?').run(now, now, x.id);
  fold.categoryRemoved = removeIfEmpty(sqlite, x.categoryId, now);
  return fold;
}

function keepAs(
  ctx: ServiceContext,
  x: ReasonRow,
  to: { categoryId: string; name: string; kind: ReasonFold['before']['kind'] },
  now: string,
): ReasonFold {
  const sqlite = ctx.sqlite;
  const category = sqlite
    .prepare('select id, name from reason_categories where id = ? and deleted_at is null')
    .get(to.categoryId) as { id: string; name: string } | undefined;
  if (!category) throw new ApiError('not_found', 'That category does not exist.');
  if (category.id === x.categoryId)
    throw new ApiError('invalid_input', `Choose a category of your own, not “${IMPORTED_CATEGORY}”.`, {
      categoryId: 'Choose one of your categories',
    });
  const twin = sqlite
    .prepare('select id, deleted_at as deletedAt from reasons where category_id = ? and lower(name) = lower(?)')
    .get(category.id, to.name) as { id: string; deletedAt: string | null } | undefined;
  if (twin) {
    throw new ApiError(
      'conflict',
      twin.deletedAt === null
        ? `“${to.name}” is already a reason in ${category.name}: fold into it instead.`
        : `A removed reason in ${category.name} is called “${to.name}”: choose another name.`,
      { name: twin.deletedAt === null ? 'Already in this category' : 'A removed reason has this name' },
    );
  }
  sqlite
    .prepare('update reasons set category_id = ?, name = ?, kind = ?, updated_at = ? where id = ?')
    .run(category.id, to.name, to.kind, now, x.id);
  return {
    reasonId: x.id,
    before: { categoryId: x.categoryId, name: x.name, kind: x.kind },
    intoReasonId: null,
    repointed: [],
    dropped: [],
    promoted: [],
    revived: [],
    mapKeys: sqlite.prepare('select key from import_reason_map where reason_id = ?').pluck().all(x.id) as string[],
    categoryRemoved: removeIfEmpty(sqlite, x.categoryId, now),
    cases: liveCases(sqlite, x.id),
  };
}

function unfold(ctx: ServiceContext, fold: ReasonFold, now: string): void {
  const sqlite = ctx.sqlite;
  const stale = () =>
    new ApiError('conflict', 'That fold can no longer be taken back: the reason or its imported names changed since.');
  const x = reasonRow(sqlite, fold.reasonId);
  if (!x || (fold.intoReasonId === null) !== (x.deletedAt === null)) throw stale();
  const owner = fold.intoReasonId ?? fold.reasonId;
  const mapped = sqlite.prepare('select reason_id from import_reason_map where key = ?').pluck();
  if (fold.mapKeys.length === 0 || fold.mapKeys.some((key) => mapped.get(key) !== owner)) throw stale();
  // Back under "Imported": the one imports use now, or the one the fold emptied, brought back.
  let category = importedCategory(sqlite);
  if (category === null) {
    const revived = sqlite
      .prepare('update reason_categories set deleted_at = null, updated_at = ? where id = ? and name = ?')
      .run(now, fold.before.categoryId, IMPORTED_CATEGORY);
    if (revived.changes === 0) throw stale();
    category = fold.before.categoryId;
  }
  sqlite
    .prepare('update reasons set category_id = ?, name = ?, kind = ?, deleted_at = null, updated_at = ? where id = ?')
    .run(category, fold.before.name, fold.before.kind, now, x.id);
  const back = sqlite.prepare('update import_reason_map set reason_id = ? where key = ? and reason_id = ?');
  for (const key of fold.mapKeys) back.run(x.id, key, owner);
  if (fold.intoReasonId === null) return;
  const into = fold.intoReasonId;
  const repoint = sqlite.prepare(
    'update case_reasons set reason_id = ?, updated_at = ? where id = ? and reason_id = ?',
  );
  for (const id of fold.repointed) repoint.run(x.id, now, id, into);
  const undrop = sqlite.prepare(
    'update case_reasons set deleted_at = null, updated_at = ? where id = ? and reason_id = ?',
  );
  for (const id of fold.dropped) undrop.run(now, id, x.id);
  const demote = sqlite.prepare(
    'update case_reasons set is_primary = 0, updated_at = ? where id = ? and reason_id = ?',
  );
  for (const id of fold.promoted) demote.run(now, id, into);
  const unrevive = sqlite.prepare(
    'update case_reasons set deleted_at = ?, updated_at = ? where id = ? and reason_id = ? and deleted_at is null',
  );
  for (const id of fold.revived) unrevive.run(now, now, id, into);
}

export const importedReasonsHandlers: Pick<HandlerMap<'imports'>, ImportedReasonMethod> = {
  'imports.reasons': (ctx) => {
    const categoryId = importedCategory(ctx.sqlite);
    if (categoryId === null) return { categoryId, reasons: [] };
    const rows = ctx.sqlite
      .prepare('select id, name from reasons where category_id = ? and deleted_at is null order by rowid')
      .all(categoryId) as { id: string; name: string }[];
    const names = ctx.sqlite.prepare('select imported_name from import_reason_map where reason_id = ? order by key');
    const reasons: ImportedReason[] = rows.map((r) => ({
      ...r,
      cases: liveCases(ctx.sqlite, r.id),
      importedNames: names.pluck().all(r.id) as string[],
    }));
    // The ones most cases carry first: folding those tidies the review most.
    reasons.sort((a, b) => b.cases - a.cases || a.name.localeCompare(b.name));
    return { categoryId, reasons };
  },
  'imports.foldReason': (ctx, { id, into }) =>
    ctx.sqlite.transaction(() => {
      const categoryId = importedCategory(ctx.sqlite);
      const x = reasonRow(ctx.sqlite, id);
      if (!x || x.deletedAt !== null || x.categoryId !== categoryId)
        throw new ApiError('not_found', 'That is not an imported reason (it may have been folded already).');
      const now = stamp(ctx);
      return 'reasonId' in into ? foldInto(ctx, x, into.reasonId, now) : keepAs(ctx, x, into, now);
    })(),
  'imports.unfoldReason': (ctx, fold) => {
    ctx.sqlite.transaction(() => unfold(ctx, fold, stamp(ctx)))();
    return { id: fold.reasonId };
  },
};
