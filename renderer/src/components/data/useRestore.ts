// 恢复: confirm, restore, then reload the whole page so every view reads the restored database.
import { App, type ModalFuncProps } from 'antd';
import { useState } from 'react';
import type { BackupInfo } from '../../../../electron/shared/api/data';
import { localTime } from '../../../../electron/shared/format';
import { api } from '../../api/client';
import { destructive } from '../destructive';

export function useRestore(options: { dir?: string; damaged?: boolean } = {}) {
  const { modal, message } = App.useApp();
  const [restoring, setRestoring] = useState<string | null>(null);

  function confirmRestore(backup: BackupInfo) {
    const confirmation: ModalFuncProps = {
      title: `恢复到 ${localTime(backup.createdAt)} 的备份？`,
      content: options.damaged
        ? '损坏的数据库文件会改名保留在原文件夹中（不会被覆盖），然后用该备份替换。'
        : '当前数据会先自动备份一份，然后整个数据库被替换为该备份的内容（操作日志、备份文件夹和经办人除外：备份之后的操作仍留在日志里，备份文件夹和经办人保持现在的设置）。之后的修改可以从“恢复前自动备份”找回。',
      okText: '恢复',
      okButtonProps: { 'data-testid': 'confirm-restore' },
      cancelText: '取消',
      async onOk() {
        setRestoring(backup.file);
        try {
          await api('data.restore', { file: backup.file, ...(options.dir ? { dir: options.dir } : {}) });
          message.success('已恢复，正在重新载入…');
          setTimeout(() => window.location.reload(), 600);
        } catch (e) {
          setRestoring(null);
          message.error((e as Error).message, 8);
        }
      },
    };
    // Replacing a damaged file is the way out, not a loss: there 恢复 keeps the focus.
    modal.confirm(options.damaged ? confirmation : destructive(confirmation));
  }

  return { restoring, confirmRestore };
}
