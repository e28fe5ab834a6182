/**
 * Sharing by file, the part that is a plain read: the history of merges. Export, preview, merge and undo are
 * jobs the engine runs (electron/engine/engine.ts, electron/team/).
 */
import { mergeHistory } from '../team/apply';
import type { HandlerMap } from './handler';

export const sharingHandlers: HandlerMap<'sharing'> = {
  'sharing.history': (ctx) => {
    // A file from before the team clocks has no merges yet.
    const kept = ctx.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_merges'").get();
    return kept ? mergeHistory(ctx.sqlite) : [];
  },
};
