// `npm run serve [-- --db PATH --port N]`: browser mode on 127.0.0.1.
import crypto from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openBackend } from '../core/backend';
import { defaultDbPath } from '../db/paths';
import { createBridge } from './bridge';

const here = path.dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = path.resolve(here, '../../dist/renderer');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string', default: '5178' } },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口号不正确：${values.port}`);
  const token = crypto.randomBytes(24).toString('hex');
  // Listening starts at once: the browser loads the page while the database is opened and, unless it
  // is unchanged since its last clean close, checked (a large file in a worker thread); API calls wait.
  const opening = openBackend({ dbPath: values.db ?? defaultDbPath(), transport: 'http', recoverIfDamaged: true });
  const server = createBridge({ backend: opening, token, staticDir: RENDERER_DIR });
  server.listen(port, '127.0.0.1', () => {
    const addr = server.address();
    const actual = typeof addr === 'object' && addr ? addr.port : port;
    console.log(`工作要点台账已启动，请在浏览器中打开：http://127.0.0.1:${actual}/?token=${token}`);
  });
  const backend = await opening;
  if (backend.store.inRecovery) {
    console.error(`${backend.store.status().problem}\n已进入恢复模式：请在浏览器中打开上面的地址，从备份恢复数据。`);
  }
  const stop = () => {
    server.close();
    backend.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error((err as Error).message);
  process.exit(1);
});
