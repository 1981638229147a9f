// Input sizes and run counts of the benchmark: the full run measures the figures the targets are
// about; the smoke run exercises every case on small inputs so `npm test` notices a case that broke.
import type { PlanSpec } from './generate';

export interface Sizes {
  /** The ledger plan: parsed, exported to every unit, and imported back. */
  ledgerPlan: PlanSpec;
  /** Returned workbooks in one import batch, and how many of them are re-typed or legacy .xls. */
  returnedFiles: number;
  retypedFiles: number;
  xlsFiles: number;
  /** The plan behind the one very long returned workbook (one unit answers every task). */
  bigPlan: PlanSpec;
  /** The plan with history: summary, reports and the browser cases run on it. */
  historyPlan: PlanSpec;
  /** Share of a period's units that send nothing back (so the summary has missing units). */
  silentUnitsPerPeriod: number;
  /** Measured runs per case after the warm-up (cases may ask for fewer when slow). */
  runs: number;
  warmup: number;
  /** Time after which a case stops measuring more runs, so slow work cannot blow the run's time limit. */
  budgetMs: number;
}

const PLAN_TITLE = '关于共建知识产权强省的工作要点';

export const FULL: Sizes = {
  ledgerPlan: { tasks: 2000, units: 100, extraUnitsPerTask: 0.5, tasksPerSection: 50, startYear: 2022, endYear: 2023, seed: 20221, title: PLAN_TITLE },
  returnedFiles: 100,
  retypedFiles: 20,
  xlsFiles: 10,
  bigPlan: { tasks: 20_000, units: 1, extraUnitsPerTask: 0, tasksPerSection: 500, startYear: 2022, endYear: 2023, seed: 20222, title: `${PLAN_TITLE}（细化任务清单）` },
  historyPlan: { tasks: 2000, units: 40, extraUnitsPerTask: 7.8, tasksPerSection: 50, startYear: 2022, endYear: 2024, seed: 20223, title: PLAN_TITLE },
  silentUnitsPerPeriod: 2,
  runs: 5,
  warmup: 1,
  budgetMs: 10_000,
};

export const SMOKE: Sizes = {
  ledgerPlan: { ...FULL.ledgerPlan, tasks: 60, units: 6, tasksPerSection: 15 },
  returnedFiles: 6,
  retypedFiles: 2,
  xlsFiles: 1,
  bigPlan: { ...FULL.bigPlan, tasks: 300, tasksPerSection: 100 },
  historyPlan: { ...FULL.historyPlan, tasks: 60, units: 8, extraUnitsPerTask: 3, tasksPerSection: 15 },
  silentUnitsPerPeriod: 1,
  runs: 1,
  warmup: 0,
  budgetMs: 5_000,
};

/** The period the returned workbooks answer, and the one the summary and reports are made for. */
export const IMPORT_PERIOD = '2023Q3';
export const REPORT_PERIOD = '2024Q4';
