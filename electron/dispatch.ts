/**
 * The single entry point every transport calls: validate the input against the contract, run the handler,
 * validate what it returns, and wrap the outcome in the envelope. Transports add nothing but framing.
 * Changes with: shared/api.ts, shared/envelope.ts, electron/services/index.ts.
 */
import { z } from 'zod';
import { api, isMethodName, type MethodName } from '../shared/api';
import { ApiError, type Envelope } from '../shared/envelope';
import type { ServiceContext } from './services/context';
import type { Handler, Handlers } from './services/handler';
import { handlers as defaultHandlers } from './services/index';

export type Dispatch = (method: string, rawInput: unknown) => Envelope<unknown>;

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

export function createDispatch(ctx: ServiceContext, handlers: Handlers = defaultHandlers): Dispatch {
  return (method, rawInput) => {
    try {
      if (!isMethodName(method)) throw new ApiError('unknown_method', `No API method called "${method}".`);
      return { ok: true, value: run(ctx, handlers, method, rawInput) };
    } catch (error) {
      return { ok: false, error: toErrorBody(error) };
    }
  };
}

function run<M extends MethodName>(ctx: ServiceContext, handlers: Handlers, method: M, rawInput: unknown): unknown {
  const spec = api[method];
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    throw new ApiError('invalid_input', `Some fields need attention: ${Object.keys(fields).join(', ')}.`, fields);
  }
  const handler = handlers[method] as Handler<M>;
  const output = handler(ctx, parsed.data as Parameters<Handler<M>>[1]);
  // A handler returning the wrong shape is our bug, not the caller's: fail loudly here, not in the UI.
  return spec.output.parse(output);
}

function toErrorBody(error: unknown) {
  if (error instanceof ApiError) return error.toBody();
  if (error instanceof z.ZodError)
    return { code: 'internal' as const, message: `Unexpected result shape: ${error.message}` };
  const sqliteCode = (error as { code?: unknown })?.code;
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_READONLY')) {
    return { code: 'read_only' as const, message: 'This file is open read-only: the change was not saved.' };
  }
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_CONSTRAINT')) {
    return { code: 'conflict' as const, message: (error as Error).message };
  }
  return { code: 'internal' as const, message: error instanceof Error ? error.message : String(error) };
}
