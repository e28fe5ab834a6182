/**
 * The team jobs that run on the writer: merge and undo of a teammate's file (a preview runs on a copy in a job
 * thread: job-worker.ts), each one transaction on
 * the writer's connection (nothing else writes meanwhile; readers keep serving the window). A merge or an undo
 * that changed rows announces every entity as changed; the review's case facts follow through their triggers.
 * Changes with: electron/team/apply.ts, protocol.ts, engine.ts.
 */
import fs from 'node:fs';
import { Entity } from '../../shared/contract/entities';
import { ApiError, type Envelope } from '../../shared/envelope';
import { applyMerge, undoMerge } from '../team/apply';
import type { ServiceContext } from '../services/context';
import type { ToDbWorker } from './protocol';
import { teammateWorkDir } from './interrupted';

type TeamMessage = Extract<ToDbWorker, { type: 'team' }>;

export function runTeamJob(
  message: TeamMessage,
  dbFile: string,
  migrationsFolder: string,
  ctx: ServiceContext,
): Envelope<unknown> {
  try {
    const workDir = teammateWorkDir(dbFile);
    fs.mkdirSync(workDir, { recursive: true });
    const opts = { dbFile, migrationsFolder, now: () => ctx.now(), workDir, members: message.input.members };
    const everything = () => ctx.emit('data.changed', { entities: [...Entity.options] });
    if (message.action === 'team.merge') {
      const merged = applyMerge(ctx.sqlite, message.input.file ?? '', opts);
      if (merged.report.changed) everything();
      return {
        ok: true,
        value: { mergeId: merged.id, report: JSON.stringify(merged.report), conflicts: merged.report.conflicts.length },
      };
    }
    const undone = undoMerge(ctx.sqlite, message.input.mergeId ?? '', ctx.now());
    if (undone.undone) everything();
    return { ok: true, value: { undone: undone.undone, reason: undone.undone ? null : undone.reason } };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toBody() };
    return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}
