/**
 * The single entry point every transport calls: validate the input against the contract, run the handler,
 * validate what it returns, and wrap the outcome in the envelope. Transports add nothing but framing.
 *
 * Writes are recognised by the contract (a method that declares `changes`), not by each handler: a write runs in
 * one IMMEDIATE transaction together with the refresh of the derived review tables it made stale, so a reader
 * never sees the write without its derived rows, and a write that throws leaves nothing behind. After it
 * commits, `data.changed` announces the declared entities with the caller's origin tag. The engine's writer
 * leaves the refresh out of the save (`deferRefresh`): it runs it once the writer is idle, and before every read of
 * the derived tables (engine.ts, ensureFresh), so a burst of saves pays for one refresh, not one each.
 * Changes with: shared/api.ts, shared/envelope.ts, electron/services/index.ts, electron/engine/db-worker.ts.
 */
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { api, isMethodName, type MethodName } from '../shared/api';
import { ApiError, type ApiErrorBody, type Envelope } from '../shared/envelope';
import { preparedOnce } from './db/prepared';
import { refreshCaseFacts, staleCaseCount } from './review/case-facts';
import type { EventBus } from './event-bus';
import type { ServiceContext } from './services/context';
import type { Handler, Handlers } from './services/handler';
import { handlers as defaultHandlers } from './services/index';

/** What a transport knows about a call besides its method and input. */
export interface CallMeta {
  /** The caller's tag, echoed in the `data.changed` this call causes. */
  origin?: string;
}

export type Dispatch = (method: string, rawInput: unknown, meta?: CallMeta) => Promise<Envelope<unknown>>;

/** What a transport serves: calls in, events out. The in-process workspace and the engine both are one. */
export interface ApiHost {
  dispatch: Dispatch;
  events: EventBus;
}

/**
 * Where this dispatch runs: `any` is a single connection doing everything (tests, the in-process workspace);
 * a `reader` refuses writes (its connection is read-only anyway); the `writer` takes both but is only sent writes.
 */
export type DispatchRole = 'any' | 'reader' | 'writer';

export interface DispatchOptions {
  handlers?: Handlers;
  role?: DispatchRole;
  /** Where the full text of our own bugs goes (a failed output check); the caller gets one sentence. */
  log?: (message: string) => void;
  /**
   * Leave the derived tables' refresh to the caller: the engine's writer, whose derived reads always refresh first
   * (the stale marks are written by triggers in the save's own transaction, so none is lost to a crash).
   */
  deferRefresh?: boolean;
}

/**
 * More stale cases than this after a write means a bulk load happened outside the app: the write does not pay
 * for it; the engine's derived-table rebuild job does, in chunks.
 */
export const REFRESH_IN_WRITE_LIMIT = 5_000;
/** Error messages cross to the UI and into logs: a few kilobytes at most, whatever went wrong. */
export const MAX_MESSAGE_CHARS = 2_000;
const MAX_FIELDS = 50;
const MAX_FIELD_CHARS = 300;

/** What a person reads when a save fails for lack of space: one sentence, what happened and what to do. */
export const DISK_FULL_MESSAGE =
  'The disk is full, so this change was not saved: free some space and try again (everything saved before is safe).';

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

/** The same dispatch, answering in this turn: what a worker runs, and what tests on one connection call. */
export type SyncDispatch = (method: string, rawInput: unknown, meta?: CallMeta) => Envelope<unknown>;

export function createSyncDispatch(ctx: ServiceContext, opts: DispatchOptions = {}): SyncDispatch {
  const handlers = opts.handlers ?? defaultHandlers;
  const role = opts.role ?? 'any';
  const log = opts.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const refresh = opts.deferRefresh !== true;
  return (method, rawInput, meta) => {
    try {
      if (!isMethodName(method)) throw new ApiError('unknown_method', `No API method called "${method}".`);
      const changes = api[method].changes;
      const before = changes ? totalChanges(ctx) : 0;
      const value = run(ctx, handlers, role, method, rawInput, log, refresh);
      // A write that wrote nothing (an empty patch, a step already recorded) has nothing to announce.
      if (changes && changes.length > 0 && totalChanges(ctx) !== before) {
        ctx.emit('data.changed', { entities: [...changes], ...(meta?.origin ? { origin: meta.origin } : {}) });
      }
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toErrorBody(error, method, log) };
    }
  };
}

