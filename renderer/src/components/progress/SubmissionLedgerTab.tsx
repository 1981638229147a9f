// 报送台账: which units have reported for the period, how completely, and who to remind.
import { Alert, App, Col, Row, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import type { SubmissionUnit } from '../../../../electron/shared/api/progress';
import { isoDateInWords, localMinute } from '../../../../electron/shared/format';
import { reportDayBasisLabel, submissionStateLabel } from '../../../../electron/shared/submissionState';
import type { Period } from '../../../../electron/shared/types';
import { api } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { useReloadOnChange } from './dataVersion';
import { MissingSeqs } from './MissingSeqs';
import { periodLabel } from './periods';
import { ReminderBox, type RecordedReminder } from './ReminderBox';

const STATES: Record<SubmissionUnit['state'], { label: string; color: string; figure: string }> = {
  submitted: { label: '已报送', color: 'green', figure: '#389e0d' },
  partial: { label: '部分报送', color: 'orange', figure: '#d46b08' },
  missing: { label: '未报送', color: 'red', figure: '#cf1322' },
};
/** A late report still counts as reported: its tag says so in another colour. */
const tagColor = (u: SubmissionUnit) => (u.late && u.state === 'submitted' ? 'gold' : STATES[u.state].color);

const FIGURE = { fontSize: 20 };

const ORDER: SubmissionUnit['state'][] = ['missing', 'partial', 'submitted'];

/** The days a 催报 was recorded for the period, earliest first, with how many units each reached. */
function recordedReminders(units: readonly SubmissionUnit[]): RecordedReminder[] {
  const perDay = new Map<string, number>();
  for (const u of units) for (const day of u.remindedOn) perDay.set(day, (perDay.get(day) ?? 0) + 1);
  return [...perDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, n]) => ({ day, units: n }));
}

