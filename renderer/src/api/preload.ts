// Answers asked for before the component that shows them has mounted: the start page's data is
// requested while the app's scripts are still loading (boot.ts). A preloaded answer is handed
// to the first query for the same method and input, once; whatever is left is dropped when the user
// leaves the start page, so a later visit never sees data from the app's first second.
import type { Input, MethodName, Output } from '../../../electron/shared/contract';
import { api } from './client';

const preloaded = new Map<string, Promise<unknown>>();

const keyOf = (method: MethodName, input: unknown) => `${method} ${JSON.stringify(input)}`;

/** Starts the call; returns its answer too, for a preload that depends on it. */
export function preload<K extends MethodName>(method: K, input: Input<K>): Promise<Output<K>> {
  const answer = api(method, input);
  answer.catch(() => undefined); // a failure is the taker's to show, and nobody's if never taken
  preloaded.set(keyOf(method, input), answer);
  window.addEventListener('hashchange', dropPreloaded, { once: true });
  return answer;
}

/** The preloaded answer for this call, if there is one; it is handed out only once. */
export function takePreloaded<K extends MethodName>(method: K, input: Input<K>): Promise<Output<K>> | null {
  const key = keyOf(method, input);
  const answer = preloaded.get(key);
  preloaded.delete(key);
  return (answer as Promise<Output<K>> | undefined) ?? null;
}

function dropPreloaded(): void {
  preloaded.clear();
}
