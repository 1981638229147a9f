// Typed calls to the browser-mode bridge from a test, for setting up data as the app would store it.
import type { Input, MethodName, Output } from '../../electron/shared/contract';
import type { Envelope } from '../../electron/shared/result';
import { fromWire, toWire } from '../../electron/shared/wire';

/** A caller bound to the server at `servedUrl` (the address with ?token=…). */
export function bridgeOf(servedUrl: string) {
  const url = new URL(servedUrl);
  const token = url.searchParams.get('token') ?? '';
  return async function call<K extends MethodName>(method: K, input: Input<K>): Promise<Output<K>> {
    const res = await fetch(`${url.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Taizhang-Token': token },
      body: toWire(input),
    });
    const env = fromWire<Envelope<Output<K>>>(await res.text());
    if (!env.ok) throw new Error(`${method}: ${env.error.code} ${env.error.message}`);
    return env.value;
  };
}
