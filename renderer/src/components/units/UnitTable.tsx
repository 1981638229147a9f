import { Button, Space, Table, Tag, Typography, type TableColumnType } from 'antd';
import type { UnitWithStats } from '../../../../electron/shared/api/units';
import { ROLE_LABELS, ROLES } from '../../../../electron/shared/types';
import { AliasTags } from './AliasTags';
import './units.css';

interface Props {
  units: UnitWithStats[];
  height: number;
  /** What the empty table says: there are no units yet, or none matches the search. */
  emptyText: string;
  onOpen(unit: UnitWithStats): void;
  onRename(unit: UnitWithStats): void;
  onMerge(unit: UnitWithStats): void;
  /** Offered for a unit with no task in any plan (the server refuses one still in use otherwise). */
  onDelete(unit: UnitWithStats): void;
  onAddAlias(unit: UnitWithStats, alias: string): Promise<void>;
  onRemoveAlias(alias: string): Promise<void>;
}

const byName = (a: UnitWithStats, b: UnitWithStats) => a.name.localeCompare(b.name, 'zh-Hans-CN');
/** No task in the counts shown: only the 全部计划 view lists such units (those a deleted plan left). */
const withoutTasks = (u: UnitWithStats) => ROLES.every((r) => u.taskCounts[r] === 0);

/** Every unit with its aliases and task counts per role. */
export function UnitTable({ units, height, emptyText, onOpen, onRename, onMerge, onDelete, onAddAlias, onRemoveAlias }: Props) {
  const columns: TableColumnType<UnitWithStats>[] = [
    {
      key: 'name',
      title: '单位名称',
      width: 240,
      sorter: byName,
      render: (_, u) => (
        <>
          <Typography.Link onClick={() => onOpen(u)} title="查看该单位承担的任务">
            {u.name}
          </Typography.Link>
          {u.level === 'national' && (
            <Tag color="geekblue" style={{ marginLeft: 6 }}>
              国家
            </Tag>
          )}
          {u.collective && (
            <Tag style={{ marginLeft: 6 }} title="多个单位的统称，不单独报送">
              统称
            </Tag>
          )}
        </>
      ),
    },
    {
      key: 'aliases',
      title: '别名',
      render: (_, u) => <AliasTags unit={u} onAdd={(a) => onAddAlias(u, a)} onRemove={onRemoveAlias} />,
    },
    ...ROLES.map(
      (role): TableColumnType<UnitWithStats> => ({
        key: role,
        title: ROLE_LABELS[role],
        width: role === 'national' ? 92 : 72,
        align: 'right',
        sorter: (a, b) => a.taskCounts[role] - b.taskCounts[role],
        render: (_, u) => u.taskCounts[role] || <span className="muted-zero">0</span>,
      }),
    ),
    {
      key: 'actions',
      title: '操作',
      width: units.some(withoutTasks) ? 196 : 150,
      render: (_, u) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onRename(u)}>
            重命名
          </Button>
          <Button type="link" size="small" onClick={() => onMerge(u)}>
            合并到…
          </Button>
          {withoutTasks(u) && (
            <Button type="link" size="small" danger onClick={() => onDelete(u)}>
              删除
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Table<UnitWithStats>
      className="unit-table"
      data-testid="unit-table"
      size="small"
      bordered
      rowKey="id"
      columns={columns}
      dataSource={units}
      pagination={false}
      scroll={{ y: Math.max(200, height - 39) }}
      locale={{ emptyText }}
    />
  );
}
