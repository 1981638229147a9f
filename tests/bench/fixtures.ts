// Builds every input of the benchmark in a temp folder, through the app's own handlers where the
// app would (plans.import, periods.list, templates.export) and with direct SQL where only volume
// matters (the progress history). Nothing here is timed. The manifest tells the cases where things are.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { safeFileName } from '../../electron/core/files/fileName';
import { parsePeriod } from '../../electron/shared/periods';
import type { FileInput } from '../../electron/shared/contract';
import type { ParsedPlan, ParsedTask } from '../../electron/shared/types';
import { generatePlan, progressText, prng, type GeneratedPlan, type Rng } from './generate';
import { benchBackend, PendingError, type BenchBackend } from './measure';
import { IMPORT_PERIOD, type Sizes } from './sizes';
import { fillTemplate, writeLargeReturn, writeRetypedXls, writeRetypedXlsx, type ReturnedLayout } from './workbooks';

export interface ReturnedFile {
  path: string;
  unit: string;
  layout: ReturnedLayout;
}

export interface Manifest {
  dir: string;
  smoke: boolean;
  /** A fixture a case needs could not be built because a handler is a placeholder: part → method. */
  pending: Record<string, string>;
  ledger: {
    planText: string;
    tasks: number;
    units: number;
    /** Database with the ledger plan imported (copied before each import run). */
    db: string | null;
    planId: number | null;
    unitIds: number[];
    returned: ReturnedFile[];
    /** Task rows in the returned files that carry an answer (what a full import should match). */
    returnedRows: number;
  };
  big: { db: string | null; planId: number | null; unit: string; file: string; rows: number };
  history: { db: string | null; planId: number | null; records: number; tasks: number; firstTask: string };
}

/** Prepared files as the app receives them: the name the user knows and the bytes. */
export const readFiles = (paths: readonly string[]): FileInput[] => paths.map((p) => ({ name: path.basename(p), bytes: fs.readFileSync(p) }));

/** The database file of a prepared fixture, or PendingError naming the handler that is missing. */
export function requireDb(manifest: Manifest, part: 'ledger' | 'big' | 'history'): { db: string; planId: number } {
  const { db, planId } = manifest[part];
  if (!db || !planId) throw new PendingError(manifest.pending[part] ?? `fixture ${part}`);
  return { db, planId };
}

async function importPlan(backend: BenchBackend, plan: ParsedPlan): Promise<number> {
  const result = await backend.must('plans.import', { plan, dryRun: false });
  if (!result.planId) throw new Error('plans.import returned no plan id');
  return result.planId;
}

/** Opens a new database, imports the plan and its periods; records the handler that blocks it instead. */
async function preparePlanDb(
  manifest: Manifest,
  part: 'ledger' | 'big' | 'history',
  file: string,
  gen: GeneratedPlan,
  then: (backend: BenchBackend, planId: number) => Promise<void>,
): Promise<{ db: string | null; planId: number | null }> {
  const backend = await benchBackend(file);
  try {
    const planId = await importPlan(backend, gen.plan);
    await backend.must('periods.list', { planId }); // creates the plan's quarters, as opening the plan in the app does
    await then(backend, planId);
    return { db: file, planId };
  } catch (err) {
    if (!(err instanceof PendingError)) throw err;
    manifest.pending[part] = err.method;
    return { db: null, planId: null };
  } finally {
    backend.close();
  }
}

const tasksOfUnit = (plan: ParsedPlan, unit: string) =>
  plan.tasks.filter((t) => t.units.lead.includes(unit) || t.units.joint.includes(unit) || t.units.cooperating.includes(unit));

