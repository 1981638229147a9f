// 通报 editor: the generated text in its parts, edited by the official and saved with the period,
// so every export (docx, print view) uses the edited text. The period's figures stand beside it.
import { Alert, App, Input, Skeleton, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import type { Narrative, PeriodFigures } from '../../../../electron/shared/api/reports';
import { NarrativeBar } from './NarrativeBar';
import { NarrativeFacts } from './NarrativeFacts';
import type { NarrativeField, NarrativeState } from './useNarrative';

// The headings (一、总体情况 …) are lines of the text itself, so the official can reword them.
const PARTS: { field: NarrativeField; label: string; minRows: number; maxRows: number }[] = [
  { field: 'title', label: '标题', minRows: 1, maxRows: 3 },
  { field: 'addressee', label: '主送机关', minRows: 1, maxRows: 3 },
  { field: 'overview', label: '开头语和总体情况', minRows: 4, maxRows: 24 },
  { field: 'sections', label: '各部分推进情况', minRows: 6, maxRows: 24 },
  { field: 'problems', label: '存在的问题', minRows: 5, maxRows: 24 },
  { field: 'nextSteps', label: '下步工作', minRows: 4, maxRows: 24 },
];

interface Props {
  narrative: NarrativeState;
  summary: PeriodFigures;
}

function Fields({ draft, onChange }: { draft: Narrative; onChange: NarrativeState['change'] }) {
  return (
    <div className="summary-narrative-paper">
      {PARTS.map((part) => (
        <div key={part.field}>
          <label className="summary-narrative-label" htmlFor={`narrative-${part.field}`}>
            {part.label}
          </label>
          <Input.TextArea
            id={`narrative-${part.field}`}
            className={part.field === 'title' ? 'summary-narrative-title' : undefined}
            autoSize={{ minRows: part.minRows, maxRows: part.maxRows }}
            value={draft[part.field]}
            onChange={(e) => onChange(part.field, e.target.value)}
          />
        </div>
      ))}
      <label className="summary-narrative-label" htmlFor="narrative-issuer">
        落款
      </label>
      <div className="summary-narrative-signature">
        <Input id="narrative-issuer" aria-label="发文机关" placeholder="发文机关，如：××督查室" value={draft.issuer} onChange={(e) => onChange('issuer', e.target.value)} />
        <Input aria-label="成文日期" placeholder="成文日期" value={draft.date} onChange={(e) => onChange('date', e.target.value)} />
      </div>
      <Typography.Paragraph type="secondary" className="summary-narrative-note">
        排版规则：以“一、”开头的行排为黑体小标题，以“（一）”开头的行首句排为楷体，其余为仿宋正文；标题可分两行。
        主送机关顶格排在标题下方，留空则不排。落款排在附件说明下方右侧，发文机关留空则只排成文日期；新生成的通报沿用最近一期填写的发文机关，没有填写过的先排“（发文机关署名）”，请改为发文机关名称。
        附件“推进情况汇总表”按本期数据自动生成。导出通报和打印使用已保存的文字；未保存的修改在关闭程序前一直保留。
      </Typography.Paragraph>
    </div>
  );
}

export function NarrativeEditor({ narrative, summary }: Props) {
  const { message } = App.useApp();
  const { draft, dirty, busy, error } = narrative;
  const save = async () => {
    if (await narrative.save()) message.success('通报已保存');
  };
  // Ctrl+S saves, as in any editor.
  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      if (dirty && !busy) void save();
    }
  };
  return (
    <div className="summary-narrative-layout">
      <div data-testid="summary-narrative" onKeyDown={onKeyDown}>
        <NarrativeBar narrative={narrative} periodLabel={summary.periodLabel} onSave={save} />
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
        {draft ? <Fields draft={draft} onChange={narrative.change} /> : !error && <Skeleton active paragraph={{ rows: 10 }} />}
      </div>
      <NarrativeFacts summary={summary} />
    </div>
  );
}
