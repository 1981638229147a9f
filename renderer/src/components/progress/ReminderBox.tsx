// 催报: the ready-made reminder text, editable before it is copied into a chat or a notice, and the
// days a 催报 was recorded, each of which can be withdrawn (recorded by mistake).
import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { isoDateInWords } from '../../../../electron/shared/format';
import { copyText } from '../../api/clipboard';

/** A day a 催报 was recorded, and to how many units. */
export interface RecordedReminder {
  day: string;
  units: number;
}

interface Props {
  text: string;
  /** The units the notice chases (missing or partial): today's 催报 is recorded for them. */
  chased: number;
  /** Records today's 催报; resolves once recorded. */
  onRecord(): Promise<void>;
  /** The days recorded so far, earliest first. */
  recorded: RecordedReminder[];
  /** Withdraws the 催报 recorded on a day; resolves once withdrawn. */
  onWithdraw(day: string): Promise<void>;
}

export function ReminderBox({ text, chased, onRecord, recorded, onWithdraw }: Props) {
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
        <Space size={4}>
          <Button icon={<CopyOutlined />} onClick={copy} disabled={!value.trim()}>
            复制
          </Button>
          {chased > 0 && (
            <Popconfirm
              title={`记下今天已向 ${chased} 个单位催报？`}
              description="报送台账列出各单位的催报日期，之后的催报通知写明此前已于何日催报。"
              okText="记下"
              cancelText="取消"
              onConfirm={onRecord}
            >
              <Button data-testid="record-reminder">记录已催报</Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      <Input.TextArea
        aria-label="催报内容"
        value={value}
        onChange={(e) => setDraft({ source: text, value: e.target.value })}
        autoSize={{ minRows: 4, maxRows: 14 }}
        placeholder="各单位均已报送，无需催报"
      />
      {recorded.length > 0 && (
        <div className="reminder-days" data-testid="recorded-reminders">
          <Typography.Text type="secondary">已记录的催报：</Typography.Text>
          {recorded.map(({ day, units }) => (
            <span key={day} className="reminder-day">
              {isoDateInWords(day)}（{units}个单位）
              <Popconfirm
                title={`撤销${isoDateInWords(day)}的催报记录？`}
                description="这一天记下的各单位催报都将撤销，之后的催报通知不再写明这一天。"
                okText="撤销"
                cancelText="取消"
                onConfirm={() => onWithdraw(day)}
              >
                <Button type="link" size="small" aria-label={`撤销${isoDateInWords(day)}的催报记录`}>
                  撤销
                </Button>
              </Popconfirm>
            </span>
          ))}
        </div>
      )}
    </Card>
  );
}
