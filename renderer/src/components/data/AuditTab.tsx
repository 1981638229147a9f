// 操作日志: every recorded change, filterable and exportable; read-only by design (the table refuses edits).
import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AuditFilter, AuditRecord } from '../../../../electron/shared/api/data';
import { auditActionLabel, auditObjectLabel } from '../../../../electron/shared/auditLabels';
import { localTime } from '../../../../electron/shared/format';
import { api } from '../../api/client';
import { useFileExport } from '../../api/useFileExport';
import { useQuery } from '../../api/useQuery';
import { AuditValues } from './AuditValues';

const PAGE_SIZE = 50;

interface Filters {
  range: [Dayjs | null, Dayjs | null] | null;
  action?: string;
  objectType?: string;
  user?: string;
  text: string;
}

const EMPTY: Filters = { range: null, text: '' };

function toFilter(f: Filters): AuditFilter {
  return {
    ...(f.range?.[0] ? { from: f.range[0].startOf('day').toISOString() } : {}),
    ...(f.range?.[1] ? { to: f.range[1].endOf('day').toISOString() } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.objectType ? { objectType: f.objectType } : {}),
    ...(f.user ? { user: f.user } : {}),
    ...(f.text.trim() ? { text: f.text.trim() } : {}),
  };
}

export function AuditTab() {
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const exports = useFileExport();
  const filter = toFilter(filters);
  const filtered = Object.keys(filter).length > 0;
  const log = useQuery('audit.list', { ...filter, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const facets = log.data?.facets;

  const update = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };

  const options = (values: string[] | undefined, label: (v: string) => string) =>
    (values ?? []).map((v) => ({ value: v, label: label(v) }));

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap data-testid="audit-filters">
        {/* Narrower than its default, so that 导出 Excel stays on the filters' line at 1366×768. */}
        <DatePicker.RangePicker style={{ width: 250 }} value={filters.range} onChange={(range) => update({ range })} allowEmpty={[true, true]} />
        <Select
          placeholder="操作"
          allowClear
          style={{ width: 150 }}
          value={filters.action}
          onChange={(action) => update({ action })}
          options={options(facets?.actions, auditActionLabel)}
        />
        <Select
          placeholder="对象"
          allowClear
          style={{ width: 110 }}
          value={filters.objectType}
          onChange={(objectType) => update({ objectType })}
          options={options(facets?.objectTypes, auditObjectLabel)}
        />
        <Select
          placeholder="经办人"
          allowClear
          style={{ width: 120 }}
          value={filters.user}
          onChange={(user) => update({ user })}
          options={options(facets?.users, (u) => u)}
        />
        <Input.Search
          aria-label="搜索操作日志"
          enterButton={<Button icon={<SearchOutlined />} aria-label="搜索" />}
          placeholder="搜索内容、对象编号、修改前后的值"
          allowClear
          style={{ width: 280 }}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (!e.target.value) update({ text: '' });
          }}
          onSearch={(value) => update({ text: value })}
          data-testid="audit-search"
        />
        <Button
          onClick={() => {
            setFilters(EMPTY);
            setText('');
            setPage(1);
          }}
        >
          重置
        </Button>
        <Button icon={<DownloadOutlined />} loading={exports.busy !== null} onClick={() => void exports.run('xlsx', () => api('audit.export', filter))}>
          导出 Excel
        </Button>
      </Space>
      <Typography.Text type="secondary">
        记录每一次修改：何时、何人（经办人，在“关于与设置”中填写；未填写时为本机登录用户）、改了什么、修改前后的内容。操作日志只能查看和导出，不能修改或删除。
      </Typography.Text>
      {log.error && <Alert type="error" showIcon title={log.error} />}
      <Table<AuditRecord>
        data-testid="audit-table"
        rowKey="id"
        size="small"
        bordered
        loading={log.loading}
        dataSource={log.data?.entries ?? []}
        locale={{
          emptyText: filtered ? '没有符合条件的记录' : '还没有操作记录。导入计划、导入进展、修改任务、备份与恢复等每一次修改都会记在这里。',
        }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: log.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 条`,
          onChange: setPage,
        }}
        expandable={{
          rowExpandable: (r) => r.before != null || r.after != null,
          expandedRowRender: (r) => <AuditValues before={r.before} after={r.after} />,
        }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 150, render: (t: string) => localTime(t) },
          { title: '经办人', dataIndex: 'user', width: 100 },
          { title: '操作', dataIndex: 'action', width: 130, render: (a: string) => auditActionLabel(a) },
          {
            title: '对象',
            width: 120,
            render: (_, r) => `${auditObjectLabel(r.objectType)}${r.objectId ? ` ${r.objectId}` : ''}`,
          },
          { title: '内容', dataIndex: 'summary' },
        ]}
      />
    </Space>
  );
}
