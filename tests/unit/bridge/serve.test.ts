// `npm run serve` itself (the server bundle run by Node): what it tells the user when it cannot start
// as asked, in Chinese and without a stack trace.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../../electron/db/migrations';
import { DEFAULT_PORT, listenOnLoopback } from '../../../electron/server/listen';
import { TOKEN_HEADER } from '../../../electron/server/bridge';
import { tempDir } from '../../helpers/backend';
import { buildServer, ROOT, SERVER_BUNDLE, spawnServer, startServer, stopServer } from '../../helpers/server';

const servers: http.Server[] = [];
const children: Awaited<ReturnType<typeof startServer>>['child'][] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) if (s.listening) await new Promise((resolve) => s.close(resolve));
  for (const c of children.splice(0)) await stopServer(c);
});

/** A server holding `port` (0: any); resolves null when the port is already taken by someone else. */
async function occupy(port: number): Promise<number | null> {
  const s = http.createServer();
  servers.push(s);
  return new Promise((resolve) => {
    s.once('error', () => resolve(null));
    s.listen(port, '127.0.0.1', () => resolve((s.address() as AddressInfo).port));
  });
}

/** Runs the bundle until it exits; its exit code and everything it printed. */
async function runToExit(args: string[]): Promise<{ code: number | null; out: string }> {
  const child = await spawnServer(args);
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const timer = setTimeout(() => child.kill('SIGTERM'), 20_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  return { code, out };
}

describe('a port already in use', () => {
  it('named with --port: says so in Chinese, names the port and what to do, exits non-zero without a stack trace', async () => {
    const taken = (await occupy(0))!;
    const { code, out } = await runToExit(['--db', path.join(tempDir(), 'taizhang.db'), '--port', String(taken)]);
    expect(code).toBe(1);
    expect(out).toContain(`端口 ${taken} 已被占用`);
    expect(out).toContain('--port');
    expect(out).not.toMatch(/EADDRINUSE|\n\s+at /);
    expect(out).not.toContain('http://127.0.0.1');
  });

  it('not named: the next free port is used and the note says which', async () => {
    await occupy(DEFAULT_PORT); // null: someone else holds it, which is the same case
    const server = http.createServer();
    servers.push(server);
    const { port, note } = await listenOnLoopback(server, null);
    expect(port).toBeGreaterThan(DEFAULT_PORT);
    expect((server.address() as AddressInfo).port).toBe(port);
    expect(note).toContain(`已改用端口 ${port}`);
  });

  it('named: never swapped for another port', async () => {
    const taken = (await occupy(0))!;
    const server = http.createServer();
    servers.push(server);
    await expect(listenOnLoopback(server, taken)).rejects.toThrow(`端口 ${taken} 已被占用`);
    expect(server.listening).toBe(false);
  });
});

describe('a database made by a newer version of the program', () => {
  it('keeps the server answering: every call says what happened, which file and what to do; the file is left alone', async () => {
    const dbPath = path.join(tempDir(), 'taizhang.db');
    const setup = new Database(dbPath);
    setup.exec('CREATE TABLE future (x)');
    setup.pragma(`user_version = ${LATEST_VERSION + 1}`);
    setup.close();
    const before = fs.readFileSync(dbPath);

    const { child, url } = await startServer(dbPath);
    children.push(child);
    const { origin, searchParams } = new URL(url);
    const call = (method: string) =>
      fetch(`${origin}/api/${method}`, { method: 'POST', headers: { [TOKEN_HEADER]: searchParams.get('token')! }, body: '{}' });
    for (const method of ['data.status', 'plans.list']) {
      const reply = await call(method);
      expect(reply.status).toBe(500);
      const body = (await reply.json()) as { ok: boolean; error: { code: string; message: string } };
      expect(body).toMatchObject({ ok: false, error: { code: 'DB_TOO_NEW' } });
      expect(body.error.message).toContain(dbPath);
      expect(body.error.message).toContain('请升级程序');
    }
    expect(child.exitCode).toBeNull();
    expect(fs.readFileSync(dbPath).equals(before)).toBe(true);
  });
});

describe('a database file the user may not read or write', () => {
  it('is told as a permission problem naming the file, never as damage to restore from a backup; the file is left alone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-no-access-'));
    fs.chmodSync(dir, 0o755);
    const dbPath = path.join(dir, 'taizhang.db');
    const setup = new Database(dbPath);
    setup.exec('CREATE TABLE t (x)');
    setup.close();
    fs.chmodSync(dbPath, 0o000);
    // Root may open any file: the server then runs as an ordinary user.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    try {
      const { child, url } = await startServer(dbPath, asUser);
      children.push(child);
      const { origin, searchParams } = new URL(url);
      const reply = await fetch(`${origin}/api/data.status`, { method: 'POST', headers: { [TOKEN_HEADER]: searchParams.get('token')! }, body: '{}' });
      const body = (await reply.json()) as { ok: boolean; error: { code: string; message: string } };
      expect(body).toMatchObject({ ok: false, error: { code: 'DB_READONLY' } });
      expect(body.error.message).toContain(dbPath);
      expect(body.error.message).toContain('没有权限');
      expect(body.error.message).not.toContain('损坏');
      expect(fs.readdirSync(dir)).toEqual(['taizhang.db']);
    } finally {
      fs.chmodSync(dbPath, 0o644);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('an install whose database engine was never built', () => {
  it('says so, naming the fix, and never puts the database into recovery; no file is made', async () => {
    // The server bundle beside a node_modules whose better-sqlite3 has no build/ (its install step skipped).
    await buildServer();
    const app = tempDir();
    fs.mkdirSync(path.join(app, 'dist/server'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, SERVER_BUNDLE), path.join(app, SERVER_BUNDLE));
    fs.mkdirSync(path.join(app, 'node_modules'));
    for (const name of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
      if (name === 'better-sqlite3' || name === '.bin') continue;
      fs.symlinkSync(path.join(ROOT, 'node_modules', name), path.join(app, 'node_modules', name));
    }
    const engine = path.join(ROOT, 'node_modules/better-sqlite3');
    fs.cpSync(engine, path.join(app, 'node_modules/better-sqlite3'), { recursive: true, filter: (from) => !from.startsWith(path.join(engine, 'build')) });
    const dbPath = path.join(tempDir(), 'taizhang.db');

    const child = spawn(process.execPath, [SERVER_BUNDLE, '--db', dbPath, '--port', '0'], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    await expect.poll(() => out, { timeout: 20_000 }).toContain('未能加载');
    expect(out).toContain('数据库组件（better-sqlite3）未能加载：Could not locate the bindings file');
    expect(out).toContain('重新运行 npm ci');
    expect(out).not.toContain('恢复模式');
    const { origin, searchParams } = new URL(/http:\/\/\S+/.exec(out)![0]);
    const reply = await fetch(`${origin}/api/data.status`, { method: 'POST', headers: { [TOKEN_HEADER]: searchParams.get('token')! }, body: '{}' });
    expect(await reply.json()).toMatchObject({ ok: false, error: { code: 'DB_OPEN_FAILED', message: expect.stringContaining('数据库文件没有任何改动') } });
    expect(fs.existsSync(dbPath)).toBe(false);
  });
});
