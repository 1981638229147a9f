import { Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { Unit } from '../../../../electron/shared/types';

interface Props {
  unit: Unit;
  onCancel(): void;
  onRename(name: string): Promise<void>;
}

/** 重命名: the old name stays as an alias so files using it still match. */
export function RenameUnitModal({ unit, onCancel, onRename }: Props) {
  const [name, setName] = useState(unit.name);
  const [busy, setBusy] = useState(false);
  const trimmed = name.trim();
  const submit = async () => {
    setBusy(true);
    try {
      await onRename(trimmed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={`重命名“${unit.name}”`}
      okText="重命名"
      okButtonProps={{ disabled: !trimmed || trimmed === unit.name, loading: busy }}
      onOk={() => void submit()}
      onCancel={onCancel}
    >
      <Input aria-label="新名称" autoFocus value={name} onChange={(e) => setName(e.target.value)} onPressEnter={() => trimmed && trimmed !== unit.name && void submit()} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        台账、进展记录和报表中都将使用新名称。原名称“{unit.name}”会保留为别名，今后导入的文件里出现原名称时仍能认出是同一单位。
      </Typography.Paragraph>
    </Modal>
  );
}