/** One batch of returned workbooks: mostly our template filled in, some re-typed, some legacy .xls. */
async function writeReturnedFiles(
  dir: string,
  rng: Rng,
  gen: GeneratedPlan,
  sizes: Sizes,
  templates: Map<string, { fileName: string; bytes: Uint8Array }> | null,
): Promise<{ files: ReturnedFile[]; rows: number }> {
  const label = parsePeriod(IMPORT_PERIOD)!.label;
  const units = gen.units.slice(0, sizes.returnedFiles);
  const order = rng.shuffle(units.map((_, i) => i));
  const tasksBySeq = new Map<string, ParsedTask>(gen.plan.tasks.map((t) => [t.seq, t]));
  const files: ReturnedFile[] = [];
  let rows = 0;
  for (const [rank, i] of order.entries()) {
    const unit = units[i]!;
    const tasks = tasksOfUnit(gen.plan, unit);
    const template = templates?.get(unit);
    const layout: ReturnedLayout =
      rank < sizes.xlsFiles ? 'xls' : rank < sizes.xlsFiles + sizes.retypedFiles || !template ? 'retyped' : 'template';
    const base = path.join(dir, safeFileName(`${unit}${label}工作要点落实情况`));
    let file: string;
    if (layout === 'xls') {
      file = `${base}.xls`;
      writeRetypedXls(file, rng, unit, label, tasks);
      rows += tasks.length;
    } else if (layout === 'retyped') {
      file = `${base}.xlsx`;
      await writeRetypedXlsx(file, rng, unit, label, tasks);
      rows += tasks.length;
    } else {
      file = path.join(dir, safeFileName(template!.fileName));
      const unitTasks = new Map([...tasksBySeq].filter(([, t]) => tasks.includes(t)));
      rows += await fillTemplate(template!.bytes, file, rng, label, unitTasks);
    }
    files.push({ path: file, unit, layout });
  }
  return { files, rows };
}

/** Our fill-in workbooks for the units, by unit name (matched by the unit's name in the file name). */
async function exportTemplates(backend: BenchBackend, planId: number, unitIds: number[], units: string[]) {
  const { files } = await backend.must('templates.export', { planId, period: IMPORT_PERIOD, unitIds, layout: 'perUnit' });
  const byUnit = new Map<string, { fileName: string; bytes: Uint8Array }>();
  // Longest names first, so 太原市知识产权局 is not taken for 太原市政府's file or the other way round.
  const names = [...units].sort((a, b) => b.length - a.length);
  for (const f of files) {
    const unit = names.find((u) => f.fileName.includes(u));
    if (unit && !byUnit.has(unit)) byUnit.set(unit, f);
  }
  return byUnit;
}

/** Progress history: every provincial unit of every task answers every period, except a few silent units. */
function seedHistory(backend: BenchBackend, planId: number, silentPerPeriod: number, seed: number): number {
  const rng = prng(seed);
  const db = backend.db;
  const pairs = db.all<{ task_id: number; unit_id: number }>(
    `SELECT tu.task_id, tu.unit_id FROM task_units tu JOIN tasks t ON t.id = tu.task_id
     WHERE t.plan_id = ? AND tu.role <> 'national' ORDER BY tu.task_id, tu.unit_id`,
    [planId],
  );
  const periods = db.all<{ id: number; code: string; end_date: string }>(
    'SELECT id, code, end_date FROM periods WHERE plan_id = ? ORDER BY start_date',
    [planId],
  );
  const unitIds = [...new Set(pairs.map((p) => p.unit_id))];
  const insert = db.raw.prepare(
    `INSERT INTO progress (task_id, unit_id, period_id, status, status_text, progress, problems, next_steps, remarks, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, '基准测试')`,
  );
  const previous = new Map<string, ReturnType<typeof progressText>>();
  let records = 0;
  db.transaction(() => {
    for (const period of periods) {
      const silent = new Set(rng.sample(unitIds, silentPerPeriod));
      const label = parsePeriod(period.code)!.label;
      for (const { task_id, unit_id } of pairs) {
        if (silent.has(unit_id)) continue;
        const key = `${task_id}:${unit_id}`;
        // About one answer in ten repeats last period's text word for word (未更新).
        const text = (rng.chance(0.1) && previous.get(key)) || progressText(rng, label);
        previous.set(key, text);
        insert.run(task_id, unit_id, period.id, text.status, text.statusWord, text.progress, text.problems, text.nextSteps, `${period.end_date}T10:00:00.000Z`);
        records++;
      }
    }
  });
  return records;
}

