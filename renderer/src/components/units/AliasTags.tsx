import { PlusOutlined } from '@ant-design/icons';
import { Input, Tag } from 'antd';
import { useState } from 'react';
import type { Unit } from '../../../../electron/shared/types';

interface Props {
  unit: Unit;
  onAdd(alias: string): Promise<void>;
  onRemove(alias: string): Promise<void>;
}

/** A unit's other names: close a tag to forget one, 添加 to teach a new one. */
export function AliasTags({ unit, onAdd, onRemove }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = async () => {
    const alias = draft?.trim();
    setDraft(null);
    if (alias && alias !== unit.name && !unit.aliases.includes(alias)) await onAdd(alias);
  };
  return (
    <div className="alias-tags">
      {unit.aliases.map((a) => (
        <Tag
          key={a}
          closable
          closeIcon={<span title={`删除别名“${a}”`}>×</span>}
          onClose={(e) => {
            e.preventDefault();
            void onRemove(a);
          }}
        >
          {a}
        </Tag>
      ))}
      {draft === null ? (
        <Tag className="alias-add" icon={<PlusOutlined />} onClick={() => setDraft('')} role="button" aria-label={`为${unit.name}添加别名`}>
          别名
        </Tag>
      ) : (
        <Input
          autoFocus
          size="small"
          aria-label="新别名"
          placeholder="回车保存"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => void commit()}
          onPressEnter={() => void commit()}
          onKeyDown={(e) => e.key === 'Escape' && setDraft(null)}
          style={{ width: 140 }}
        />
      )}
    </div>
  );
}
