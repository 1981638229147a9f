import { ImportOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space, Spin, Typography } from 'antd';
import { Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { Task } from '../../../../electron/shared/types';
import { planUnitNames } from '../../../../electron/shared/unitOrder';
import { lazyNamed } from '../../lazyNamed';
import { useUi } from '../../store';
import { PlanPicker } from '../PlanPicker';
import { useElementSize } from '../useElementSize';
import { useEverTrue } from '../useEverTrue';
import { usePlans } from '../usePlans';
import { usePrintShortcut } from '../usePrintShortcut';
import { ExportLedgerButton } from './ExportLedgerButton';
import { LedgerFilters } from './LedgerFilters';
import { deadlineOptions, describeFilter, filterTasks, NO_FILTER } from './ledgerFilter';
import { LedgerTable } from './LedgerTable';
import { PlanActions } from './PlanActions';
import { sectionLabel } from '../../../../electron/shared/sections';
import { sectionHeads, withSectionRows } from './sectionRows';
import { useLedgerData, type TaskPatch } from './useLedgerData';
import './ledger.css';

// Loaded when first needed: the first screen is the table, not the task drawer (with its edit form) or the print view.
const TaskDrawer = lazyNamed(() => import('./TaskDrawer'), 'TaskDrawer');
const PrintView = lazyNamed(() => import('./PrintView'), 'PrintView');

/** The current plan's task ledger: toolbar, filters, virtual table, task drawer and print view. */
export function LedgerView({ onImport }: { onImport(): void }) {
  const planId = useUi((s) => s.planId);
  const summary = usePlans((s) => s.plans?.find((p) => p.id === planId) ?? null);
  const { plan, error, updateTask } = useLedgerData(planId);
  const [filter, setFilter] = useState(NO_FILTER);
  const shownFilter = useDeferredValue(filter);
  const [openTaskId, setOpenTaskId] = useState<number | null>(null);
  const drawerNeeded = useEverTrue(openTaskId !== null);
  const [printing, setPrinting] = useState(false);
  const [boxRef, size] = useElementSize();

  const sections = useMemo(() => new Map((plan?.sections ?? []).map((s) => [s.id, s])), [plan]);
  const unitOptions = useMemo(() => planUnitNames(plan?.tasks ?? []), [plan]);
  const deadlines = useMemo(() => deadlineOptions(plan?.tasks ?? []), [plan]);
  const visible = useMemo(() => filterTasks(plan?.tasks ?? [], shownFilter, plan?.sections ?? []), [plan, shownFilter]);
  const headsById = useMemo(() => {
    const heads = sectionHeads(plan?.sections ?? []);
    return new Map((plan?.sections ?? []).map((s, i) => [s.id, heads[i]!]));
  }, [plan]);
  const headsOf = useCallback((t: Task) => (t.sectionId !== null ? (headsById.get(t.sectionId) ?? []) : []), [headsById]);
  const rows = useMemo(() => withSectionRows(visible, headsOf, (t) => `task:${t.id}`), [visible, headsOf]);
  const openTask = plan?.tasks.find((t) => t.id === openTaskId) ?? null;
  const filterText = describeFilter(shownFilter, (id) => {
    const s = sections.get(id);
    return s ? sectionLabel(s) : '';
  });

  // The table on screen holds only the rows in view: Ctrl+P opens the print view, as 打印 does.
  usePrintShortcut(plan && !printing ? () => setPrinting(true) : null);

  const onOpen = useCallback((t: Task) => setOpenTaskId(t.id), []);
  const onInlineEdit = useCallback((t: Task, patch: TaskPatch) => void updateTask(t, patch).catch(() => undefined), [updateTask]);

  if (error) return <Alert type="error" showIcon title={error} />;
  if (printing && plan) {
    return (
      <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>
        <PrintView title={plan.title} subtitle={filterText && `（${filterText}）`} rows={rows} onBack={() => setPrinting(false)} />
      </Suspense>
    );
  }

  return (
    <div className="page-fill">
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 8 }}>
        <Space size={12}>
          <h2 className="page-title" style={{ margin: 0 }}>
            计划台账
          </h2>
          <PlanPicker />
          {plan && (
            <Typography.Text type="secondary">
              {plan.sections.length} 个部分，{plan.tasks.length} 项任务
            </Typography.Text>
          )}
        </Space>
        <Space>
          <Button icon={<ImportOutlined />} onClick={onImport}>
            导入计划
          </Button>
          {planId !== null && <ExportLedgerButton planId={planId} />}
          <Button icon={<PrinterOutlined />} disabled={!plan} onClick={() => setPrinting(true)}>
            打印
          </Button>
          {summary && <PlanActions plan={summary} />}
        </Space>
      </Flex>
      <Flex justify="space-between" align="center" gap={12} style={{ marginBottom: 8 }}>
        <LedgerFilters filter={filter} onChange={setFilter} unitOptions={unitOptions} sections={plan?.sections ?? []} deadlineOptions={deadlines} />
        {plan && (
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }} data-testid="ledger-count">
            {visible.length === plan.tasks.length ? `共 ${plan.tasks.length} 项` : `显示 ${visible.length} / ${plan.tasks.length} 项`}
            ，双击单元格可修改
          </Typography.Text>
        )}
      </Flex>
      <div ref={boxRef} className="page-fill-rest">
        {/* The toolbar and this box are drawn while the plan is on its way, so its arrival has only
            the table to render. Row heights depend on the column widths: rows are sized once the box is measured. */}
        {!plan && <Spin style={{ display: 'block', marginTop: 80 }} />}
        {plan && size.width > 0 && (
          <LedgerTable rows={rows} width={size.width} height={size.height} unitOptions={unitOptions} highlightUnit={shownFilter.unit} onOpen={onOpen} onEdit={onInlineEdit} />
        )}
      </div>
      {drawerNeeded && (
        <Suspense fallback={null}>
          <TaskDrawer
            task={openTask}
            section={openTask ? (headsOf(openTask).at(-1)?.label ?? null) : null}
            unitOptions={unitOptions}
            onClose={() => setOpenTaskId(null)}
            onSave={updateTask}
          />
        </Suspense>
      )}
    </div>
  );
}
