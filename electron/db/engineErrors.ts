// better-sqlite3's native module failing to load (an install whose build step did not run, a module
// built for another Node or Electron, another processor's binary) says nothing about the database
// file. Told as such, never as a damaged file, which would send the user to restore a backup that
// fails to open the same way.
import { AppError } from '../shared/result';

/** What Node and the `bindings` loader say when a native module cannot be loaded. */
const LOAD_FAILURE =
  /Could not locate the bindings file|NODE_MODULE_VERSION|compiled against a different Node\.js version|Module did not self-register|invalid ELF header|wrong ELF class|not a valid Win32 application|better_sqlite3\.node/;

/** The error to show when `err` is the database engine failing to load; null for any other error. */
export function engineError(err: unknown): AppError | null {
  const message = err instanceof Error ? err.message : '';
  if (!LOAD_FAILURE.test(message)) return null;
  const detail = message.split('\n')[0]!.slice(0, 160);
  return new AppError(
    'DB_OPEN_FAILED',
    `数据库组件（better-sqlite3）未能加载：${detail}。这是程序安装不完整或与本机不符，数据库文件没有任何改动。请重新安装本程序；浏览器模式请在程序文件夹中重新运行 npm ci。`,
  );
}
