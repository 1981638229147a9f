import * as z from 'zod';
import { command, query, type FileOutput } from './method';

/** One backup file, as the 备份与恢复 list shows it (facts read from the backup itself). */
export interface BackupInfo {
  /** File name inside the backup folder. */
  file: string;
  path: string;
  /** ISO time the copy was taken. */
  createdAt: string;
  /** Why: 'manual', 'daily', 'migration', 'restore', or the method that asked ('progress.import', …). */
  reason: string;
  size: number;
  plans: number | null;
  periods: number | null;
  schemaVersion: number | null;
  /** PRAGMA integrity_check on the copy when it was made (or first listed). */
  integrity: 'ok' | 'damaged';
  integrityDetail: string | null;
  checkedAt: string;
}

export interface BackupOverview {
  /** Where backups go; null when they are switched off. */
  dir: string | null;
  /** The folder used when none is chosen: "backups" beside the database. */
  defaultDir: string;
  /** A folder the user chose (settings), rather than the default. */
  custom: boolean;
  /** Newest first. */
  backups: BackupInfo[];
}

export interface DataStatus {
  /** 'recovery': the database could not be opened; only listing backups and restoring work. */
  mode: 'normal' | 'recovery';
  dbPath: string;
  dbSize: number;
  /** Why the database could not be opened (recovery mode). */
  problem: string | null;
  /** The newest backup that passed its integrity check, offered for recovery. */
  newestGood: BackupInfo | null;
  backupDir: string | null;
}

export interface RestoreResult {
  restored: BackupInfo;
  /** The copy of the database taken just before it was replaced (normal mode). */
  safetyCopy: BackupInfo | null;
  /** The damaged file moved aside untouched (recovery mode), or, when backups are off, a copy of the data as it was before. */
  keptAside: string | null;
  /** The replaced file was the damaged one of recovery mode. */
  fromRecovery: boolean;
}

/** One entry of the 操作日志, with its before/after values parsed back from JSON. */
export interface AuditRecord {
  id: number;
  at: string;
  user: string;
  action: string;
  objectType: string;
  objectId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  total: number;
  entries: AuditRecord[];
  /** Values present in the whole log, for the filter choices. */
  facets: { actions: string[]; objectTypes: string[]; users: string[] };
}

const isoTime = z.iso.datetime({ offset: true });
const backupFileName = z
  .string()
  .min(1)
  .max(260)
  .refine((s) => !/[\\/]/.test(s) && s !== '.' && s !== '..', '应为备份文件夹中的文件名，不含路径');
const folderPath = z.string().trim().min(1).max(1000);

export const auditFilter = z.object({
  /** Inclusive ISO time bounds. */
  from: isoTime.optional(),
  to: isoTime.optional(),
  action: z.string().max(100).optional(),
  objectType: z.string().max(100).optional(),
  /** One object's entries, e.g. a task's edits (with objectType). */
  objectId: z.string().max(100).optional(),
  user: z.string().max(200).optional(),
  /** Substring of the summary, object id or before/after values. */
  text: z.string().max(200).optional(),
});
export type AuditFilter = z.infer<typeof auditFilter>;

export const dataApi = {
  /** Normal or recovery mode, the open file and the backup to offer. */
  'data.status': query<DataStatus>()(z.object({})),
  /** Backups of the open database in its backup folder (or in `dir`, e.g. a USB stick). */
  'data.backups': query<BackupOverview>()(z.object({ dir: folderPath.optional() })),
  /** 立即备份. */
  'data.backup': command<BackupInfo>()(z.object({})),
  /** Replaces the database with a backup; the current file is backed up (or, when damaged, moved aside) first. */
  'data.restore': command<RestoreResult>()(z.object({ file: backupFileName, dir: folderPath.optional() })),
  /** Chooses the backup folder; null returns to the default beside the database. */
  'data.setBackupDir': command<BackupOverview>()(z.object({ dir: folderPath.nullable() })),
  /** 导出整个数据库: a consistent copy of the whole file. */
  'data.exportDatabase': query<FileOutput>()(z.object({})),
  /** 打开其他数据库: switches to another file (created empty when `create`). */
  'data.openDatabase': command<DataStatus>()(z.object({ path: folderPath, create: z.boolean().default(false) })),

  /** The 操作日志, filtered, newest first. */
  'audit.list': query<AuditPage>()(
    auditFilter.extend({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(50),
    }),
  ),
  /** The filtered 操作日志 as .xlsx. */
  'audit.export': query<FileOutput>()(auditFilter),
};
