// Browser mode listens before the database is open: the page's files are served at once, and API
// calls made meanwhile wait for the backend and then get the same answers as any later call.
import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBridge, TOKEN_HEADER, type BridgeBackend } from '../../../electron/server/bridge';
import { testBackend, tempDir, type TestBackend } from '../../helpers/backend';

const TOKEN = 'c'.repeat(48);

let server: http.Server | null = null;
let backend: TestBackend | null = null;

afterEach(async () => {
  if (server) await new Promise((resolve) => server!.close(resolve));
  backend?.close();
  server = backend = null;
});

/** A bridge whose backend is still opening until `open` (or `fail`) is called; returns its base URL. */
async function bridgeStillOpening() {
  const root = tempDir('taizhang-opening-');
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>工作要点台账</title>');
  let open!: (b: BridgeBackend) => void;
  let fail!: (err: Error) => void;
  const opening = new Promise<BridgeBackend>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  opening.catch(() => undefined); // the server's own start-up reports the failure
  server = createBridge({ backend: opening, token: TOKEN, staticDir: root });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, open, fail };
}

const callApi = (base: string, method: string, input: unknown) =>
  fetch(`${base}/api/${method}`, { method: 'POST', headers: { [TOKEN_HEADER]: TOKEN }, body: JSON.stringify(input) });

describe('a bridge whose database is still opening', () => {
  it('serves the page at once and answers API calls once the backend is open', async () => {
    const { base, open } = await bridgeStillOpening();
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('工作要点台账');

    let answered = false;
    const early = callApi(base, 'plans.list', {}).then((r) => {
      answered = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(answered).toBe(false); // waiting for the backend, not failing

    backend = await testBackend();
    await backend.call('plans.importSample', {});
    open(backend);
    const reply = await early;
    expect(reply.status).toBe(200);
    const body = (await reply.json()) as { ok: boolean; value: { title: string }[] };
    expect(body).toMatchObject({ ok: true, value: [{ title: expect.any(String) }] });
    expect(body.value).toEqual(await backend.call('plans.list', {}));
  });

  it('answers waiting calls with an error when the database cannot be opened', async () => {
    const { base, fail } = await bridgeStillOpening();
    const early = callApi(base, 'plans.list', {});
    fail(new Error('数据库文件由更新版本的程序创建'));
    const reply = await early;
    expect(reply.status).toBe(500);
    expect(await reply.json()).toMatchObject({ ok: false, error: { code: 'DB_OPEN_FAILED', message: expect.stringContaining('更新版本') } });
  });
});
