// The database engine failing to load is told as an install problem, never as a damaged file (which
// would put the app into recovery mode and offer backups that fail to open the same way).
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { engineError } from '../../../electron/db/engineErrors';

// What the loader says on this machine's kind of failures, word for word.
const NOT_BUILT = `Could not locate the bindings file. Tried:
 → /opt/taizhang/node_modules/better-sqlite3/build/better_sqlite3.node
 → /opt/taizhang/node_modules/better-sqlite3/build/Release/better_sqlite3.node`;
const OTHER_ABI = `The module '/opt/taizhang/node_modules/better-sqlite3/build/Release/better_sqlite3.node'
was compiled against a different Node.js version using
NODE_MODULE_VERSION 115. This version of Node.js requires
NODE_MODULE_VERSION 139. Please try re-compiling or re-installing
the module (for instance, using \`npm rebuild\` or \`npm install\`).`;
const OTHER_CPU = '/opt/taizhang/resources/app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node: wrong ELF class: ELFCLASS64';

describe('the database engine failing to load', () => {
  it('is an install problem that leaves the file alone, with the loader’s first line', () => {
    for (const message of [NOT_BUILT, OTHER_ABI, OTHER_CPU]) {
      const err = engineError(new Error(message));
      expect(err?.code, message).toBe('DB_OPEN_FAILED');
      expect(err!.message).toContain(message.split('\n')[0]!.slice(0, 60));
      expect(err!.message).toContain('程序安装不完整或与本机不符，数据库文件没有任何改动');
      expect(err!.message).toContain('重新运行 npm ci');
    }
  });

  it('is not confused with SQLite refusing a file that is no database', () => {
    let refusal: unknown;
    try {
      new Database(Buffer.from('这不是数据库'.repeat(200))).pragma('user_version');
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toBeInstanceOf(Error);
    expect(engineError(refusal)).toBeNull();
    expect(engineError(new Error('SQLITE_CORRUPT: database disk image is malformed'))).toBeNull();
  });
});
