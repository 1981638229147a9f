// Asks the backend once at start whether the database opened; if not, the recovery screen (a damaged
// file) or the explanation of why it could not be opened (browser mode only) replaces the app.
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import type { DataStatus } from '../../../../electron/shared/api/data';
import { isOpeningFailure } from '../../../../electron/shared/openFailure';
import type { ApiError } from '../../../../electron/shared/result';
import { api, ApiCallError } from '../../api/client';
import { takePreloaded } from '../../api/preload';
import { lazyNamed } from '../../lazyNamed';

// Only a damaged database needs the recovery screen (and its tables): not part of the app's first load.
const RecoveryScreen = lazyNamed(() => import('./RecoveryScreen'), 'RecoveryScreen');
const OpenFailedScreen = lazyNamed(() => import('./OpenFailedScreen'), 'OpenFailedScreen');

function openFailure(err: unknown): ApiError | 'unknown' {
  return err instanceof ApiCallError && isOpeningFailure(err.error.code) ? err.error : 'unknown';
}

export function RecoveryGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<DataStatus | ApiError | 'unknown' | null>(null);
  useEffect(() => {
    // Any other failed status call is left to the pages, which show their own errors.
    void (takePreloaded('data.status', {}) ?? api('data.status', {})).then(setStatus, (err: unknown) => setStatus(openFailure(err)));
  }, []);
  if (status === null) return null;
  if (status !== 'unknown' && 'code' in status) {
    return (
      <Suspense fallback={null}>
        <OpenFailedScreen error={status} />
      </Suspense>
    );
  }
  if (status !== 'unknown' && status.mode === 'recovery') {
    return (
      <Suspense fallback={null}>
        <RecoveryScreen status={status} />
      </Suspense>
    );
  }
  return <>{children}</>;
}
