import { App, Spin } from 'antd';
import { useState } from 'react';
import type { PlanImportResult } from '../../../electron/shared/api/plans';
import { api } from '../api/client';
import { ImportPreview } from '../components/ledger/ImportPreview';
import { ImportSourceModal, type PendingImport } from '../components/ledger/ImportSourceModal';
import { ImportSummary } from '../components/ledger/ImportSummary';
import { LedgerEmpty } from '../components/ledger/LedgerEmpty';
import { LedgerView } from '../components/ledger/LedgerView';
import { usePlanList } from '../components/usePlans';
import { useUi } from '../store';

/** 计划台账: first-run empty state, the import flow (source → preview → save) and the ledger itself. */
export function LedgerPage() {
  const { message, modal } = App.useApp();
  const { plans, reload } = usePlanList();
  const planId = useUi((s) => s.planId);
  const setPlan = useUi((s) => s.setPlan);
  const [choosingSource, setChoosingSource] = useState(false);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [loadingSample, setLoadingSample] = useState(false);

  /** After an import: show the stored plan and what changed. */
  const showImported = async (result: PlanImportResult) => {
    await reload();
    if (result.planId) setPlan(result.planId);
    return result;
  };

  const loadSample = async () => {
    setLoadingSample(true);
    try {
      const result = await showImported(await api('plans.importSample', {}));
      message.success(`已载入示例计划，共 ${result.tasksAdded + result.tasksUpdated + result.tasksUnchanged} 项任务`);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setLoadingSample(false);
    }
  };

  const saved = async (result: PlanImportResult) => {
    setPending(null);
    await showImported(result);
    modal.success({
      title: result.created ? '已导入新计划' : '已更新计划',
      width: 560,
      content: <ImportSummary result={result} />,
    });
  };

  const sourceModal = (
    <ImportSourceModal
      open={choosingSource}
      onClose={() => setChoosingSource(false)}
      onParsed={(p) => {
        setChoosingSource(false);
        setPending(p);
      }}
    />
  );

  if (pending) return <ImportPreview pending={pending} onCancel={() => setPending(null)} onSaved={(r) => void saved(r)} />;
  if (plans === null) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  return (
    <>
      {plans.length === 0 ? (
        <>
          <h2 className="page-title">计划台账</h2>
          <LedgerEmpty onImport={() => setChoosingSource(true)} onSample={() => void loadSample()} loadingSample={loadingSample} />
        </>
      ) : (
        <LedgerView key={planId ?? 0} onImport={() => setChoosingSource(true)} />
      )}
      {sourceModal}
    </>
  );
}
