// The renderer's only way to the backend: typed calls over the contract, through IPC when the
// preload bridge exists (desktop app) and through the loopback HTTP bridge otherwise (browser mode).
import type { TaizhangBridge } from '../../../electron/shared/bridge';
import type { Input, MethodName, Output } from '../../../electron/shared/contract';
import { isStaleEdit as isStaleEditError, type ApiError, type Envelope } from '../../../electron/shared/result';
import { fromWire, toWire } from '../../../electron/shared/wire';

declare global {
  interface Window {
    taizhang?: TaizhangBridge;
  }
}

const TOKEN_KEY = 'taizhang.token';

/** The browser-mode token arrives in the URL once; keep it for reloads of this tab and drop it from the address bar. */
function httpToken(): string {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

let token: string | null = null;

async function httpInvoke(method: string, input: unknown): Promise<Envelope<unknown>> {
  token ??= httpToken();
  let res: Response;
  try {
    res = await fetch(`./api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Taizhang-Token': token },
      body: toWire(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: '无法连接本机服务，请确认“npm run serve”仍在运行' } };
  }
  return fromWire<Envelope<unknown>>(await res.text());
}

export const transport: 'ipc' | 'http' = typeof window !== 'undefined' && window.taizhang ? 'ipc' : 'http';

/** Calls a method and returns its envelope: use where a failure is an expected outcome to show. */
export async function call<K extends MethodName>(method: K, input: Input<K>): Promise<Envelope<Output<K>>> {
  const env = window.taizhang ? await window.taizhang.invoke(method, input) : await httpInvoke(method, input);
  return env as Envelope<Output<K>>;
}

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/** A save refused because the form showed what has been changed meanwhile (see StaleEditDetails). */
export const isStaleEdit = (e: unknown): boolean => e instanceof ApiCallError && isStaleEditError(e.error);

/** An envelope's value, or ApiCallError (with the Chinese message) on failure. */
export function unwrap<T>(env: Envelope<T>): T {
  if (!env.ok) throw new ApiCallError(env.error);
  return env.value;
}

/** Calls a method and returns its value, throwing ApiCallError (with the Chinese message) on failure. */
export async function api<K extends MethodName>(method: K, input: Input<K>): Promise<Output<K>> {
  return unwrap(await call(method, input));
}