export function SubmissionLedgerTab({ planId, planTitle, period }: { planId: number; planTitle: string; period: Period }) {
  const ledger = useQuery('submissions.get', { planId, period: period.code });
  useReloadOnChange(ledger.reload);
  const units = ledger.data?.units ?? [];
  const collective = ledger.data?.collectiveNames ?? [];
  const count = (s: SubmissionUnit['state']) => units.filter((u) => u.state === s).length;
  const dueDate = ledger.data?.dueDate ?? null;
  const { message } = App.useApp();

  async function recordReminder() {
    try {
      // The command answers with the ledger as it now stands: no second read.
      const recorded = await api('submissions.remind', { planId, period: period.code });
      ledger.setData(() => recorded);
      message.success(`已记下今天向 ${recorded.units.filter((u) => u.state !== 'submitted').length} 个单位催报`);
    } catch (e) {
      message.error((e as Error).message);
    }
  }

  async function withdrawReminders(day: string) {
    try {
      const withdrawn = await api('submissions.withdrawReminders', { planId, period: period.code, remindedOn: day });
      ledger.setData(() => withdrawn);
      message.success(`已撤销${isoDateInWords(day)}的催报记录`);
    } catch (e) {
      message.error((e as Error).message);
    }
  }

  return (
    <div data-testid="submission-ledger">
      <h1 className="print-only progress-print-title">
        《{planTitle}》{period.label}报送情况
      </h1>
      {ledger.error && <Alert type="error" showIcon title={ledger.error} style={{ marginBottom: 12 }} />}
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col>
          <Statistic title="应报单位" value={units.length} styles={{ content: FIGURE }} />
        </Col>
        {(['submitted', 'partial', 'missing'] as const).map((s) => (
          <Col key={s}>
            <Statistic title={STATES[s].label} value={count(s)} styles={{ content: { ...FIGURE, color: STATES[s].figure } }} />
          </Col>
        ))}
        {dueDate && (
          <Col>
            <Statistic title="逾期" value={units.filter((u) => u.late).length} styles={{ content: { ...FIGURE, color: '#cf1322' } }} />
          </Col>
        )}
        <Col>
          <Statistic title="未更新任务" value={units.reduce((n, u) => n + u.staleTasks, 0)} styles={{ content: FIGURE }} />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" data-testid="report-due" style={{ marginTop: -4 }}>
        {dueDate
          ? `报送时限：${isoDateInWords(dueDate)}。此后仍未报送的单位标“逾期未报”，此后才报送的标“逾期报送”。报送日期按导入时写明的收到日期；没写明的按报送表上的填报日期，表上也没写的按导入日期。收到日期可在“导入记录”中更正。`
          : '本计划未设报送时限（可在“计划台账 → 更多 → 计划设置”中设定），不区分是否逾期。'}
      </Typography.Paragraph>
      {collective.length > 0 && (
        <Typography.Paragraph type="secondary" data-testid="collective-names" style={{ marginTop: -4 }}>
          另有 {collective.length} 个统称（{collective.join('、')}）不是单独报送的单位，不计入应报单位，也不催报。
        </Typography.Paragraph>
      )}
      {/* The 催报 box beside the table from 1200 px (the table's column grows from nothing, not from its
          content, which would take the whole row); below it in narrower windows, so the table keeps its columns. */}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={{ flex: '1 1 0' }} style={{ minWidth: 0 }}>
          <Table<SubmissionUnit>
            rowKey="unitId"
            size="small"
            bordered
            loading={ledger.loading}
            pagination={false}
            dataSource={[...units].sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state))}
            columns={[
              { title: '单位', dataIndex: 'unit', width: 180 },
              {
                title: '报送情况',
                width: 130,
                render: (_, u) => (
                  <>
                    <Tag color={tagColor(u)}>{submissionStateLabel(u)}</Tag>
                    {/* The day lateness was judged by, and what it rests on: it decides what the 通报 says. */}
                    {dueDate && u.reportedOn && u.reportedOnBasis && (
                      <div className="submission-state-note" data-testid="report-day">
                        {isoDateInWords(u.reportedOn)}报送
                        <br />（按{reportDayBasisLabel(u.reportedOnBasis)}）
                      </div>
                    )}
                    {u.state !== 'submitted' && u.remindedOn.length > 0 && (
                      <Tooltip title={`催报日期：${u.remindedOn.map(isoDateInWords).join('、')}`}>
                        <div className="submission-state-note" data-testid="reminded">
                          已催报{u.remindedOn.length}次
                          <br />（最近{isoDateInWords(u.remindedOn.at(-1)!).replace(/^\d{4}年/, '')}）
                        </div>
                      </Tooltip>
                    )}
                  </>
                ),
              },
              {
                title: '覆盖任务',
                width: 90,
                align: 'right',
                render: (_, u) => `${u.coveredTasks} / ${u.expectedTasks}`,
              },
              {
                title: '未报任务',
                width: 160,
                render: (_, u) => (u.missingSeqs.length ? <MissingSeqs seqs={u.missingSeqs} /> : '—'),
              },
              {
                title: '未更新',
                width: 70,
                align: 'right',
                render: (_, u) =>
                  u.staleTasks > 0 ? (
                    <Tooltip title="进展内容与上期完全相同的任务数">
                      <Typography.Text type="warning">{u.staleTasks}</Typography.Text>
                    </Tooltip>
                  ) : (
                    <Typography.Text type="secondary">0</Typography.Text>
                  ),
              },
              {
                title: '报送文件',
                render: (_, u) => (
                  <Space orientation="vertical" size={0}>
                    {u.state === 'missing' && u.files.length > 0 && <Typography.Text type="warning">已交回表格，未导入任何任务的进展</Typography.Text>}
                    {u.files.map((f) => (
                      <span key={f.importId}>
                        {f.fileName}
                        <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
                          {localMinute(f.importedAt)}
                        </Typography.Text>
                      </span>
                    ))}
                    {u.filedElsewhere.map((f) => (
                      <Tooltip
                        key={f.importId}
                        title={`文件中写的是${periodLabel(f.period)}，导入时按它记入了那一期。若是沿用旧表填写的本期进展，请在“导入记录”中撤销这次导入，再按本期导入（预览中改选期次）。`}
                      >
                        <Typography.Text type="warning" data-testid="filed-elsewhere">
                          {f.fileName}（按{periodLabel(f.period)}导入）
                        </Typography.Text>
                      </Tooltip>
                    ))}
                  </Space>
                ),
              },
            ]}
          />
        </Col>
        <Col xs={24} xl={{ flex: '360px' }} className="no-print">
          {ledger.data && (
            // Beside the table, the 催报 box stays in view while the units scroll by.
            <div style={{ position: 'sticky', top: 16 }}>
              <ReminderBox
                text={ledger.data.reminderText}
                chased={units.filter((u) => u.state !== 'submitted').length}
                onRecord={recordReminder}
                recorded={recordedReminders(units)}
                onWithdraw={withdrawReminders}
              />
            </div>
          )}
        </Col>
      </Row>
    </div>
  );
}
