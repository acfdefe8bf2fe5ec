import type { z } from 'zod';

/** One API method: what it accepts and what it returns, checked at run time on the back end. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Methods callable before anyone has chosen who they are (first run, the people chooser). */
  public?: true;
}

export function method<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  options: { public?: true } = {},
): MethodSpec<I, O> {
  return { input, output, ...options };
}
