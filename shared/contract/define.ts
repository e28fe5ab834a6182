import type { z } from 'zod';

/** One API method: what it takes, what it gives back, and a one-line doc shown in generated help. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  doc: string;
  input: I;
  output: O;
}

export function method<I extends z.ZodType, O extends z.ZodType>(doc: string, input: I, output: O): MethodSpec<I, O> {
  return { doc, input, output };
}
