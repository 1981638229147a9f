// Browser mode (the HTTP bridge) started on a given database, as `npm run serve` starts it: the
// server bundle built from today's sources, run by plain Node.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER_BUNDLE = 'dist/server/main.cjs';

let bundled: Promise<void> | null = null;

/** Builds the server bundle once per process (esbuild: well under a second), so no test runs a stale server. */
export function buildServer(): Promise<void> {
  bundled ??= new Promise((resolve, reject) => {
    execFile(process.execPath, ['build/build-server.mjs'], { cwd: ROOT }, (err, _stdout, stderr) =>
      err ? reject(new Error(`building ${SERVER_BUNDLE} failed:\n${stderr}`)) : resolve(),
    );
  });
  return bundled;
}

/** Starts the server on a free port; resolves once it prints its address (with the session token). */
export async function startServer(dbPath: string, options: SpawnOptions = {}): Promise<{ child: ChildProcess; url: string }> {
  const child = await spawnServer(['--db', dbPath, '--port', '0'], options);
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return { child, url };
}

/** Runs the server bundle with the given options, its output piped. */
/** Run as another user (uid/gid), e.g. one the database file does not let in. */
type SpawnOptions = { uid?: number; gid?: number };

export async function spawnServer(args: string[], options: SpawnOptions = {}): Promise<ChildProcess> {
  await buildServer();
  return spawn(process.execPath, [SERVER_BUNDLE, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

/** Stops a server started by startServer, once it has closed its database and exited. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
