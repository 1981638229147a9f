// Asks the backend once at start whether the database opened; if not, the recovery screen replaces the app.
import { useEffect, useState, type ReactNode } from 'react';
import type { DataStatus } from '../../../../electron/shared/api/data';
import { call } from '../../api/client';
import { RecoveryScreen } from './RecoveryScreen';

export function RecoveryGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<DataStatus | 'unknown' | null>(null);
  useEffect(() => {
    // A failed status call is left to the pages, which show their own errors.
    void call('data.status', {}).then((env) => setStatus(env.ok ? env.value : 'unknown'));
  }, []);
  if (status === null) return null;
  if (status !== 'unknown' && status.mode === 'recovery') return <RecoveryScreen status={status} />;
  return <>{children}</>;
}
