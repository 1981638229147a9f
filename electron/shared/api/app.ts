import * as z from 'zod';
import { query } from './method';

export interface AppInfo {
  name: string;
  version: string;
  dbPath: string;
  schemaVersion: number;
  transport: 'ipc' | 'http' | 'cli';
  osUser: string;
}

export interface PingResult {
  pong: true;
  writes: number;
}

export const appApi = {
  'app.info': query<AppInfo>()(z.object({})),
};
