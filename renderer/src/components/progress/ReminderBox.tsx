// 催报: the ready-made reminder text, editable before it is copied into a chat or a notice.
import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Card, Input } from 'antd';
import { useState } from 'react';
import { copyText } from '../../api/clipboard';

export function ReminderBox({ text }: { text: string }) {
  const { message } = App.useApp();
  // Edits belong to this text: a new ledger (new period, new import) brings a fresh draft.
  const [draft, setDraft] = useState({ source: text, value: text });
  const value = draft.source === text ? draft.value : text;

  async function copy() {
    if (await copyText(value)) message.success('催报内容已复制');
    else message.error('复制失败，请手工选中文字后复制');
  }

  return (
    <Card
      size="small"
      title="催报"
      extra={
        <Button icon={<CopyOutlined />} onClick={copy} disabled={!value.trim()}>
          复制
        </Button>
      }
    >
      <Input.TextArea
        aria-label="催报内容"
        value={value}
        onChange={(e) => setDraft({ source: text, value: e.target.value })}
        autoSize={{ minRows: 4, maxRows: 14 }}
        placeholder="各单位均已报送，无需催报"
      />
    </Card>
  );
}
