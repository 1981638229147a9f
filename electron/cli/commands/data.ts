// Backups from a terminal (e.g. a scheduled task on the office server): take one, list them, restore
// one. These also work on a damaged database, as the app's recovery screen does.
import path from 'node:path';
import type { BackupInfo } from '../../shared/api/data';
import { backupReasonLabel } from '../../shared/auditLabels';
import { formatBytes, localTime } from '../../shared/format';
import { AppError } from '../../shared/result';
import { listCommand, type CliCommand } from '../command';

const backupLine = (b: BackupInfo) =>
  `${localTime(b.createdAt)}  ${backupReasonLabel(b.reason)}  ${formatBytes(b.size)}  ` +
  `${b.integrity === 'ok' ? '完整' : `已损坏（${b.integrityDetail ?? ''}）`}  ${b.file}`;

export const dataCommands: CliCommand[] = [
  {
    name: 'backup',
    summary: '立即备份数据库（在线备份，完成后做完整性检查）',
    usage: 'backup [--json]',
    async run(_args, env) {
      const made = await env.call('data.backup', {});
      env.print(made, () => `已备份到 ${made.path}（${formatBytes(made.size)}，完整性检查通过）`);
      return 0;
    },
  },
  {
    ...listCommand({
      name: 'backups',
      summary: '列出备份（默认为数据库的备份文件夹，--dir 指定其他文件夹，如 U 盘）',
      usage: 'backups [--dir DIR] [--json]',
      method: 'data.backups',
      options: { valued: ['dir'] },
      input: ({ value }) => {
        const dir = value('dir');
        // The handler wants a full path (the app has no working folder); main.ts has moved to where the command was typed.
        return dir ? { dir: path.resolve(dir) } : {};
      },
      items: (overview) => overview.backups,
      line: backupLine,
      empty: '没有备份。',
    }),
    worksInRecovery: true,
  },
  {
    name: 'restore',
    summary: '用一份备份替换数据库（当前数据先备份；数据库已损坏时改名保留）',
    usage: 'restore FILE [--dir DIR] [--json]',
    positionals: 1,
    options: { valued: ['dir'] },
    worksInRecovery: true,
    async run({ positional, value }, env) {
      const file = positional[0];
      if (!file) throw new AppError('INVALID_INPUT', '请给出要恢复的备份文件名（见 backups 命令）');
      const dir = value('dir');
      const result = await env.call('data.restore', { file, ...(dir ? { dir: path.resolve(dir) } : {}) });
      env.print(result, () =>
        [
          `已从备份 ${result.restored.file} 恢复。`,
          ...(result.safetyCopy ? [`恢复前的数据已备份为 ${result.safetyCopy.file}。`] : []),
          ...(result.keptAside ? [`${result.fromRecovery ? '损坏的数据库文件已改名保留' : '恢复前的数据库已另存为'}：${result.keptAside}`] : []),
        ].join('\n'),
      );
      return 0;
    },
  },
];
