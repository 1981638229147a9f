// One backend shared by the tests of a suite. Kept apart from backend.ts, which the benchmarks load
// outside vitest.
import { afterAll, beforeAll } from 'vitest';
import { testBackend, type TestBackend } from './backend';

/**
 * A backend on a new temp database for the enclosing describe (or the whole file at top level): opened
 * and handed to `seed` in beforeAll, closed in afterAll. The backend returned forwards to it, so the
 * suite can name it where it is declared, before it is opened; it may be used in hooks and tests.
 */
export function backendPerSuite(seed?: (b: TestBackend) => Promise<void>): TestBackend {
  let opened: TestBackend | undefined;
  beforeAll(async () => {
    opened = await testBackend();
    await seed?.(opened);
  });
  afterAll(() => opened?.close());
  return new Proxy({} as TestBackend, {
    get(_, key) {
      if (!opened) throw new Error('The suite’s backend opens in beforeAll: use it in hooks and tests, not while they are declared.');
      return Reflect.get(opened, key);
    },
  });
}
