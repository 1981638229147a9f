// 下发填报表: per-unit fill-in workbooks for the selected period.
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Form, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { FileOutput } from '../../../../electron/shared/contract';
import type { Period } from '../../../../electron/shared/types';
import { api } from '../../api/client';
import { saveFile } from '../../api/files';
import { useQuery } from '../../api/useQuery';
import { reportingUnits } from './reportingUnits';

type Layout = 'zip' | 'perUnit' | 'workbook';

const LAYOUTS: { value: Layout; label: string; hint: string }[] = [
  { value: 'zip', label: '打包为 zip', hint: '每个单位一个工作簿，打成一个压缩包，便于一次下发' },
  { value: 'perUnit', label: '每单位一个文件', hint: '逐个保存每个单位的工作簿' },
  { value: 'workbook', label: '一个工作簿多工作表', hint: '所有单位在同一个工作簿，每个单位一张工作表' },
];

export function ExportTemplatesTab({ planId, period }: { planId: number; period: Period }) {
  const { message } = App.useApp();
  const units = useQuery('units.list', { planId });
  const [unitIds, setUnitIds] = useState<number[]>([]);
  const [layout, setLayout] = useState<Layout>('zip');
  const [includePrevious, setIncludePrevious] = useState(true);
  const [busy, setBusy] = useState(false);
  const [produced, setProduced] = useState<FileOutput[]>([]);

  // The period's 报送台账 lists the units with a task still open; one whose tasks were all completed
  // earlier (销号) gets no workbook, so it is shown but cannot be chosen.
  const submissions = useQuery('submissions.get', { planId, period: period.code });
  const open = submissions.data ? new Set(submissions.data.units.map((u) => u.unitId)) : null;
  const candidates = reportingUnits(units.data ?? []);
  // With none chosen, every unit expected to report gets its workbook; a collective name only when chosen.
  const expected = candidates.filter((u) => !u.collective && (!open || open.has(u.id)));
  const closed = candidates.filter((u) => !u.collective && open && !open.has(u.id));
  const collectives = candidates.filter((u) => u.collective);

  async function exportTemplates() {
    setBusy(true);
    try {
      const { files } = await api('templates.export', {
        planId,
        period: period.code,
        unitIds: unitIds.length ? unitIds : undefined,
        layout,
        includePrevious,
      });
      // Listed first, so a file that could not be saved (still open in Excel…) can be saved again from the list.
      setProduced(files);
      // One at a time: the desktop app asks where to save each file.
      for (const file of files) await saveFile(file);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div style={{ maxWidth: 760 }}>
      <Typography.Paragraph type="secondary">
        为{period.label}生成各单位的进展填报表。表内已列出该单位承担的任务，并带有隐藏的识别信息，单位填好交回后可直接导入。
      </Typography.Paragraph>
      {(units.error ?? submissions.error) && <Alert type="error" showIcon title={units.error ?? submissions.error} style={{ marginBottom: 12 }} />}
      <Form layout="horizontal" labelCol={{ flex: '96px' }} colon={false}>
        <Form.Item label="下发单位">
          <Select<number[]>
            mode="multiple"
            allowClear
            aria-label="下发单位"
            loading={units.loading || submissions.loading}
            placeholder={units.data && submissions.data ? `全部单位（${expected.length} 个）` : '全部单位'}
            value={unitIds}
            onChange={setUnitIds}
            showSearch={{ optionFilterProp: 'label' }}
            options={[
              ...expected.map((u) => ({ value: u.id, label: u.name })),
              ...collectives.map((u) => ({ value: u.id, label: `${u.name}（统称）` })),
              ...closed.map((u) => ({ value: u.id, label: `${u.name}（任务均已完成）`, disabled: true })),
            ]}
            maxTagCount="responsive"
          />
          {collectives.length > 0 && (
            <Typography.Text type="secondary" data-testid="template-collectives" style={{ display: 'block', marginTop: 4 }}>
              统称（{collectives.map((u) => u.name).join('、')}）不是单独报送的单位，“全部单位”不含它们；需要转发时可单独选择。
            </Typography.Text>
          )}
          <Typography.Text type="secondary" data-testid="template-closed" style={{ display: 'block', marginTop: 4 }}>
            此前已报完成（销号）的任务不再列入填报表；任务都已完成的单位不生成填报表
            {closed.length > 0 && `（本期有 ${closed.length} 个：${closed.map((u) => u.name).join('、')}）`}。
          </Typography.Text>
        </Form.Item>
        <Form.Item label="文件形式">
          <Radio.Group value={layout} onChange={(e) => setLayout(e.target.value as Layout)}>
            <Space orientation="vertical" size={4}>
              {LAYOUTS.map((l) => (
                <Radio key={l.value} value={l.value}>
                  {l.label}
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                    {l.hint}
                  </Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item label="附加内容">
          <Checkbox checked={includePrevious} onChange={(e) => setIncludePrevious(e.target.checked)}>
            附上期进展（供单位参照填写）
          </Checkbox>
        </Form.Item>
        <Form.Item label=" ">
          <Button type="primary" icon={<DownloadOutlined />} loading={busy} onClick={exportTemplates}>
            生成并下载填报表
          </Button>
        </Form.Item>
      </Form>
      {produced.length > 0 && (
        <Alert
          type="success"
          showIcon
          title={`已生成 ${produced.length} 个文件`}
          description={
            <Space orientation="vertical" size={2}>
              {produced.map((f) => (
                <Typography.Link key={f.fileName} onClick={() => saveFile(f).catch((e: Error) => message.error(e.message, 8))}>
                  {f.fileName}
                </Typography.Link>
              ))}
            </Space>
          }
        />
      )}
    </div>
  );
}
