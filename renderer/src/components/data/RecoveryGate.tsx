// Asks the backend once at start whether the database opened; if not, the recovery screen replaces the app.
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import type { DataStatus } from '../../../../electron/shared/api/data';
import { api } from '../../api/client';
import { takePreloaded } from '../../api/preload';
import { lazyNamed } from '../../lazyNamed';

// Only a damaged database needs the recovery screen (and its tables): not part of the app's first load.
const RecoveryScreen = lazyNamed(() => import('./RecoveryScreen'), 'RecoveryScreen');

export function RecoveryGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<DataStatus | 'unknown' | null>(null);
  useEffect(() => {
    // A failed status call is left to the pages, which show their own errors.
    void (takePreloaded('data.status', {}) ?? api('data.status', {})).then(setStatus, () => setStatus('unknown'));
  }, []);
  if (status === null) return null;
  if (status !== 'unknown' && status.mode === 'recovery') {
    return (
      <Suspense fallback={null}>
        <RecoveryScreen status={status} />
      </Suspense>
    );
  }
  return <>{children}</>;
}
