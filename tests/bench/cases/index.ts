// The catalogue of benchmark cases: what each measures, its target, and where its code is.
// Case code is loaded lazily so each worker process holds only the modules of its own case.
import type { Manifest } from '../fixtures';
import type { RunCounts } from '../measure';
import { OTHER_READERS, type ReaderName } from '../readers';

export interface CaseEnv {
  manifest: Manifest;
  counts: RunCounts;
  /** A scratch folder of this case's own. */
  scratch: string;
}

export interface CaseOutcome {
  /** One figure per measured run (ms, or long frames for the scroll case). */
  samples: number[];
  /** Further figures worth keeping, by name (phase timings, counts, sizes). */
  extra?: Record<string, number>;
}

export type CaseRun = (env: CaseEnv) => Promise<CaseOutcome>;

export interface Target {
  /** The figure must be below this (or at most this, when `inclusive`). */
  limit: number;
  inclusive?: boolean;
}

export interface CaseSpec {
  key: string;
  /** What is measured, in a few words (the table's second column). */
  what: string;
  unit: 'ms' | 'frames';
  target?: Target;
  /** Report the worker's peak RSS, with this limit in MB when there is one. */
  rss?: { limitMb?: number };
  /** At most this many measured runs (the slow cases). */
  maxRuns?: number;
  /** At least this many, beyond the time budget (a case one stray long frame could decide). */
  minRuns?: number;
  /** Cases that only make sense in a browser need the built renderer. */
  browser?: boolean;
  load(): Promise<CaseRun>;
}

export const CASES: CaseSpec[] = [
  {
    key: 'plan_parse_2000',
    what: 'plans.parse 2,000-task text',
    unit: 'ms',
    target: { limit: 100 },
    load: () => import('./planParse').then((m) => m.planParse),
  },
  {
    key: 'templates_export_100',
    what: 'templates.export for 100 units',
    unit: 'ms',
    target: { limit: 5000 },
    maxRuns: 3,
    load: () => import('./templatesExport').then((m) => m.templatesExport),
  },
  {
    key: 'import_100_files',
    what: 'progress.import 100 files: preview + commit',
    unit: 'ms',
    target: { limit: 4000 },
    rss: {},
    maxRuns: 3,
    load: () => import('./progressImport').then((m) => m.importReturnedBatch),
  },
  {
    key: 'raw_parse_100_files',
    what: "the importer's reader alone, 100 files (floor)",
    unit: 'ms',
    rss: {},
    maxRuns: 3,
    load: () => import('./rawParse').then((m) => m.rawParse('returned')),
  },
  {
    key: 'import_20k_rows',
    what: 'progress.import one 20,000-row file: preview + commit',
    unit: 'ms',
    target: { limit: 3000 },
    rss: { limitMb: 400 },
    maxRuns: 3,
    load: () => import('./progressImport').then((m) => m.importBigFile),
  },
  {
    key: 'raw_parse_20k_rows',
    what: "the importer's reader alone, 20,000 rows (floor)",
    unit: 'ms',
    rss: {},
    maxRuns: 3,
    load: () => import('./rawParse').then((m) => m.rawParse('big')),
  },
  {
    key: 'raw_write_100_files',
    what: "the import's database writes alone, 100 files (floor)",
    unit: 'ms',
    maxRuns: 3,
    load: () => import('./rawWrite').then((m) => m.rawWrite('returned')),
  },
  {
    key: 'raw_write_20k_rows',
    what: "the import's database writes alone, 20,000 rows (floor)",
    unit: 'ms',
    maxRuns: 3,
    load: () => import('./rawWrite').then((m) => m.rawWrite('big')),
  },
  {
    key: 'summary_200k',
    what: 'reports.summary, 2,000 tasks × 40 units × 12 periods',
    unit: 'ms',
    target: { limit: 100 },
    load: () => import('./reports').then((m) => m.summary),
  },
  {
    key: 'report_xlsx',
    what: 'reports.export 汇总表 .xlsx',
    unit: 'ms',
    target: { limit: 1000 },
    maxRuns: 3,
    load: () => import('./reports').then((m) => m.exportReport('xlsx')),
  },
  {
    key: 'report_docx',
    what: 'reports.export 通报 .docx',
    unit: 'ms',
    target: { limit: 1000 },
    maxRuns: 3,
    load: () => import('./reports').then((m) => m.exportReport('docx')),
  },
  {
    key: 'serve_first_render',
    what: 'browser mode start → first ledger row visible',
    unit: 'ms',
    target: { limit: 1500 },
    maxRuns: 3,
    browser: true,
    load: () => import('./browser').then((m) => m.serveFirstRender),
  },
  {
    key: 'ledger_scroll',
    what: 'frames > 50 ms scrolling the 2,000-task ledger',
    unit: 'frames',
    target: { limit: 0, inclusive: true },
    minRuns: 3,
    maxRuns: 3,
    browser: true,
    load: () => import('./browser').then((m) => m.ledgerScroll),
  },
];

export interface Ratio {
  key: string;
  of: string;
  /** The floors it is divided by, added up. */
  over: readonly string[];
  target: Target | null;
}

/**
 * Importing over merely reading the same files, with their targets; then, for the record, over
 * reading and writing them (the two floors together), which shows what matching and checking add.
 */
export const RATIOS: readonly Ratio[] = [
  { key: 'import_100_files/raw_parse_100_files', of: 'import_100_files', over: ['raw_parse_100_files'], target: { limit: 1.5, inclusive: true } },
  { key: 'import_20k_rows/raw_parse_20k_rows', of: 'import_20k_rows', over: ['raw_parse_20k_rows'], target: { limit: 1.5, inclusive: true } },
  { key: 'import_100_files/(raw_parse_100_files+raw_write_100_files)', of: 'import_100_files', over: ['raw_parse_100_files', 'raw_write_100_files'], target: null },
  { key: 'import_20k_rows/(raw_parse_20k_rows+raw_write_20k_rows)', of: 'import_20k_rows', over: ['raw_parse_20k_rows', 'raw_write_20k_rows'], target: null },
];

/** The reader comparison: each other library alone on the same inputs, in its own process for a fair RSS. */
export const READER_CASES: CaseSpec[] = OTHER_READERS.flatMap((reader: ReaderName) =>
  (['returned', 'big'] as const).map(
    (input): CaseSpec => ({
      key: `reader_${reader}_${input === 'returned' ? '100_files' : '20k_rows'}`,
      what: `${reader} reading ${input === 'returned' ? 'the 100 files' : 'the 20,000-row file'}`,
      unit: 'ms',
      rss: {},
      maxRuns: 1,
      load: () => import('./rawParse').then((m) => m.rawParse(input, reader)),
    }),
  ),
);

export const ALL_CASES = [...CASES, ...READER_CASES];

export function meetsTarget(value: number, target: Target): boolean {
  return target.inclusive ? value <= target.limit : value < target.limit;
}
