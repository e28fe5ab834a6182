import { z } from 'zod';
import type { Entity } from './entities';

/** One API method: what it takes, what it gives back, and a one-line doc shown in generated help. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  doc: string;
  input: I;
  output: O;
  /**
   * Present on every method that writes: the entities it changes. Marking writes here, where the method is
   * declared, is what routes it to the writer, runs it in one transaction and announces `data.changed`; no
   * handler has to remember to. An empty list is a write that changes nothing a page shows.
   */
  changes?: readonly Entity[];
  /** Reads the derived review tables: the engine brings them up to date on the writer before the read. */
  derived?: boolean;
}

export function method<I extends z.ZodType, O extends z.ZodType>(doc: string, input: I, output: O): MethodSpec<I, O> {
  return { doc, input, output };
}

/** A method that writes, with the entities it changes (see MethodSpec.changes). */
export function mutation<I extends z.ZodType, O extends z.ZodType>(
  doc: string,
  input: I,
  output: O,
  changes: readonly Entity[],
): MethodSpec<I, O> {
  return { doc, input, output, changes };
}

export function isMutation(spec: MethodSpec): boolean {
  return spec.changes !== undefined;
}

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;
type PatchShape<S extends z.ZodRawShape> = { [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>> };

/**
 * The patch form of an input schema: every field optional and none defaulted. Zod applies a default even
 * inside `.partial()`, so a plain partial would quietly reset every field the caller left out.
 */
export function patchOf<S extends z.ZodRawShape>(input: z.ZodObject<S>): z.ZodObject<PatchShape<S>> {
  const shape = Object.fromEntries(
    Object.entries(input.shape).map(([key, field]) => [
      key,
      z.optional(field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field),
    ]),
  );
  return z.object(shape) as unknown as z.ZodObject<PatchShape<S>>;
}
