// The databases the safety runs start from, made through the real handlers: the sample plan (for
// the corpus), and a plan of 2,000 tasks led by one unit with its returned sheet (for the kill test).
import fs from 'node:fs';
import path from 'node:path';
import { openBackend, type Backend } from '../../electron/core/backend';
import type { Input, MethodName, Output } from '../../electron/shared/contract';
import type { ParsedPlan } from '../../electron/shared/types';
import { editTemplate } from '../fixtures/bad/runtimeCorpus';

export const PERIOD = '2023Q2';
export const NEXT_PERIOD = '2023Q3';

export async function callOn<K extends MethodName>(b: Backend, name: K, input: Input<K>): Promise<Output<K>> {
  const env = await b.registry.invoke(name, input, b.ctx);
  if (!env.ok) throw new Error(`${name}: ${env.error.code} ${env.error.message}`);
  return env.value as Output<K>;
}

export interface CorpusBase {
  dbPath: string;
  planId: number;
  unitId: number;
  /** The fill-in template of that unit for PERIOD. */
  template: Uint8Array;
}

export async function buildCorpusBase(dir: string): Promise<CorpusBase> {
  const dbPath = path.join(dir, 'corpus-base.db');
  const b = await openBackend({ dbPath, transport: 'cli', backupDir: null });
  try {
    const { planId } = await callOn(b, 'plans.importSample', {});
    const units = await callOn(b, 'units.list', { planId: planId! });
    const busiest = [...units].sort((x, y) => total(y.taskCounts) - total(x.taskCounts))[0]!;
    const { files } = await callOn(b, 'templates.export', { planId: planId!, period: PERIOD, unitIds: [busiest.id], layout: 'perUnit' });
    return { dbPath, planId: planId!, unitId: busiest.id, template: files[0]!.bytes };
  } finally {
    b.close();
  }
}

const total = (counts: Record<string, number>) => (counts.lead ?? 0) + (counts.joint ?? 0) + (counts.cooperating ?? 0);

export const CRASH_TASKS = 2_000;
const CRASH_UNIT = '省知识产权局';

function bigPlan(): ParsedPlan {
  const topics = ['专利转化运用', '商标品牌建设', '地理标志保护', '知识产权保护', '公共服务体系', '人才培养', '数据要素', '海外维权'];
  return {
    title: '2023年知识产权强省建设工作要点（压力测试）',
    description: '',
    startYear: 2023,
    endYear: 2023,
    sections: [{ numeral: '一', title: '重点任务' }],
    tasks: Array.from({ length: CRASH_TASKS }, (_, i) => ({
      seq: String(i + 1),
      sectionIndex: 0,
      content: `第${i + 1}项：围绕${topics[i % topics.length]}，开展第${Math.floor(i / topics.length) + 1}批专项工作（编号${(i * 7919) % 100_000}），形成可复制经验。`,
      responsibilityText: `${CRASH_UNIT}牵头`,
      units: { lead: [CRASH_UNIT], joint: [], cooperating: [], national: [] },
      deadline: '2023-12-31',
      deadlineText: '2023年12月底前',
      continuous: false,
      warnings: [],
    })),
    warnings: [],
  };
}

export interface CrashBase {
  dbPath: string;
  /** The unit's returned sheet, every row filled in. */
  returnFile: string;
}

export async function buildCrashBase(dir: string): Promise<CrashBase> {
  const dbPath = path.join(dir, 'crash-base.db');
  const b = await openBackend({ dbPath, transport: 'cli', backupDir: null });
  try {
    const { planId } = await callOn(b, 'plans.import', { plan: bigPlan(), dryRun: false });
    const unit = (await callOn(b, 'units.list', { planId: planId! })).find((u) => u.name === CRASH_UNIT)!;
    const { files } = await callOn(b, 'templates.export', { planId: planId!, period: PERIOD, unitIds: [unit.id], layout: 'perUnit' });
    const filled = await editTemplate(files[0]!.bytes, (row, col) => {
      row.getCell(col.进展情况).value = `已按计划推进第${row.getCell(1).value}项工作，完成阶段目标，召开推进会并形成工作台账。`;
      row.getCell(col.完成状态).value = '正常推进';
    });
    const returnFile = path.join(dir, `${PERIOD}-${CRASH_UNIT}-推进情况.xlsx`);
    fs.writeFileSync(returnFile, filled);
    return { dbPath, returnFile };
  } finally {
    b.close();
  }
}
