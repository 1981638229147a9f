import * as z from 'zod';
import { command, query } from './method';

export interface AppInfo {
  name: string;
  version: string;
  dbPath: string;
  schemaVersion: number;
  transport: 'ipc' | 'http' | 'cli';
  /** The login name on this machine. */
  osUser: string;
  /** The 经办人 set for this database, or null: imports and the 操作日志 are then recorded under osUser. */
  operator: string | null;
  /** Whom imports, edits and the 操作日志 are recorded under now: the operator, else the login name. */
  recordedAs: string;
}

export interface PingResult {
  pong: true;
  writes: number;
}

export const appApi = {
  'app.info': query<AppInfo>()(z.object({})),
  /**
   * Sets the 经办人 (the official's name) whom imports, edits and the 操作日志 are recorded under,
   * instead of the machine's login name (often a shared "Administrator"); '' clears it.
   */
  'app.setOperator': command<AppInfo>()(z.object({ name: z.string().trim().max(20, '最多 20 个字') })),
};
