// The summary page is named by the chosen plan's reporting cycle: a city office reporting monthly
// reads 月度汇总, not 季度汇总.
import type { PeriodKind } from '../../../electron/shared/types';
import { useUi } from '../store';
import { usePlans } from './usePlans';

const SUMMARY_PAGE_NAMES: Record<PeriodKind, string> = { quarter: '季度汇总', month: '月度汇总', half: '半年汇总' };

/** The name of the summary page for the plan shown; 季度汇总 before any plan is known. */
export function useSummaryPageName(): string {
  const planId = useUi((s) => s.planId);
  const kind = usePlans((s) => s.plans?.find((p) => p.id === planId)?.periodKind);
  return SUMMARY_PAGE_NAMES[kind ?? 'quarter'];
}