/** Runs one step of the preparation, logging its wall and CPU time (the preparation counts toward the run's budget). */
async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await fn();
  const used = process.cpuUsage(cpu);
  process.stderr.write(`[bench]   ${name}: ${((performance.now() - wall) / 1000).toFixed(1)} s (cpu ${((used.user + used.system) / 1e6).toFixed(1)} s)\n`);
  return result;
}

export async function buildFixtures(dir: string, sizes: Sizes, smoke: boolean): Promise<Manifest> {
  fs.mkdirSync(path.join(dir, 'returned'), { recursive: true });
  const ledgerGen = generatePlan(sizes.ledgerPlan);
  const bigGen = generatePlan(sizes.bigPlan);
  const historyGen = generatePlan(sizes.historyPlan);
  const manifest: Manifest = {
    dir,
    smoke,
    pending: {},
    ledger: {
      planText: path.join(dir, 'plan.txt'),
      tasks: ledgerGen.plan.tasks.length,
      units: ledgerGen.units.length,
      db: null,
      planId: null,
      unitIds: [],
      returned: [],
      returnedRows: 0,
    },
    big: { db: null, planId: null, unit: bigGen.units[0]!, file: path.join(dir, 'big-return.xlsx'), rows: bigGen.plan.tasks.length },
    history: { db: null, planId: null, records: 0, tasks: historyGen.plan.tasks.length, firstTask: historyGen.plan.tasks[0]!.content },
  };
  fs.writeFileSync(manifest.ledger.planText, ledgerGen.text);

  let templates: Map<string, { fileName: string; bytes: Uint8Array }> | null = null;
  const ledgerDb = () =>
    preparePlanDb(manifest, 'ledger', path.join(dir, 'ledger.db'), ledgerGen, async (backend, planId) => {
      const ids = new Map(backend.db.all<{ id: number; name: string }>('SELECT id, name FROM units').map((u) => [u.name, u.id]));
      manifest.ledger.unitIds = ledgerGen.units.map((u) => ids.get(u)!).filter(Boolean);
      const unitIds = manifest.ledger.unitIds.slice(0, sizes.returnedFiles);
      templates = await step('templates.export', () => exportTemplates(backend, planId, unitIds, ledgerGen.units));
    });
  Object.assign(manifest.ledger, await step(`ledger plan (${ledgerGen.plan.tasks.length} tasks)`, ledgerDb));
  const returned = await step(`${sizes.returnedFiles} returned workbooks`, () =>
    writeReturnedFiles(path.join(dir, 'returned'), prng(sizes.ledgerPlan.seed + 1), ledgerGen, sizes, templates),
  );
  manifest.ledger.returned = returned.files;
  manifest.ledger.returnedRows = returned.rows;

  Object.assign(
    manifest.big,
    await step(`big plan (${bigGen.plan.tasks.length} tasks)`, () =>
      preparePlanDb(manifest, 'big', path.join(dir, 'big.db'), bigGen, async () => {}),
    ),
  );
  await step(`${bigGen.plan.tasks.length}-row workbook`, () =>
    writeLargeReturn(manifest.big.file, prng(sizes.bigPlan.seed + 1), manifest.big.unit, parsePeriod(IMPORT_PERIOD)!.label, bigGen.plan.tasks),
  );

  Object.assign(
    manifest.history,
    await step(`history plan (${historyGen.plan.tasks.length} tasks)`, () =>
      preparePlanDb(manifest, 'history', path.join(dir, 'history.db'), historyGen, async (backend, planId) => {
        manifest.history.records = await step('progress history', async () =>
          seedHistory(backend, planId, sizes.silentUnitsPerPeriod, sizes.historyPlan.seed + 1),
        );
      }),
    ),
  );

  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}
