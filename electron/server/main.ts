// `npm run serve [-- --db PATH --port N]`: browser mode on 127.0.0.1.
import crypto from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openBackend, type Backend } from '../core/backend';
import { defaultDbPath } from '../db/paths';
import { createBridge } from './bridge';
import { listenOnLoopback } from './listen';

const here = path.dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = path.resolve(here, '../../dist/renderer');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' } },
  });
  const port = values.port === undefined ? null : Number(values.port);
  if (port !== null && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new Error(`端口号不正确：${values.port}`);
  const token = crypto.randomBytes(24).toString('hex');
  // The port is bound first, so a taken one is told before the database is touched. Listening starts
  // right after: the browser loads the page while the database is opened and, unless it is unchanged
  // since its last clean close, checked (a large file in a worker thread); API calls wait.
  let beginOpening!: (backend: Promise<Backend>) => void;
  const opening = new Promise<Backend>((resolve) => (beginOpening = resolve));
  const server = createBridge({ backend: opening, token, staticDir: RENDERER_DIR });
  const listening = await listenOnLoopback(server, port);
  beginOpening(openBackend({ dbPath: values.db ?? defaultDbPath(), transport: 'http', recoverIfDamaged: true }));
  if (listening.note) console.log(listening.note);
  console.log(`工作要点台账已启动，请在浏览器中打开：http://127.0.0.1:${listening.port}/?token=${token}`);
  // A database that cannot be opened (made by a newer version, no permission) leaves the server
  // running: the page tells the user what happened and what to do, as the desktop app's dialog does.
  const backend = await opening.catch((err: unknown) => {
    console.error(`${(err as Error).message}\n浏览器中打开上面的地址也会看到这一说明。处理后请按 Ctrl+C 停止本服务，再重新运行。`);
    return null;
  });
  if (backend?.store.inRecovery) {
    console.error(`${backend.store.status().problem}\n已进入恢复模式：请在浏览器中打开上面的地址，从备份恢复数据。`);
  }
  const stop = () => {
    server.close();
    backend?.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error((err as Error).message);
  process.exit(1);
});
