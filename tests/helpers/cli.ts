// The command line as a user runs it: a separate node process on the given database file.
import { spawnSync } from 'node:child_process';
import { ROOT } from './server';

export interface CliRun {
  code: number;
  /** Standard output read as JSON, or null when it is the human-readable text. */
  json: unknown;
  stdout: string;
  stderr: string;
}

export function runCli(db: string, ...args: string[]): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', '--db', db, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  let json: unknown = null;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    // human output
  }
  return { code: r.status ?? -1, json, stdout: r.stdout, stderr: r.stderr };
}