export function createDispatch(ctx: ServiceContext, opts: DispatchOptions = {}): Dispatch {
  const dispatch = createSyncDispatch(ctx, opts);
  return (method, rawInput, meta) => Promise.resolve(dispatch(method, rawInput, meta));
}

/** One transaction wrapper per connection, given the work to run: better-sqlite3 builds five functions per wrapper. */
const inTransaction = (sqlite: Database.Database) => sqlite.transaction((work: () => void) => work());
const totalChangesQuery = (sqlite: Database.Database) => sqlite.prepare('select total_changes()').pluck();
const totalChanges = (ctx: ServiceContext) => preparedOnce(ctx.sqlite, totalChangesQuery).get() as number;

function run<M extends MethodName>(
  ctx: ServiceContext,
  handlers: Handlers,
  role: DispatchRole,
  method: M,
  rawInput: unknown,
  log: (message: string) => void,
  refresh: boolean,
): unknown {
  const spec = api[method];
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    throw new ApiError('invalid_input', `Some fields need attention: ${Object.keys(fields).join(', ')}.`, fields);
  }
  const handler = handlers[method] as Handler<M>;
  const input = parsed.data as Parameters<Handler<M>>[1];
  let output: unknown;
  if (spec.changes) {
    if (role === 'reader') throw new Error(`${method} writes and was sent to a read-only connection.`);
    preparedOnce(ctx.sqlite, inTransaction).immediate(() => {
      output = handler(ctx, input);
      if (refresh && staleCaseCount(ctx.sqlite) <= REFRESH_IN_WRITE_LIMIT) refreshCaseFacts(ctx.sqlite);
    });
  } else {
    output = handler(ctx, input);
  }
  const checked = spec.output.safeParse(output);
  if (!checked.success) {
    // A handler returning the wrong shape is our bug, not the caller's: the whole story goes to the log.
    log(`winloop: ${method} returned an unexpected shape: ${checked.error.message}`);
    throw new ApiError('internal', `Winloop produced an unexpected result for ${method}; the details are in its log.`);
  }
  return checked.data;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The error body a caller sees: a known code, a message of a few kilobytes at most, a bounded field list. */
export function boundedError(body: ApiErrorBody): ApiErrorBody {
  const bounded: ApiErrorBody = { code: body.code, message: clip(body.message, MAX_MESSAGE_CHARS) };
  if (body.fields) {
    bounded.fields = Object.fromEntries(
      Object.entries(body.fields)
        .slice(0, MAX_FIELDS)
        .map(([key, value]) => [clip(key, MAX_FIELD_CHARS), clip(value, MAX_FIELD_CHARS)]),
    );
  }
  return bounded;
}

/** Any failure as the error body a caller sees: known SQLite conditions get their own code, the rest is ours. */
export function toErrorBody(
  error: unknown,
  method: string,
  log: (message: string) => void = (message) => process.stderr.write(`${message}\n`),
): ApiErrorBody {
  if (error instanceof ApiError) return boundedError(error.toBody());
  const sqliteCode = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_READONLY')) {
    return { code: 'read_only', message: 'This file is open read-only: the change was not saved.' };
  }
  if (sqliteCode === 'SQLITE_FULL') {
    // SQLite rolled the transaction back: nothing of this change is in the file, everything before it is.
    return { code: 'disk_full', message: DISK_FULL_MESSAGE };
  }
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_CONSTRAINT')) {
    return boundedError({ code: 'conflict', message });
  }
  log(`winloop: ${method} failed: ${error instanceof Error ? (error.stack ?? message) : message}`);
  return boundedError({ code: 'internal', message });
}
