import * as z from 'zod';
import { lastDayOfMonth } from '../periods';

/**
 * One method of the API: its input schema, whether it writes, and (as a type only) its output.
 * `query` methods only read; `command` methods run inside one transaction.
 */
export interface MethodSpec<I extends z.ZodType, O, W extends boolean> {
  readonly input: I;
  readonly write: W;
  /** Never set: carries the output type. */
  readonly __output?: O;
}

export const query =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O, false> => ({ input, write: false });

export const command =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O, true> => ({ input, write: true });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySpec = MethodSpec<z.ZodType, any, boolean>;

/** Merges per-domain method maps, refusing a name defined twice. */
export function mergeApis<T extends Record<string, AnySpec>[]>(...parts: T): UnionToIntersection<T[number]> {
  const merged: Record<string, AnySpec> = {};
  for (const part of parts) {
    for (const [name, spec] of Object.entries(part)) {
      if (name in merged) throw new Error(`API method defined twice: ${name}`);
      merged[name] = spec;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

/** A file handed to the backend: its name as the user knows it and its bytes. */
export const fileInput = z.object({
  name: z.string().min(1).max(260),
  bytes: z.instanceof(Uint8Array),
});
export type FileInput = z.infer<typeof fileInput>;

/** A file produced by the backend, to be saved where the user chooses. */
export interface FileOutput {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}

export const id = z.number().int().positive();

/** A calendar day, YYYY-MM-DD, that exists (no 2023-02-30). */
export const calendarDay = z.string().refine((s) => {
  const [y, m, d] = (/^(\d{4})-(\d{2})-(\d{2})$/.exec(s) ?? []).slice(1).map(Number) as [number?, number?, number?];
  return !!y && y >= 1900 && !!m && m <= 12 && !!d && d <= lastDayOfMonth(y, m);
}, '应为实际存在的日期，写作 2023-10-08');
