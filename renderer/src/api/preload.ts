// Answers asked for before the component that shows them has mounted: the start page's data is
// requested while the app's scripts are still loading (boot.ts). A preloaded answer is handed
// to the first query for the same method and input, once; whatever is left is dropped when the user
// leaves the start page, so a later visit never sees data from the app's first second.
import type { Input, MethodName, Output } from '../../../electron/shared/contract';
import { api } from './client';

const preloaded = new Map<string, Promise<unknown>>();
/** Answers for a method whose input was not known when they were asked for, by method. */
const pending = new Map<MethodName, Promise<{ key: string; output: unknown } | null>>();

const keyOf = (method: MethodName, input: unknown) => `${method} ${JSON.stringify(input)}`;

/** Starts the call, for the first query of the same method and input to take. */
export function preload<K extends MethodName>(method: K, input: Input<K>): void {
  const answer = api(method, input);
  answer.catch(() => undefined); // a failure is the taker's to show, and nobody's if never taken
  preloaded.set(keyOf(method, input), answer);
  window.addEventListener('hashchange', dropPreloaded, { once: true });
}

/**
 * A preload for a query of `method` whose input only the answer will tell (the plan the ledger
 * opens with, asked for before the plan list names it): `answer` resolves to that input and its
 * output, or to null when it has none.
 */
export function preloadUnknownInput<K extends MethodName>(method: K, answer: Promise<{ input: Input<K>; output: Output<K> } | null>): void {
  pending.set(
    method,
    answer.then(
      (a) => a && { key: keyOf(method, a.input), output: a.output },
      () => null,
    ),
  );
  window.addEventListener('hashchange', dropPreloaded, { once: true });
}

/** The preloaded answer for this call, if there is one; it is handed out only once. */
export function takePreloaded<K extends MethodName>(method: K, input: Input<K>): Promise<Output<K>> | null {
  const key = keyOf(method, input);
  const answer = preloaded.get(key);
  if (answer) {
    preloaded.delete(key);
    return answer as Promise<Output<K>>;
  }
  const unknown = pending.get(method);
  if (!unknown) return null;
  pending.delete(method);
  // Not the input it turned out to be for: the call is made now.
  return unknown.then((a) => (a?.key === key ? (a.output as Output<K>) : api(method, input)));
}

function dropPreloaded(): void {
  preloaded.clear();
  pending.clear();
}
