import path from 'node:path';
import { PERIOD_KIND_LABELS, ROLE_LABELS, ROLES, isPeriodKind, type PlanDetail, type PlanSummary } from '../../shared/types';
import { numberedTask, qualifiedNumerals, removedTaskLine, sectionLabel } from '../../shared/sections';
import { planReportDueWording } from '../../shared/periods';
import { AppError } from '../../shared/result';
import { listCommand, readInputFile, requireId, writeOutputFile, type CliCommand, type CliEnv } from '../command';
import { namesNoUnit } from '../../core/plan/assemble';
import { unrelatedReplaceMessage } from '../../core/plan/store';

const UNRELATED_HINT = '确需如此，请加 --allow-unrelated（可先加 --dry-run 查看将删除的任务）。';

/** The ledger's format, by the output file's extension (.xlsx when no file is named). */
function ledgerFormat(out: string | undefined): 'xlsx' | 'docx' {
  const ext = out ? path.extname(out).slice(1).toLowerCase() : 'xlsx';
  if (ext === 'xlsx' || ext === 'docx') return ext;
  throw new AppError('INVALID_INPUT', `无法识别输出文件类型“${path.basename(out!)}”：请使用 .xlsx（任务分工台账）或 .docx（任务分工表）`);
}

/**
 * The plan as the `plan show --json` contract names it: sections by numeral, tasks with their section's
 * numeral. A sub-section's numeral carries its part's ("一（一）"), so that each names one section.
 */
function showJson(plan: PlanDetail) {
  const numerals = qualifiedNumerals(plan.sections);
  const numeral = new Map(plan.sections.map((s, i) => [s.id, numerals[i]!]));
  return {
    id: plan.id,
    title: plan.title,
    description: plan.description,
    startYear: plan.startYear,
    endYear: plan.endYear,
    isCurrent: plan.isCurrent,
    sections: plan.sections.map((s, i) => ({ numeral: numerals[i]!, title: s.title })),
    tasks: plan.tasks.map((t) => ({
      id: t.id,
      seq: t.seq,
      section: t.sectionId === null ? null : (numeral.get(t.sectionId) ?? null),
      content: t.content,
      units: t.units,
      deadline: t.deadline,
      deadlineText: t.deadlineText,
      continuous: t.continuous,
      warnings: t.warnings,
    })),
  };
}

function showText(plan: PlanDetail): string {
  const lines = [`《${plan.title}》（编号 ${plan.id}，${plan.tasks.length} 项任务）`];
  const write = (sectionId: number | null) => {
    for (const t of plan.tasks.filter((task) => task.sectionId === sectionId)) {
      lines.push(`  ${numberedTask(t.seq, t.content)}`);
      for (const role of ROLES) if (t.units[role].length) lines.push(`     ${ROLE_LABELS[role]}：${t.units[role].join('、')}`);
      lines.push(`     完成时限：${t.deadlineText || '（未写明）'}${t.deadline ? `（${t.deadline}）` : ''}`);
      for (const w of t.warnings) lines.push(`     ⚠ ${w}`);
    }
  };
  write(null);
  for (const s of plan.sections) {
    lines.push(sectionLabel(s));
    write(s.id);
  }
  return lines.join('\n');
}

async function planSummary(env: CliEnv, planId: number): Promise<PlanSummary | null> {
  return (await env.call('plans.list', {})).find((p) => p.id === planId) ?? null;
}

/** A new plan of a title a stored plan has: most often a revision of it, which --replace would have updated. */
function sameTitleWarning(existing: PlanSummary, newPlanId: number | null, dryRun: boolean): string {
  const named = `已有同名计划 ${existing.id}《${existing.title}》（${existing.taskCount} 项任务）`;
  return dryRun || newPlanId === null
    ? `${named}。这份文件如是它的修订版，请加 --replace ${existing.id} 更新它（已填报的进展保留）；不加 --replace 将另存为一份新计划。`
    : `${named}，这份文件已另存为新计划 ${newPlanId}。如它是计划 ${existing.id} 的修订版，请在程序中删除计划 ${newPlanId}，再加 --replace ${existing.id} 导入以更新计划 ${existing.id}（已填报的进展保留）。`;
}

