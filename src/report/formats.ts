/**
 * One pattern for every command that reports in several formats (`check`,
 * `status`, `decisions diff`, and the registers to come): the list of formats,
 * the type guard, the lazy loading of a format's reporter and the one decision
 * whether to colour. Light on purpose: a command's spec lists the formats
 * without loading any reporter.
 */

/** A stream the output goes to: only whether it is a terminal matters here. */
export interface Terminal {
  isTTY?: boolean;
}

/** Colour only on a terminal, never with NO_COLOR; FORCE_COLOR forces it. */
export function useColor(stream: Terminal, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return stream.isTTY === true;
}

export interface Formats<F extends string, R> {
  /** The formats, in the order help and errors list them. */
  readonly list: readonly F[];
  is(value: unknown): value is F;
  /** The reporter of a format, imported only now. */
  load(format: F): Promise<R>;
  /** Whether a report in `format` written for `stream` is coloured: `pretty` only, and only where `useColor` says so. */
  color(format: F, stream: Terminal, env: Record<string, string | undefined>): boolean;
}

/** The formats of one kind of report: `list` in order, and the loader of each one's reporter. */
export function defineFormats<const L extends readonly string[], M extends Record<L[number], () => Promise<unknown>>>(
  list: L,
  loaders: M,
): Formats<L[number], Awaited<ReturnType<M[L[number]]>>> & { readonly list: L } {
  return {
    list,
    is: (value: unknown): value is L[number] => typeof value === 'string' && list.includes(value),
    load: (format) => loaders[format]() as Promise<Awaited<ReturnType<M[L[number]]>>>,
    // Only pretty is meant for people; the other formats are read by programs and never carry colour codes.
    color: (format, stream, env) => format === 'pretty' && useColor(stream, env),
  };
}
