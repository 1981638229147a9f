// The 通报 editor's state and actions: saved or generated, unsaved changes, 重新生成 / 撤销 / 保存.
import { Alert, Button, Popconfirm, Space, Tag, Tooltip } from 'antd';
import type { NarrativeState } from './useNarrative';

/** Why a saved 通报 may no longer agree with the figures (said in the editor, the preview and on export). */
export const outdatedNotice = (periodLabel: string) =>
  `保存这份修改稿之后，${periodLabel}又有填报导入、撤销或修改，正文中的数字和单位可能已与看板不符。`;

export function NarrativeBar({ narrative, periodLabel, onSave }: { narrative: NarrativeState; periodLabel: string; onSave(): Promise<void> }) {
  const { draft, dirty, edited, outdated, busy } = narrative;
  return (
    <>
      {outdated && (
        <Alert
          className="no-print"
          type="warning"
          showIcon
          data-testid="narrative-outdated"
          style={{ marginBottom: 8 }}
          title={`${outdatedNotice(periodLabel)}请对照看板修改，或点“重新生成”按最新数据重写。`}
        />
      )}
      <div className="summary-narrative-bar no-print">
        <Space size={8}>
          {edited ? <Tag color="blue">已保存的修改稿</Tag> : <Tag>按数据自动生成</Tag>}
          {dirty && (
            <Tag color="orange" data-testid="narrative-dirty">
              有未保存的修改
            </Tag>
          )}
        </Space>
        <Space size={8}>
          {/* Regenerating an unchanged draft loses nothing (撤销修改 brings the stored text back), so only
              a draft with unsaved changes asks first. */}
          <Popconfirm
            disabled={!dirty}
            title="重新生成通报文字？"
            description={`将按${periodLabel}的最新数据重新生成，未保存的修改会被替换。`}
            okText="重新生成"
            cancelText="取消"
            onConfirm={narrative.regenerate}
          >
            <Button disabled={!draft || busy} onClick={dirty ? undefined : () => void narrative.regenerate()}>
              重新生成
            </Button>
          </Popconfirm>
          <Button disabled={!dirty || busy} onClick={narrative.revert}>
            撤销修改
          </Button>
          <Tooltip title="Ctrl+S">
            <Button type="primary" disabled={!dirty} loading={busy} onClick={() => void onSave()}>
              保存
            </Button>
          </Tooltip>
        </Space>
      </div>
    </>
  );
}
