// The one API contract: every method the renderer, the CLI and the transports may call,
// with its input schema and output type. Preload, renderer, IPC, HTTP and CLI all go through it.
import type { z } from 'zod';
import { appApi } from './api/app';
import { dataApi } from './api/data';
import { mergeApis, type MethodSpec } from './api/method';
import { plansApi } from './api/plans';
import { progressApi } from './api/progress';
import { reportsApi } from './api/reports';
import { unitsApi } from './api/units';

export const contract = mergeApis(appApi, plansApi, unitsApi, progressApi, reportsApi, dataApi);

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export type Input<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type Output<K extends MethodName> = Contract[K] extends MethodSpec<z.ZodType, infer O, boolean> ? O : never;
export type IsWrite<K extends MethodName> = Contract[K]['write'];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export type { AppInfo } from './api/app';
export type { FileInput, FileOutput } from './api/method';
