// Every domain's handlers, merged into the one registry used by IPC, HTTP and the CLI.
import type { MethodName } from '../../shared/contract';
import { createRegistry, type HandlerMap, type Registry } from '../registry';
import { appHandlers } from './app';
import { dataHandlers } from './data';
import { plansHandlers } from './plans';
import { progressHandlers } from './progress';
import { reportsHandlers } from './reports';
import { unitsHandlers } from './units';

const domains = [appHandlers, plansHandlers, unitsHandlers, progressHandlers, reportsHandlers, dataHandlers] as const;

// Compile-time check that every contract method has a handler.
type KeysOf<T> = T extends unknown ? keyof T : never;
type Covered = KeysOf<(typeof domains)[number]>;
const _complete: [MethodName] extends [Covered] ? true : never = true;
void _complete;
export type AllHandlers = HandlerMap<MethodName>;

let registry: Registry | null = null;

export function getRegistry(): Registry {
  registry ??= createRegistry(...domains);
  return registry;
}
