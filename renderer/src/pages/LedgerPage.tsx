import { App, Spin } from 'antd';
import { Suspense, useState } from 'react';
import type { PlanImportResult } from '../../../electron/shared/api/plans';
import { api } from '../api/client';
import { LedgerEmpty } from '../components/ledger/LedgerEmpty';
import { LedgerView } from '../components/ledger/LedgerView';
import { usePlanImportDraft } from '../components/ledger/planImportDraft';
import { PlanListError } from '../components/NoPlan';
import { useEverTrue } from '../components/useEverTrue';
import { usePlanList } from '../components/usePlans';
import { lazyNamed } from '../lazyNamed';
import { useUi } from '../store';

// The import flow loads when first started: the ledger is what the page opens on.
const ImportSourceModal = lazyNamed(() => import('../components/ledger/ImportSourceModal'), 'ImportSourceModal');
const ImportPreview = lazyNamed(() => import('../components/ledger/ImportPreview'), 'ImportPreview');
const ImportSummary = lazyNamed(() => import('../components/ledger/ImportSummary'), 'ImportSummary');

/** 计划台账: first-run empty state, the import flow (source → preview → save) and the ledger itself. */
export function LedgerPage() {
  const { message, modal } = App.useApp();
  const { plans, error: plansError, reload } = usePlanList();
  const planId = useUi((s) => s.planId);
  const setPlan = useUi((s) => s.setPlan);
  const [choosingSource, setChoosingSource] = useState(false);
  // The plan in the import preview outlives a look at another page (see planImportDraft).
  const pending = usePlanImportDraft((s) => s.pending);
  const { start: startPreview, drop: dropPreview } = usePlanImportDraft.getState();
  const [loadingSample, setLoadingSample] = useState(false);
  const sourceModalNeeded = useEverTrue(choosingSource);

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
    dropPreview();
    await showImported(result);
    modal.success({
      title: result.created ? '已导入新计划' : '已更新计划',
      width: 560,
      content: (
        <Suspense fallback={null}>
          <ImportSummary result={result} />
        </Suspense>
      ),
    });
  };

  const sourceModal = sourceModalNeeded && (
    <Suspense fallback={null}>
      <ImportSourceModal
        open={choosingSource}
        onClose={() => setChoosingSource(false)}
        onParsed={(p) => {
          setChoosingSource(false);
          startPreview(p);
        }}
      />
    </Suspense>
  );

  if (pending) {
    return (
      <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>
        <ImportPreview pending={pending} onCancel={dropPreview} onSaved={(r) => void saved(r)} />
      </Suspense>
    );
  }
  if (plans === null) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (plansError) {
    return (
      <>
        <h2 className="page-title">计划台账</h2>
        <PlanListError error={plansError} />
      </>
    );
  }
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
