import type { MethodName, MethodOutput, ParsedInput } from '../../shared/api';
import type { ServiceContext } from './context';

export type Handler<M extends MethodName> = (ctx: ServiceContext, input: ParsedInput<M>) => MethodOutput<M>;
export type Handlers = { [M in MethodName]: Handler<M> };
/** One domain's slice of the handler map. */
export type HandlerMap<P extends string> = { [M in MethodName as M extends `${P}.${string}` ? M : never]: Handler<M> };
