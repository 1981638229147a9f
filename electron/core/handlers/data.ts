import path from 'node:path';
import { BACKUP_DIR_SETTING, setSetting } from '../../db/repos/settings';
import type { BackupInfo } from '../../shared/api/data';
import { localTime } from '../../shared/format';
import { AppError } from '../../shared/result';
import { auditPage } from '../audit/query';
import { checkBackupFolder, type DatabaseStore } from '../backup/store';
import type { Ctx } from '../context';
import { commandHandler } from '../registry';
import { defineHandlers } from './define';

// The audit log's .xlsx writer (exceljs) loads on the first export, not when the app starts.
const auditExport = () => import('../audit/export');

function storeOf(ctx: Ctx): DatabaseStore {
  if (!ctx.store) throw new AppError('CONFLICT', '当前运行方式不支持备份与恢复。');
  return ctx.store;
}

export const dataHandlers = defineHandlers({
  'data.status': (ctx) => storeOf(ctx).status(),
  'data.backups': (ctx, { dir }) => storeOf(ctx).overview(dir),

  'data.backup': commandHandler<'data.backup', BackupInfo>({
    async prepare(ctx) {
      const backup = await storeOf(ctx).backups.create('manual');
      if (!backup) throw new AppError('CONFLICT', '备份功能已关闭（未设置备份文件夹）。');
      return backup;
    },
    run(ctx, _input, backup) {
      ctx.audit({
        action: 'data.backup',
        objectType: 'database',
        summary: `手动备份数据库：${backup.file}`,
        after: { 备份文件: backup.path },
      });
      return backup;
    },
  }),

  // The restore happens in prepare (its own transaction; in recovery mode it opens the restored
  // file); run then writes the audit entry into the restored database.
  'data.restore': commandHandler<'data.restore', Awaited<ReturnType<DatabaseStore['restore']>>>({
    prepare: (ctx, { file, dir }) => storeOf(ctx).restore(file, dir),
    run(ctx, _input, result) {
      const aside = path.basename(result.keptAside ?? '');
      const kept = result.safetyCopy
        ? `恢复前的数据已备份为 ${result.safetyCopy.file}`
        : result.fromRecovery
          ? `损坏的数据库文件已改名保留为 ${aside}`
          : `恢复前的数据库已另存为 ${aside}`;
      ctx.audit({
        action: 'data.restore',
        objectType: 'database',
        summary: `从备份 ${result.restored.file} 恢复数据库（${kept}）`,
        before: result.safetyCopy ? { 恢复前备份: result.safetyCopy.path } : { [result.fromRecovery ? '改名保留' : '另存为']: result.keptAside },
        after: { 恢复自: result.restored.path, 备份时间: localTime(result.restored.createdAt) },
      });
      return result;
    },
  }),

  'data.setBackupDir': commandHandler<'data.setBackupDir', string | null>({
    prepare: async (_ctx, { dir }) => (dir === null ? null : checkBackupFolder(dir)),
    run(ctx, _input, dir) {
      const store = storeOf(ctx);
      const before = store.backupDir();
      setSetting(ctx.db, BACKUP_DIR_SETTING, dir);
      const after = store.backupDir();
      ctx.audit({
        action: 'data.setBackupDir',
        objectType: 'database',
        summary: dir === null ? `备份文件夹恢复为默认：${after}` : `备份文件夹设为：${dir}`,
        before: { 备份文件夹: before },
        after: { 备份文件夹: after },
      });
      return store.overview();
    },
  }),

  'data.exportDatabase': (ctx) => storeOf(ctx).exportCopy(),

  'data.openDatabase': commandHandler<'data.openDatabase', void>({
    prepare: (ctx, { path: file, create }) => storeOf(ctx).switchTo(file, create),
    run: (ctx) => storeOf(ctx).status(),
  }),

  'audit.list': (ctx, { offset, limit, ...filter }) => auditPage(ctx.db, filter, offset, limit),
  'audit.export': async (ctx, filter) => (await auditExport()).exportAudit(ctx.db, filter, ctx.now()),
});
