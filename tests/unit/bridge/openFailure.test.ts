// What the desktop app's dialog (and the browser page) puts above the message when the database
// could not be opened: chosen by the error's code, so another program's file is named as such.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../../electron/core/backend';
import { isOpeningFailure, openFailureHeading } from '../../../electron/shared/openFailure';
import { AppError } from '../../../electron/shared/result';
import { tempDir } from '../../helpers/backend';

describe('the heading of an opening failure', () => {
  it('says another program’s SQLite file is not a 台账 database', async () => {
    const dir = tempDir('taizhang-foreign-');
    const dbPath = path.join(dir, 'photos.db');
    const other = new Database(dbPath);
    other.exec('CREATE TABLE photos (id INTEGER, path TEXT)');
    other.close();
    const failure = await openBackend({ dbPath, transport: 'cli', backupDir: path.join(dir, 'backups') }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(AppError);
    const { code } = failure as AppError;
    expect(isOpeningFailure(code)).toBe(true);
    expect(openFailureHeading(code)).toBe('这不是工作要点台账的数据库');
  });

  it('keeps the headings of real failures, and the general one for the rest', () => {
    expect(openFailureHeading('DB_TOO_NEW')).toBe('数据库由更新版本的程序创建，无法打开');
    expect(openFailureHeading('DB_READONLY')).toBe('没有权限打开数据库文件');
    expect(openFailureHeading('INTERNAL')).toBe('无法打开数据库');
    expect(isOpeningFailure('NOT_FOUND')).toBe(false);
  });
});
