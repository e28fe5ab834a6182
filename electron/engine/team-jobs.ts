/**
 * The writer's half of the team jobs: undo of a merge (one transaction on the writer's connection; readers keep
 * serving the window), and the end of a merge made on a copy in a job thread (electron/team/staged-merge.ts):
 * the capture of what the seller saves meanwhile, then the swap. A merge or an undo that changed rows announces
 * every entity as changed; the review's case facts follow through their triggers.
 * Changes with: electron/team/apply.ts, electron/team/staged-merge.ts, protocol.ts, engine.ts.
 */
import { Entity } from '../../shared/contract/entities';
import { ApiError, type Envelope } from '../../shared/envelope';
import { undoMerge } from '../team/apply';
import { startCapture, stopCapture } from '../team/merge-capture';
import { carryAndSwap } from '../team/staged-merge';
import type { ServiceContext } from '../services/context';
import type { ToDbWorker } from './protocol';

type TeamMessage = Extract<ToDbWorker, { type: 'team' }>;
type SwapMessage = Extract<ToDbWorker, { type: 'merge-swap' }>;

const announceEverything = (ctx: ServiceContext) => ctx.emit('data.changed', { entities: [...Entity.options] });

function failure(error: unknown): Envelope<unknown> {
  if (error instanceof ApiError) return { ok: false, error: error.toBody() };
  return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
}

export function runTeamJob(message: TeamMessage, ctx: ServiceContext): Envelope<unknown> {
  try {
    const undone = undoMerge(ctx.sqlite, message.input.mergeId, ctx.now());
    if (undone.undone) announceEverything(ctx);
    return { ok: true, value: { undone: undone.undone, reason: undone.undone ? null : undone.reason } };
  } catch (error) {
    return failure(error);
  }
}

export function setMergeCapture(on: boolean, ctx: ServiceContext): Envelope<unknown> {
  try {
    if (on) startCapture(ctx.sqlite);
    else stopCapture(ctx.sqlite);
    return { ok: true, value: null };
  } catch (error) {
    return failure(error);
  }
}

export async function swapInMerge(
  message: SwapMessage,
  dbFile: string,
  opts: { nativeBinding?: string },
  ctx: ServiceContext,
): Promise<Envelope<unknown>> {
  try {
    await carryAndSwap(ctx.sqlite, dbFile, message.mergeId, { copy: message.copy, snapshot: message.snapshot }, opts);
    announceEverything(ctx);
    return { ok: true, value: null };
  } catch (error) {
    return failure(error);
  }
}