export const planCommands: CliCommand[] = [
  {
    name: 'plan import',
    summary:
      '导入工作要点（.txt/.docx/.xlsx/.xls/.ods）；--replace 更新已有计划，--dry-run 只预览；' +
      '--allow-duplicate 把已导入过的文件再导入为一份新计划，--allow-unrelated 确认用内容不相干的计划更新（删除进展记录）',
    usage: 'plan import FILE [--title T] [--replace PLAN_ID] [--dry-run] [--allow-duplicate] [--allow-unrelated] [--json]',
    positionals: 1,
    options: { valued: ['title', 'replace'], flags: ['dry-run', 'allow-duplicate', 'allow-unrelated'] },
    async run({ positional, value, has }, env) {
      if (!positional[0]) throw new AppError('INVALID_INPUT', '请给出要导入的文件');
      const file = readInputFile(positional[0]);
      const title = value('title');
      const { plan, sourceName, sameFilePlan, similarPlanId } = await env.call('plans.parse', {
        source: { kind: 'file', file, ...(title !== undefined ? { title } : {}) },
      });
      // The app shows this as a warning in the preview, where units can be filled in; here nothing could be.
      if (namesNoUnit(plan.tasks)) {
        throw new AppError(
          'BAD_FILE',
          `文件“${file.name}”看来不是工作要点：${plan.tasks.length} 项编号内容都没有写明责任单位（末尾括号中的牵头单位等），未导入。` +
            '确是工作要点的，请在每项任务末尾写明分工后再导入，或在程序中导入、在预览里补上单位后保存。',
        );
      }
      const replace = value('replace');
      const replacePlanId = replace !== undefined ? requireId(replace, '要更新的计划编号') : undefined;
      const dryRun = has('dry-run');
      if (replacePlanId === undefined && sameFilePlan && !has('allow-duplicate')) {
        throw new AppError(
          'CONFLICT',
          `文件“${file.name}”已导入为计划 ${sameFilePlan.planId}《${sameFilePlan.title}》，未重复导入。` +
            `要用它更新该计划，请加 --replace ${sameFilePlan.planId}；确要另存为一份新计划，请加 --allow-duplicate。`,
        );
      }
      const input = { plan, original: file, replacePlanId, allowDuplicate: has('allow-duplicate'), allowUnrelated: has('allow-unrelated') };
      // An update by an unrelated plan is said in the terminal's words (with the option that confirms it).
      if (replacePlanId !== undefined && !dryRun && !input.allowUnrelated) {
        const { unrelated } = await env.call('plans.import', { ...input, dryRun: true });
        if (unrelated) throw new AppError('CONFLICT', `${unrelatedReplaceMessage(replacePlanId, unrelated)}未更新。${UNRELATED_HINT}`);
      }
      // The app offers to update a plan of the same title (see SimilarPlanChoice); here a new plan is made, and said so.
      const sameTitle = replacePlanId === undefined && !sameFilePlan && similarPlanId !== null ? await planSummary(env, similarPlanId) : null;
      const imported = await env.call('plans.import', { ...input, dryRun });
      const result = sameTitle ? { ...imported, warnings: [{ seq: '', message: sameTitleWarning(sameTitle, imported.planId, dryRun) }, ...imported.warnings] } : imported;
      env.print({ ...result, sameTitle: sameTitle && { planId: sameTitle.id, title: sameTitle.title }, title: plan.title, sections: plan.sections.length, tasks: plan.tasks.length, sourceName }, () =>
        [
          `${dryRun ? '预览（未保存）' : result.created ? `已导入计划 ${result.planId}` : `已更新计划 ${result.planId}`}：《${plan.title}》`,
          `${plan.sections.length} 个部分，${plan.tasks.length} 项任务；新增 ${result.tasksAdded}，修改 ${result.tasksUpdated}，未变 ${result.tasksUnchanged}，删除 ${result.tasksRemoved}`,
          ...result.removedTasks.map((t) => `  ${dryRun ? '将删除' : '已删除'}：${removedTaskLine(t)}`),
          ...(dryRun && result.unrelated && !input.allowUnrelated
            ? [`  ⚠ ${unrelatedReplaceMessage(result.planId!, result.unrelated)}不加 --allow-unrelated 时不会更新。`]
            : []),
          ...result.warnings.map((w) => `  ⚠ ${w.seq ? `任务 ${w.seq}：` : ''}${w.message}`),
        ].join('\n'),
      );
      return 0;
    },
  },
  {
    name: 'plan sample',
    summary: '载入内置示例计划',
    usage: 'plan sample [--json]',
    async run(_args, env) {
      const result = await env.call('plans.importSample', {});
      env.print(result, () => `示例计划编号 ${result.planId}${result.created ? '（新载入）' : '（已存在）'}`);
      return 0;
    },
  },
  listCommand({
    name: 'plan list',
    summary: '列出所有计划',
    usage: 'plan list [--json]',
    method: 'plans.list',
    input: () => ({}),
    items: (plans) => plans,
    line: (p) => `${p.isCurrent ? '*' : ' '} ${p.id}\t${p.title}\t${p.taskCount} 项任务`,
    empty: '还没有计划。用 plan import FILE 导入，或 plan sample 载入示例。',
  }),
  {
    name: 'plan show',
    summary: '显示计划的任务分工台账',
    usage: 'plan show PLAN_ID [--json]',
    positionals: 1,
    async run({ positional }, env) {
      const plan = await env.call('plans.get', { planId: requireId(positional[0], '计划编号') });
      env.print(showJson(plan), () => showText(plan));
      return 0;
    },
  },
  {
    name: 'plan set',
    summary: '修改计划名称、报送周期（quarter 按季度、month 按月、half 按半年）、报送时限与联系人，或设为默认计划',
    usage: 'plan set PLAN_ID [--title T] [--cycle quarter|month|half] [--due-days N|none] [--due-day D|none] [--contact TEXT] [--current] [--json]',
    positionals: 1,
    options: { valued: ['title', 'cycle', 'due-days', 'due-day', 'contact'], flags: ['current'] },
    async run({ positional, value, has }, env) {
      const planId = requireId(positional[0], '计划编号');
      const cycle = value('cycle');
      if (cycle !== undefined && !isPeriodKind(cycle)) {
        throw new AppError('INVALID_INPUT', `报送周期“${cycle}”不正确：应为 quarter（按季度）、month（按月）或 half（按半年）`);
      }
      const title = value('title');
      const dueDays = value('due-days');
      const dueDay = value('due-day');
      const contact = value('contact');
      if ([title, cycle, dueDays, dueDay, contact].every((v) => v === undefined) && !has('current')) {
        throw new AppError('INVALID_INPUT', '请给出要修改的设置：--title、--cycle、--due-days、--due-day、--contact 或 --current');
      }
      if (dueDays !== undefined && dueDay !== undefined) {
        throw new AppError('INVALID_INPUT', '--due-days 与 --due-day 只能给出一个：报送时限是每期结束前后若干天，或每期最后一个月的某日');
      }
      const plan = await env.call('plans.update', {
        planId,
        ...(title !== undefined ? { title } : {}),
        ...(cycle !== undefined ? { periodKind: cycle } : {}),
        ...(dueDays !== undefined ? dueTiming({ reportDueDays: parseDueDays(dueDays) }) : {}),
        ...(dueDay !== undefined ? dueTiming({ reportDueDay: parseDueDay(dueDay) }) : {}),
        ...(contact !== undefined ? { reportContact: contact } : {}),
        ...(has('current') ? { isCurrent: true as const } : {}),
      });
      env.print(plan, () => {
        const due = plan.reportDueDays === null && plan.reportDueDay === null ? '' : `，报送时限${planReportDueWording(plan)}`;
        const to = plan.reportContact ? `，联系人：${plan.reportContact}` : '';
        return `已保存：《${plan.title}》（编号 ${plan.id}），${PERIOD_KIND_LABELS[plan.periodKind]}报送${due}${to}${plan.isCurrent ? '，默认计划' : ''}`;
      });
      return 0;
    },
  },
  {
    name: 'plan export',
    summary: '导出任务分工台账 .xlsx，或任务分工表 .docx',
    usage: 'plan export PLAN_ID --out FILE.xlsx|FILE.docx [--json]',
    positionals: 1,
    options: { valued: ['out'] },
    async run({ positional, value }, env) {
      const planId = requireId(positional[0], '计划编号');
      const format = ledgerFormat(value('out'));
      const file = await env.call('plans.exportLedger', { planId, format });
      const target = writeOutputFile(value('out') ?? file.fileName, file);
      env.print({ file: target, bytes: file.bytes.length }, () => `已导出：${target}`);
      return 0;
    },
  },
];

/** `--due-days 10` (after each period's end), `-5` (before it), `none` (no due date). */
/** What a --due-days or --due-day option sets: none clears the plan's report timing either way. */
const dueTiming = (set: { reportDueDays?: number | null; reportDueDay?: number | null }) =>
  Object.values(set).every((v) => v === null) ? { reportDueDays: null, reportDueDay: null } : set;

function parseDueDay(text: string): number | null {
  if (text === 'none') return null;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 31) {
    throw new AppError('INVALID_INPUT', `报送时限“${text}”不正确：--due-day 应为每期最后一个月的日子（1 到 31 之间的整数，如 25 即“每月25日前”），或 none（不设）`);
  }
  return n;
}

function parseDueDays(text: string): number | null {
  if (text === 'none') return null;
  const n = Number(text);
  if (!/^[+-]?\d+$/.test(text) || Math.abs(n) > 60) {
    throw new AppError('INVALID_INPUT', `报送时限“${text}”不正确：应为每期结束后的天数（-60 到 60 之间的整数，负数为结束前），或 none（不设）`);
  }
  return n;
}
