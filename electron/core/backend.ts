// Opens the database and builds the context and registry: the one start-up path shared by
// the Electron main process, the HTTP bridge and the CLI.
import pkg from '../../package.json' with { type: 'json' };
import { openDatabase } from '../db/connection';
import type { Db } from '../db/db';
import { defaultBackupDir } from '../db/paths';
import { createCtx, type Ctx, type Transport } from './context';
import { getRegistry } from './handlers';
import type { Registry } from './registry';

export interface Backend {
  db: Db;
  ctx: Ctx;
  registry: Registry;
  close(): void;
}

export const APP_VERSION: string = pkg.version;

export interface BackendOptions {
  dbPath: string;
  transport: Transport;
  appVersion?: string;
  /** Folder for automatic backups; defaults to "backups" beside the database. */
  backupDir?: string | null;
}

export async function openBackend(options: BackendOptions): Promise<Backend> {
  const backupDir = options.backupDir === undefined ? defaultBackupDir(options.dbPath) : options.backupDir;
  const db = await openDatabase(options.dbPath, { backupDir });
  const ctx = createCtx({ db, transport: options.transport, appVersion: options.appVersion ?? APP_VERSION });
  return { db, ctx, registry: getRegistry(), close: () => db.close() };
}
