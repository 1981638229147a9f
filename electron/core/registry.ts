import type * as z from 'zod';
import {
  contract,
  isMethodName,
  type IsWrite,
  type MethodName,
  type Output,
  type ParsedInput,
} from '../shared/contract';
import { AppError, fail, ok, type Envelope } from '../shared/result';
import type { Ctx } from './context';
import { chineseIssue, issuesText } from './issueMessages';

/** A read handler: any function of (ctx, input). */
export type QueryHandler<K extends MethodName> = (ctx: Ctx, input: ParsedInput<K>) => Output<K> | Promise<Output<K>>;

/**
 * A write handler: optional async `prepare` (reading files, parsing — outside any transaction),
 * then a synchronous `run` that the registry wraps in one transaction (rolled back if it throws).
 */
export interface CommandHandler<K extends MethodName, P = unknown> {
  prepare?: (ctx: Ctx, input: ParsedInput<K>) => Promise<P>;
  run: (ctx: Ctx, input: ParsedInput<K>, prepared: P) => Output<K>;
}

export type Handler<K extends MethodName> = IsWrite<K> extends true
  ? // eslint-disable-next-line @typescript-eslint/no-explicit-any
    CommandHandler<K, any>
  : QueryHandler<K>;

export type HandlerMap<Names extends MethodName> = { [K in Names]: Handler<K> };

/** Helper so `prepare`'s result type flows into `run`. */
export const commandHandler = <K extends MethodName, P>(h: CommandHandler<K, P>): CommandHandler<K, P> => h;

export interface Registry {
  invoke(name: string, input: unknown, ctx: Ctx): Promise<Envelope<unknown>>;
  names(): MethodName[];
}

/** Builds the registry from per-domain handler maps; every contract method must be handled exactly once. */
export function createRegistry(...maps: Partial<Record<MethodName, unknown>>[]): Registry {
  const handlers = new Map<MethodName, unknown>();
  for (const map of maps) {
    for (const [name, handler] of Object.entries(map)) {
      if (!isMethodName(name)) throw new Error(`Handler for a method not in the contract: ${name}`);
      if (handlers.has(name)) throw new Error(`Handler registered twice: ${name}`);
      handlers.set(name, handler);
    }
  }
  const missing = (Object.keys(contract) as MethodName[]).filter((n) => !handlers.has(n));
  if (missing.length) throw new Error(`Methods without a handler: ${missing.join(', ')}`);

  return {
    names: () => [...handlers.keys()],
    async invoke(name, rawInput, ctx) {
      if (!isMethodName(name)) return fail('UNKNOWN_METHOD', `未知的接口：${name}`);
      const spec = contract[name];
      const parsed = (spec.input as z.ZodType).safeParse(rawInput ?? {}, { error: chineseIssue });
      if (!parsed.success) {
        return fail('INVALID_INPUT', issuesText(name, parsed.error), parsed.error.issues);
      }
      try {
        const handler = handlers.get(name);
        if (spec.write) {
          const h = handler as CommandHandler<MethodName>;
          const prepared = h.prepare ? await h.prepare(ctx, parsed.data as never) : undefined;
          return ok(ctx.db.transaction(() => h.run(ctx, parsed.data as never, prepared)));
        }
        return ok(await (handler as QueryHandler<MethodName>)(ctx, parsed.data as never));
      } catch (err) {
        return toErrorEnvelope(err);
      }
    },
  };
}

export function toErrorEnvelope(err: unknown): Envelope<never> {
  if (err instanceof AppError) return fail(err.code, err.message, err.details);
  const message = err instanceof Error ? err.message : String(err);
  return fail('INTERNAL', `内部错误：${message}`);
}
