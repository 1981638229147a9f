import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBridge, TOKEN_HEADER } from '../../../electron/server/bridge';
import { HTTP_CONTENT_SECURITY_POLICY } from '../../../electron/shared/contentSecurityPolicy';
import { testBackend, tempDir, type TestBackend } from '../../helpers/backend';

const TOKEN = 'a'.repeat(48);
const MAX_BODY = 4096;

let backend: TestBackend;
let server: http.Server;
let port: number;
let staticRoot: string;

beforeAll(async () => {
  backend = await testBackend();
  // The served folder sits inside a folder holding a secret, as dist/renderer sits inside the app.
  const outer = tempDir('taizhang-bridge-');
  fs.writeFileSync(path.join(outer, 'secret.txt'), 'SECRET');
  fs.writeFileSync(path.join(outer, 'package.json'), '{"name":"secret"}');
  const root = (staticRoot = path.join(outer, 'renderer'));
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>工作要点台账</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  server = createBridge({ backend, token: TOKEN, staticDir: root, maxBodyBytes: MAX_BODY });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  backend.close();
});

interface Reply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** A raw request: the path goes on the wire exactly as given (fetch would normalise "/../"). */
function request(
  method: string,
  rawPath: string,
  options: { headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: `127.0.0.1:${port}`, ...options.headers };
    const req = http.request({ host: '127.0.0.1', port, method, path: rawPath, headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    if (options.body !== undefined) {
      if (options.chunked) {
        const body = Buffer.from(options.body);
        for (let i = 0; i < body.length; i += 1000) req.write(body.subarray(i, i + 1000));
      } else {
        req.write(options.body);
      }
    }
    req.end();
  });
}

const api = (name: string, body = '{}', headers: Record<string, string> = {}) =>
  request('POST', `/api/${name}`, { headers: { [TOKEN_HEADER]: TOKEN, 'Content-Type': 'application/json', ...headers }, body });

describe('the API', () => {
  it('answers a call with the token', async () => {
    const r = await api('app.info');
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { name: '工作要点台账', dbPath: backend.dbPath } });
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['cache-control']).toBe('no-store');
  });

  it('requires the token (401)', async () => {
    const none = await request('POST', '/api/app.info', { body: '{}' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await api('app.info', '{}', { [TOKEN_HEADER]: 'b'.repeat(48) })).status).toBe(401);
    expect((await api('app.info', '{}', { [TOKEN_HEADER]: '' })).status).toBe(401);
  });

  it('refuses a foreign Host, even with the token (403: DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1.evil.example:${port}`, '']) {
      expect((await api('app.info', '{}', { Host: host })).status, host).toBe(403);
    }
    expect((await api('app.info', '{}', { Host: `localhost:${port}` })).status).toBe(200);
  });

  it('refuses a foreign Origin, even with the token (403)', async () => {
    for (const origin of ['http://evil.example', `https://127.0.0.1:${port}`, 'null', 'file://', `http://127.0.0.1.evil.example:${port}`]) {
      expect((await api('app.info', '{}', { Origin: origin })).status, origin).toBe(403);
    }
    expect((await api('app.info', '{}', { Origin: `http://127.0.0.1:${port}` })).status).toBe(200);
  });

  it('caps the body size (413), declared or streamed', async () => {
    const big = JSON.stringify({ pad: 'x'.repeat(MAX_BODY * 2) });
    const declared = await api('app.info', big);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE' } });
    const streamed = await request('POST', '/api/app.info', {
      headers: { [TOKEN_HEADER]: TOKEN, 'Transfer-Encoding': 'chunked' },
      body: big,
      chunked: true,
    });
    expect(streamed.status).toBe(413);
  });

  it('answers an unknown method with 404, bad JSON with 400 and GET with 405', async () => {
    expect((await api('no.such')).status).toBe(404);
    expect((await api('..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    expect((await api('app.info', '{not json')).status).toBe(400);
    expect((await request('GET', '/api/app.info', { headers: { [TOKEN_HEADER]: TOKEN } })).status).toBe(405);
  });

  it('answers a body that is not JSON, or a broken method name, with 400 and the Chinese error envelope', async () => {
    for (const r of [
      await api('app.info', '{not json'),
      await api('app.info', '{"file":{"$bytes":"not base64!"}}'),
      await api('app.%E0%A4%A'),
    ]) {
      expect(r.status).toBe(400);
      expect(r.headers['content-type']).toContain('application/json');
      expect(JSON.parse(r.body)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^(请求内容不是有效的 JSON|接口名称不正确)/) } });
    }
  });
});

describe('static files', () => {
  it('serves the renderer', async () => {
    const r = await request('GET', '/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('工作要点台账');
    expect((await request('GET', '/assets/app.js')).headers['content-type']).toMatch(/javascript/);
  });

  it('sends the page its content security policy, with frame-ancestors, which only a header can carry', async () => {
    const policy = (await request('GET', '/')).headers['content-security-policy'];
    expect(policy).toBe(HTTP_CONTENT_SECURITY_POLICY);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("script-src 'self'");
  });

  it('serves a file changed on disk as it is now', async () => {
    const file = path.join(staticRoot, 'assets', 'changing.js');
    fs.writeFileSync(file, 'console.log("first build")');
    expect((await request('GET', '/assets/changing.js')).body).toBe('console.log("first build")');
    fs.writeFileSync(file, 'console.log("rebuilt")');
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000)); // a later mtime even on a coarse clock
    expect((await request('GET', '/assets/changing.js')).body).toBe('console.log("rebuilt")');
  });

  it.each([
    '/../package.json',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2E%2E/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/..%5c..%5csecret.txt',
    '//secret.txt',
    '//127.0.0.1/../secret.txt',
  ])('never serves a file outside its folder: %s', async (p) => {
    const r = await request('GET', p);
    expect([400, 404]).toContain(r.status);
    expect(r.body).not.toContain('SECRET');
    expect(r.body).not.toContain('"name":"secret"');
  });

  it('rejects an encoded NUL (400) and malformed escapes (400)', async () => {
    expect((await request('GET', '/index.html%00.png')).status).toBe(400);
    expect((await request('GET', '/%E0%A4%A')).status).toBe(400);
  });

  it('lists no directories (404)', async () => {
    expect((await request('GET', '/assets/')).status).toBe(404);
    expect((await request('GET', '/assets')).status).toBe(404);
  });

  it('refuses other HTTP methods (405) and foreign hosts (403)', async () => {
    expect((await request('DELETE', '/index.html')).status).toBe(405);
    expect((await request('PUT', '/index.html', { body: 'x' })).status).toBe(405);
    expect((await request('GET', '/', { headers: { Host: 'evil.example' } })).status).toBe(403);
  });
});
