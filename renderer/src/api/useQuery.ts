// Loads a query method's result for a component, reloading when the input changes.
import { useCallback, useEffect, useState } from 'react';
import type { Input, MethodName, Output } from '../../../electron/shared/contract';
import { api } from './client';
import { takePreloaded } from './preload';

export interface QueryState<T> {
  readonly data: T | null;
  readonly error: string | null;
  readonly loading: boolean;
  reload(): Promise<void>;
  /** Replaces the loaded value locally, e.g. after a command returned the updated object. */
  setData(update: (data: T) => T): void;
}

/** `input` null means "nothing to load yet". Inputs are compared by value (JSON), so inline objects are fine. */
export function useQuery<K extends MethodName>(method: K, input: Input<K> | null): QueryState<Output<K>> {
  const key = input === null ? null : JSON.stringify(input);
  const [state, setState] = useState<{ key: string | null; data: Output<K> | null; error: string | null }>({
    key: null,
    data: null,
    error: null,
  });

  useEffect(() => {
    if (key === null) return;
    let live = true;
    const input = JSON.parse(key) as Input<K>;
    (takePreloaded(method, input) ?? api(method, input)).then(
      (data) => live && setState({ key, data, error: null }),
      (e: Error) => live && setState({ key, data: null, error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [method, key]);

  const reload = useCallback(async () => {
    if (key === null) return;
    try {
      const data = await api(method, JSON.parse(key) as Input<K>);
      setState({ key, data, error: null });
    } catch (e) {
      setState({ key, data: null, error: (e as Error).message });
    }
  }, [method, key]);

  const setData = useCallback((update: (data: Output<K>) => Output<K>) => {
    setState((s) => (s.data === null ? s : { ...s, data: update(s.data) }));
  }, []);

  const current = state.key === key;
  return {
    data: current ? state.data : null,
    error: current ? state.error : null,
    loading: key !== null && !current,
    reload,
    setData,
  };
}
