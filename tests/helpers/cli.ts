// The command line as a user runs it: a separate node process on the given database file.
import { execFile } from 'node:child_process';
import { ROOT } from './server';

export interface CliRun {
  code: number;
  /** Standard output read as JSON, or null when it is the human-readable text. */
  json: unknown;
  stdout: string;
  stderr: string;
}

function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null; // human output
  }
}

export function runCli(db: string, ...args: string[]): Promise<CliRun> {
  return runCliWith({}, db, ...args);
}

/** As runCli, with variables added to the environment (e.g. those npm sets for `npm run cli`). */
export function runCliWith(env: NodeJS.ProcessEnv, db: string, ...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/main.ts', '--db', db, ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        // A non-zero exit comes as an error whose code is the exit code; a timeout has none.
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, json: jsonOrNull(stdout), stdout, stderr });
      },
    );
  });
}
