// Real backends on real SQLite files in temp folders, for unit tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend, type Backend } from '../../electron/core/backend';
import type { Input, MethodName, Output } from '../../electron/shared/contract';
import type { Envelope } from '../../electron/shared/result';
import { TEMP_ROOT_VARIABLE } from './tempRoot';

/** A new folder under the run's temp folder (see tempRoot), which is removed when the run ends. */
export function tempDir(prefix = 'taizhang-test-'): string {
  return fs.mkdtempSync(path.join(process.env[TEMP_ROOT_VARIABLE] ?? os.tmpdir(), prefix));
}

export interface TestBackend extends Backend {
  dir: string;
  dbPath: string;
  /** Calls a method; throws with the Chinese message when it fails. */
  call<K extends MethodName>(name: K, input: Input<K>): Promise<Output<K>>;
  /** Calls a method and returns the envelope, for asserting failures. */
  invoke<K extends MethodName>(name: K, input: Input<K>): Promise<Envelope<Output<K>>>;
}

/** A backend on a new temp database, or on `dbPath` when given (e.g. a prepared copy). */
export async function testBackend(options: { dbPath?: string } = {}): Promise<TestBackend> {
  const dir = options.dbPath ? path.dirname(options.dbPath) : tempDir();
  const dbPath = options.dbPath ?? path.join(dir, 'taizhang.db');
  const backend = await openBackend({ dbPath, transport: 'cli', backupDir: path.join(dir, 'backups') });
  const invoke = async <K extends MethodName>(name: K, input: Input<K>) =>
    (await backend.registry.invoke(name, input, backend.ctx)) as Envelope<Output<K>>;
  return {
    ...backend,
    get db() {
      return backend.db; // live: restoring a backup or opening another file changes it
    },
    dir,
    dbPath,
    invoke,
    async call(name, input) {
      const env = await invoke(name, input);
      if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`);
      return env.value;
    },
  };
}
