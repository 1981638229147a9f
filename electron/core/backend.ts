// Opens the database and builds the context and registry: the one start-up path shared by
// the Electron main process, the HTTP bridge and the CLI.
import fs from 'node:fs';
import pkg from '../../package.json' with { type: 'json' };
import type { Db } from '../db/db';
import { guardForRecovery } from './backup/recovery';
import { DatabaseStore } from './backup/store';
import { createCtx, type Ctx, type Transport } from './context';
import { getRegistry } from './handlers';
import type { Registry } from './registry';

export interface Backend {
  /** The open connection (it changes when a backup is restored or another file opened). */
  readonly db: Db;
  ctx: Ctx;
  registry: Registry;
  store: DatabaseStore;
  close(): void;
}

export const APP_VERSION: string = pkg.version;

export interface BackendOptions {
  dbPath: string;
  transport: Transport;
  appVersion?: string;
  /** Folder for automatic backups when the database names none; defaults to "backups" beside it; null: no backups. */
  backupDir?: string | null;
  /** A damaged file opens in recovery mode (offering the newest good backup) instead of throwing DB_CORRUPT. */
  recoverIfDamaged?: boolean;
  /** Told when the user has opened another database file. */
  onSwitch?: (path: string) => void;
}

export async function openBackend(options: BackendOptions): Promise<Backend> {
  const existed = fs.existsSync(options.dbPath) && fs.statSync(options.dbPath).size > 0;
  const store = await DatabaseStore.open(
    { path: options.dbPath, backupDir: options.backupDir, onSwitch: options.onSwitch },
    options.recoverIfDamaged ?? false,
  );
  const ctx = createCtx({
    db: () => store.db,
    store,
    transport: options.transport,
    appVersion: options.appVersion ?? APP_VERSION,
    backup: (reason) => store.backups.protect(reason),
  });
  // Once a day at start, a copy of a database that already held something.
  if (existed && !store.inRecovery) store.backups.dailySoon();
  return {
    get db() {
      return store.db;
    },
    ctx,
    registry: guardForRecovery(getRegistry(), store),
    store,
    close: () => store.close(),
  };
}
