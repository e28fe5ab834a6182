/**
 * Sharing by file, the parts that are plain calls: the history of merges, and choosing the other value of a
 * conflict. Export, preview, merge and undo are jobs the engine runs (electron/engine/engine.ts, electron/team/).
 * Changes with: shared/contract/sharing.ts, electron/team/apply.ts.
 */
import { ApiError } from '../../shared/envelope';
import type { MergeReport } from '../../shared/contract/sharing';
import { mergeHistory } from '../team/apply';
import { mergeTables } from '../team/tables';
import type { HandlerMap } from './handler';
import { stamp } from './rows';

export const sharingHandlers: HandlerMap<'sharing'> = {
  'sharing.history': (ctx) => {
    // A file from before the team clocks has no merges yet.
    const kept = ctx.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_merges'").get();
    return kept ? mergeHistory(ctx.sqlite) : [];
  },

  'sharing.keepOther': (ctx, { mergeId, conflict }) => {
    const row = ctx.sqlite.prepare('SELECT report FROM sync_merges WHERE id = ?').pluck().get(mergeId) as
      string | undefined;
    if (row === undefined) throw new ApiError('not_found', 'That merge is not in the history.');
    const report = JSON.parse(row) as MergeReport;
    const c = report.conflicts[conflict];
    if (!c) throw new ApiError('not_found', 'That merge has no such conflict.');
    const table = mergeTables.find((t) => t.name === c.table);
    if (!table || !table.fields.includes(c.field))
      throw new ApiError('invalid_input', 'That conflict is not about a field.');
    // The value shown as chosen now is the kept one, or the other once flipped; choose the one not shown.
    const showing = (c.kept === 'remote') !== (c.flipped === true) ? c.remote : c.local;
    const other = showing === c.remote ? c.local : c.remote;
    const changed = ctx.sqlite
      .prepare(`UPDATE "${table.name}" SET "${c.field}" = ?, updated_at = ? WHERE id = ?`)
      .run(other, stamp(ctx), c.rowId).changes;
    if (changed === 0) throw new ApiError('not_found', 'The row of that conflict is no longer here.');
    c.flipped = !(c.flipped === true);
    ctx.sqlite.prepare('UPDATE sync_merges SET report = ? WHERE id = ?').run(JSON.stringify(report), mergeId);
    const entry = mergeHistory(ctx.sqlite).find((e) => e.id === mergeId);
    if (!entry) throw new ApiError('not_found', 'That merge is not in the history.');
    return entry;
  },
};
