// The results: a table on the terminal, each figure beside its target, and bench-results.json with
// every figure under the case's key (ms, MB, frames; ratios as plain numbers).
import fs from 'node:fs';
import os from 'node:os';
import { CASES, meetsTarget, RATIOS, READER_CASES, type CaseSpec, type Target } from './cases/index';
import { stats } from './measure';
import type { WorkerResult } from './protocol';

export interface CaseResult extends WorkerResult {
  spec: CaseSpec;
}

type Figures = Record<string, number | null>;

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function formatValue(value: number, unit: CaseSpec['unit'] | 'ratio' | 'MB'): string {
  if (unit === 'frames') return `${value} frames`;
  if (unit === 'ratio') return value.toFixed(2);
  if (unit === 'MB') return `${Math.round(value)} MB`;
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
}

function formatTarget(target: Target, unit: CaseSpec['unit'] | 'ratio' | 'MB'): string {
  const limit =
    unit === 'ms' ? (target.limit >= 1000 ? `${target.limit / 1000} s` : `${target.limit} ms`) : unit === 'ratio' ? String(target.limit) : formatValue(target.limit, unit);
  return `${target.inclusive ? '≤' : '<'} ${limit}`;
}

const mark = (pass: boolean) => (pass ? '✓' : '✗');

/** Every figure, flat: `<case>` is the median, then `<case>_min`, `_max`, `_peak_rss_mb` and the case's extras. */
export function collectFigures(results: CaseResult[]): Figures {
  const figures: Figures = {};
  for (const r of results) {
    const key = r.spec.key;
    if (r.status !== 'ok') {
      figures[key] = null;
      continue;
    }
    const s = stats(r.samples);
    figures[key] = round(s.median);
    figures[`${key}_min`] = round(s.min);
    figures[`${key}_max`] = round(s.max);
    if (r.spec.rss) figures[`${key}_peak_rss_mb`] = Math.round(r.peakRssMb);
    for (const [name, value] of Object.entries(r.extra)) figures[`${key}_${name}`] = round(value);
  }
  for (const ratio of RATIOS) {
    const of = figures[ratio.of];
    const floors = ratio.over.map((key) => figures[key]);
    const over = floors.every((v) => v != null) ? floors.reduce((sum: number, v) => sum + v!, 0) : 0;
    figures[ratio.key] = of != null && over ? round(of / over, 2) : null;
  }
  return figures;
}

/** Display width: CJK characters take two columns. */
const width = (s: string) => [...s].reduce((n, ch) => n + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  return rows.map((r) => r.map((c, i) => pad(c, widths[i]!)).join('  ').trimEnd()).join('\n');
}

function caseRow(r: CaseResult): string[] {
  const { spec } = r;
  if (r.status !== 'ok') return [spec.key, spec.what, r.status === 'pending' ? 'pending' : 'ERROR', '', spec.target ? formatTarget(spec.target, spec.unit) : '', '', ''];
  const s = stats(r.samples);
  const range = `${formatValue(s.min, spec.unit)} – ${formatValue(s.max, spec.unit)}`;
  const pass = spec.target ? meetsTarget(s.median, spec.target) : null;
  const rssLimit = spec.rss?.limitMb;
  const rss = spec.rss
    ? `${formatValue(r.peakRssMb, 'MB')}${rssLimit ? ` (< ${rssLimit} MB ${mark(r.peakRssMb < rssLimit)})` : ''}`
    : '';
  return [spec.key, spec.what, formatValue(s.median, spec.unit), range, spec.target ? formatTarget(spec.target, spec.unit) : '', pass === null ? '' : mark(pass), rss];
}

/** The results as the terminal shows them. */
/** speedGauge (ms) before the first case and after the last. */
export interface SpeedGauge {
  before: number;
  after: number;
}

export function renderReport(results: CaseResult[], figures: Figures, smoke: boolean, gauge: SpeedGauge): string {
  const header = ['case', 'measures', 'median', 'min – max', 'target', '', 'peak RSS'];
  const main = results.filter((r) => CASES.includes(r.spec));
  // The floor cases (the importer's own reader) head the comparison with the other libraries.
  const readers = results.filter((r) => READER_CASES.includes(r.spec) || r.spec.key.startsWith('raw_parse_'));
  const lines: string[] = [];
  lines.push(smoke ? 'Benchmark (smoke: small inputs, figures are not comparable with the targets)' : 'Benchmark');
  const [load] = os.loadavg();
  const cores = os.cpus().length;
  if (load! > cores) lines.push(`Note: the machine is busy (load average ${load!.toFixed(1)} on ${cores} cores): wall times are inflated; cpu_ms in the details is steadier.`);
  lines.push(`Speed gauge (a fixed loop, lower is faster): ${gauge.before} ms before, ${gauge.after} ms after the cases.`);
  lines.push(table([header, ...main.map((r) => caseRow(r))]));
  lines.push('');
  lines.push(
    table(
      RATIOS.map((ratio) => {
        const v = figures[ratio.key];
        const target = ratio.target;
        return [ratio.key, v == null ? 'n/a' : formatValue(v, 'ratio'), target ? formatTarget(target, 'ratio') : '', v == null || !target ? '' : mark(meetsTarget(v, target))];
      }),
    ),
  );
  if (readers.some((r) => READER_CASES.includes(r.spec))) {
    lines.push('', 'Readers alone on the same inputs (raw_parse = the importer\'s own reader; legacy .xls read by SheetJS throughout):');
    lines.push(table([header, ...readers.map((r) => caseRow(r))]));
  }
  const details = results.filter((r) => r.status === 'ok' && Object.keys(r.extra).length);
  if (details.length) {
    lines.push('', 'Details (medians; counts from the last run):');
    for (const r of details) {
      lines.push(`  ${r.spec.key}: ${Object.entries(r.extra).map(([k, v]) => `${k}=${round(v)}`).join(', ')}`);
    }
  }
  const failed = results.filter((r) => r.status !== 'ok');
  for (const r of failed) lines.push('', `${r.spec.key} ${r.status}: ${r.message ?? ''}`);
  return lines.join('\n');
}

export function writeResults(file: string, results: CaseResult[], figures: Figures, smoke: boolean, gauge: SpeedGauge): void {
  const cases = Object.fromEntries(
    results.map((r) => [
      r.spec.key,
      {
        status: r.status,
        unit: r.spec.unit,
        samples: r.samples.map((v) => round(v)),
        target: r.spec.target ? formatTarget(r.spec.target, r.spec.unit) : null,
        pass: r.status === 'ok' && r.spec.target ? meetsTarget(stats(r.samples).median, r.spec.target) : null,
        peakRssMb: r.spec.rss ? Math.round(r.peakRssMb) : null,
        ...(r.message ? { message: r.message } : {}),
      },
    ]),
  );
  const cpus = os.cpus();
  const json = {
    mode: smoke ? 'smoke' : 'full',
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus.length, cpu: cpus[0]?.model ?? '', memoryGb: round(os.totalmem() / 2 ** 30), loadAverage: os.loadavg().map((l) => round(l, 2)), speedGaugeMs: gauge },
    ...figures,
    cases,
  };
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}
