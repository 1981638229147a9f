// Progress collection from a terminal: export fill-in templates, import returned forms, show records,
// list and undo imports, periods and their locks, the submission ledger.
import path from 'node:path';
import type { ImportedFile, TableInFile } from '../../shared/api/progress';
import type { FileInput, Input } from '../../shared/contract';
import { isoDateInWords, localMinute } from '../../shared/format';
import { AppError } from '../../shared/result';
import { reportDayBasisLabel, submissionStateLabel } from '../../shared/submissionState';
import { periodLabel } from '../../shared/periods';
import { sha256Of } from '../../core/files/sha256';
import { STATUS_LABELS } from '../../shared/types';
import { listCommand, makeOutputFolder, readInputFile, readJsonOption, requireId, requirePeriod, writeOutputFile, type CliCommand } from '../command';

const LAYOUTS = ['perUnit', 'zip', 'workbook'] as const;
type Layout = (typeof LAYOUTS)[number];

type Decisions = NonNullable<Input<'progress.import'>['decisions']>;

/**
 * --all-tables: every file's other filled tables are imported too; --joint: a joint return is recorded
 * for every unit it names. Both besides what --decisions says.
 */
function withEveryFile(decisions: Decisions | undefined, files: readonly FileInput[], choice: { allTables?: true; jointUnits?: true }): Decisions | undefined {
  if (!choice.allTables && !choice.jointUnits) return decisions;
  const all = { ...decisions };
  for (const f of files) {
    const sha = sha256Of(f.bytes);
    all[sha] = { ...all[sha], ...choice };
  }
  return all;
}

/**
 * `expanded`: the file gave several entries (allTables), so each names its table; `jointRecorded`: a
 * joint return is recorded for each unit it names (its entries follow).
 */
function fileText(f: ImportedFile, { expanded, jointRecorded }: { expanded: boolean; jointRecorded: boolean }): string {
  const status = f.skipped ? '跳过（不写入）' : { imported: '已导入', 'dry-run': '预览（未写入）', rejected: '未导入' }[f.status];
  const name = expanded && f.sheet ? `${f.file}（${f.sheet}）` : f.file;
  const unconfirmed = f.rows.filter((r) => r.lowConfidence);
  const held = unconfirmed.length ? `（其中 ${unconfirmed.length} 行待确认${f.status === 'imported' ? '，未导入' : ''}）` : '';
  const lines = [`${name}：${status}${f.unit ? `，${f.unit}` : ''}${f.period ? ` ${f.period}` : ''}，${f.rows.length} 行${held}`];
  for (const r of f.rows) {
    const mark = r.lowConfidence ? '？' : r.diff === 'unchanged' ? '＝' : r.diff === 'new' ? '＋' : '＊';
    lines.push(`  ${mark} 序号${r.seq}（第${r.row}行，${r.match ?? '未匹配'}）${r.statusText || '—'}：${r.progress.replace(/\n/g, ' ').slice(0, 40)}`);
    // What the preview shows on the row (请核对 notes), so the terminal hides none of it.
    for (const w of r.warnings) lines.push(`      · ${w}`);
  }
  for (const u of f.unmatched) lines.push(`  ！ 第${u.row}行未匹配到任务：${(u.content || u.progress).slice(0, 40)}`);
  for (const e of f.errors) lines.push(`  错误：${e}`);
  for (const w of f.warnings) lines.push(`  提示：${w}`);
  if (unconfirmed.length) {
    const rows = unconfirmed.map((r) => `"${r.row}":${r.taskId}`).join(',');
    lines.push(`  提示：在命令行确认待确认的行，用 --decisions 给出一个 JSON 文件，写明各行的任务编号（null 为不导入该行），例如 {"${f.decisionKey}":{"rows":{${rows}}}}`);
  }
  if (f.jointUnits && !f.jointOf && !jointRecorded) lines.push(`  提示：在命令行同时记为${f.jointUnits.join('、')}的报送，加 --joint`);
  // Another period's sheet is taken by choosing its period (the warnings say so), not by --all-tables.
  const other = f.otherTables.find((t) => !t.byPeriod);
  if (other) {
    // The warnings above say how to choose a table in the app's preview; this is the terminal's way.
    lines.push(
      `  提示：在命令行导入其他表，加 --all-tables 一并导入全部表；或用 --decisions 给出一个 JSON 文件，写明导入哪一张，例如 {"${f.sha256}":{"sheet":"${other.sheet}"}}`,
    );
  }
  return lines.join('\n');
}

/** “（另有 2 表未导入：省人社厅 2 行、省法院 1 行）”, or nothing when every filled table was imported. */
function tablesLeftNote(tables: readonly TableInFile[]): string {
  return tables.length ? `（另有 ${tables.length} 表未导入：${tables.map((t) => `${t.sheet} ${t.rows} 行`).join('、')}）` : '';
}

export const progressCommands: CliCommand[] = [
  {
    name: 'template export',
    summary: '导出各单位的推进情况填报表',
    usage: 'template export PLAN_ID --period 2023Q3 --out DIR [--unit 单位] [--layout perUnit|zip|workbook] [--previous]',
    positionals: 1,
    options: { valued: ['period', 'out', 'layout', 'unit'], flags: ['previous'] },
    async run({ positional, value, has }, env) {
      const out = value('out');
      if (!out) throw new AppError('INVALID_INPUT', '请用 --out 给出保存填报表的文件夹');
      const layout = (value('layout') ?? 'perUnit') as Layout;
      if (!LAYOUTS.includes(layout)) throw new AppError('INVALID_INPUT', `--layout 应为 ${LAYOUTS.join('、')} 之一`);
      const unitName = value('unit');
      const unit = unitName === undefined ? null : await env.call('units.resolve', { name: unitName });
      if (unitName !== undefined && !unit) throw new AppError('NOT_FOUND', `找不到单位“${unitName}”（名称或别名）`);
      const { files } = await env.call('templates.export', {
        planId: requireId(positional[0], '计划编号'),
        period: requirePeriod(value('period')),
        ...(unit ? { unitIds: [unit.id] } : {}),
        layout,
        includePrevious: has('previous'),
      });
      makeOutputFolder(out);
      const written = files.map((f) => ({ fileName: f.fileName, path: writeOutputFile(path.join(out, f.fileName), f) }));
      env.print({ files: written }, () => [`已导出 ${written.length} 个文件到 ${path.resolve(out)}：`, ...written.map((w) => `  ${w.fileName}`)].join('\n'));
      return 0;
    },
  },
  {
    name: 'progress import',
    summary: '导入各单位报回的推进情况表：.xlsx、.xls、.ods、.csv，或表格在 Word 里的 .docx（--dry-run 只预览）',
    usage: 'progress import PLAN_ID FILE... [--period 2023Q3] [--unit 单位] [--received 2023-10-08] [--dry-run] [--all-tables] [--joint] [--decisions FILE.json]',
    positionals: 'many',
    options: { valued: ['period', 'unit', 'decisions', 'received'], flags: ['dry-run', 'all-tables', 'joint'] },
    async run({ positional, value, has }, env) {
      const [plan, ...names] = positional;
      if (!names.length) throw new AppError('INVALID_INPUT', '请给出要导入的文件');
      const decisionsFile = value('decisions');
      const files = names.map(readInputFile);
      const given = decisionsFile ? (readJsonOption(decisionsFile, '--decisions') as Decisions) : undefined;
      const result = await env.call('progress.import', {
        planId: requireId(plan, '计划编号'),
        files,
        period: value('period'),
        unit: value('unit'),
        dryRun: has('dry-run'),
        decisions: withEveryFile(given, files, { ...(has('all-tables') ? { allTables: true } : {}), ...(has('joint') ? { jointUnits: true } : {}) }),
        receivedOn: value('received'),
      });
      const entries = new Map<string, number>();
      // A joint return's entry for another unit names that unit, not a table.
      for (const f of result.files) if (!f.jointOf) entries.set(f.sha256, (entries.get(f.sha256) ?? 0) + 1);
      const jointRecorded = (f: ImportedFile) => result.files.some((o) => o.jointOf === f.unit && o.sha256 === f.sha256);
      const text = (f: ImportedFile) => fileText(f, { expanded: !f.jointOf && entries.get(f.sha256)! > 1, jointRecorded: jointRecorded(f) });
      env.print(result, () => result.files.map(text).join('\n\n'));
      return result.files.some((f) => f.status === 'rejected') ? 1 : 0;
    },
  },
  listCommand({
    name: 'progress show',
    summary: '显示某期各单位的推进情况',
    usage: 'progress show PLAN_ID --period 2023Q3 [--json]',
    positionals: 1,
    method: 'progress.list',
    options: { valued: ['period'] },
    input: ({ positional, value }) => ({ planId: requireId(positional[0], '计划编号'), period: requirePeriod(value('period')) }),
    items: (result) => result.records,
    line: (r) =>
      `序号${r.seq} ${r.unit}：${r.status ? STATUS_LABELS[r.status] : r.statusText || '—'}${r.stale ? '（未更新）' : ''}\n  ${r.progress.replace(/\n/g, '\n  ')}`,
    empty: '该期还没有推进情况',
  }),
  listCommand({
    name: 'imports list',
    summary: '导入记录',
    usage: 'imports list [--plan PLAN_ID] [--json]',
    method: 'imports.list',
    options: { valued: ['plan'] },
    input: ({ value }) => {
      const plan = value('plan');
      return { planId: plan ? requireId(plan, '计划编号') : undefined };
    },
    items: (imports) => imports,
    json: (imports) => ({ imports }),
    line: (i) =>
      `#${i.id} ${localMinute(i.importedAt)} ${i.fileName} ${i.unit ?? ''} ${i.period ?? ''} ${i.rows} 项` +
      (i.receivedOn ? `（${isoDateInWords(i.receivedOn)}收到）` : '') +
      (i.outcome === 'undone' ? '（已撤销）' : tablesLeftNote(i.tablesNotImported)),
    empty: '还没有导入记录',
  }),
  {
    name: 'imports undo',
    summary: '撤销一次导入，恢复它改动的记录',
    usage: 'imports undo IMPORT_ID [--json]',
    positionals: 1,
    async run({ positional }, env) {
      const summary = await env.call('imports.undo', { importId: requireId(positional[0], '导入记录编号') });
      env.print(summary, () => `已撤销导入 #${summary.id}（${summary.fileName}）：它改动的 ${summary.rows} 项记录已回到导入前（新增的删除，改写的恢复原样）`);
      return 0;
    },
  },
  {
    name: 'imports received',
    summary: '写明一次导入的文件是哪天收到的（判断是否逾期报送以此为准；none 为不写明）',
    usage: 'imports received IMPORT_ID 2023-10-08|none [--json]',
    positionals: 2,
    async run({ positional }, env) {
      const day = positional[1];
      if (!day) throw new AppError('INVALID_INPUT', '请给出收到日期（如 2023-10-08），或 none（不写明）');
      const summary = await env.call('imports.setReceivedOn', { importId: requireId(positional[0], '导入记录编号'), receivedOn: day === 'none' ? null : day });
      env.print(summary, () =>
        summary.receivedOn
          ? `导入记录 #${summary.id}（${summary.fileName}）的收到日期：${isoDateInWords(summary.receivedOn)}`
          : `导入记录 #${summary.id}（${summary.fileName}）不再写明收到日期，按${summary.filledOn ? `填报日期（${isoDateInWords(summary.filledOn)}）` : '导入日期'}判断是否逾期`,
      );
      return 0;
    },
  },
  listCommand({
    name: 'periods',
    summary: '工作要点的报送期次',
    usage: 'periods PLAN_ID [--json]',
    positionals: 1,
    method: 'periods.list',
    input: ({ positional }) => ({ planId: requireId(positional[0], '计划编号') }),
    items: (periods) => periods,
    json: (periods) => ({ periods }),
    line: (p) => `${p.code}  ${p.label}  ${p.startDate}—${p.endDate}${p.locked ? '  已锁定' : ''}`,
  }),
  ...(['lock', 'unlock'] as const).map(
    (verb): CliCommand => ({
      name: `period ${verb}`,
      summary: verb === 'lock' ? '锁定期次（不再接受导入和修改）' : '解除期次锁定',
      usage: `period ${verb} PLAN_ID PERIOD [--json]`,
      positionals: 2,
      async run({ positional }, env) {
        const period = await env.call('periods.setLocked', { planId: requireId(positional[0], '计划编号'), period: requirePeriod(positional[1], { positional: true }), locked: verb === 'lock' });
        env.print(period, () => `${period.label}${period.locked ? '已锁定' : '已解除锁定'}`);
        return 0;
      },
    }),
  ),
  {
    name: 'matrix',
    summary: '导出各期推进情况一览表 .xlsx（每项任务在各期的状态）',
    usage: 'matrix PLAN_ID [--out FILE.xlsx] [--json]',
    positionals: 1,
    options: { valued: ['out'] },
    async run({ positional, value }, env) {
      const out = value('out');
      // Checked before the work: xlsx bytes under a .csv name open as garbage, or not at all.
      if (out !== undefined && path.extname(out).toLowerCase() !== '.xlsx') {
        throw new AppError('INVALID_INPUT', `输出文件“${path.basename(out)}”的扩展名不符：各期推进情况一览表是 .xlsx 文件，请用以 .xlsx 结尾的文件名`);
      }
      const file = await env.call('progress.exportMatrix', { planId: requireId(positional[0], '计划编号') });
      const target = writeOutputFile(out ?? file.fileName, file);
      env.print({ file: target, bytes: file.bytes.length }, () => `已导出：${target}`);
      return 0;
    },
  },
  {
    name: 'submissions',
    summary: '各单位报送情况与催报通知',
    usage: 'submissions PLAN_ID --period 2023Q3 [--remind | --withdraw-reminder 2023-10-08] [--json]',
    positionals: 1,
    options: { valued: ['period', 'withdraw-reminder'], flags: ['remind'] },
    async run({ positional, value, has }, env) {
      const input = { planId: requireId(positional[0], '计划编号'), period: requirePeriod(value('period')) };
      const withdrawn = value('withdraw-reminder');
      if (withdrawn !== undefined && has('remind')) throw new AppError('INVALID_INPUT', '--remind 与 --withdraw-reminder 不能同时使用');
      // --remind: today's 催报 went out to the units still missing or partial; recorded first, then shown.
      // --withdraw-reminder: the 催报 recorded on that day is withdrawn first.
      const ledger = await (withdrawn !== undefined
        ? env.call('submissions.withdrawReminders', { ...input, remindedOn: withdrawn })
        : env.call(has('remind') ? 'submissions.remind' : 'submissions.get', input));
      env.print(ledger, () =>
        [
          ...(ledger.dueDate ? [`报送时限：${isoDateInWords(ledger.dueDate)}`] : []),
          ...ledger.units.map(
            (u) =>
              `${u.unit}：${submissionStateLabel(u)} ${u.coveredTasks}/${u.expectedTasks}${u.missingSeqs.length ? `，缺序号${u.missingSeqs.join('、')}` : ''}${u.staleTasks ? `，${u.staleTasks}项未更新` : ''}` +
              (ledger.dueDate && u.reportedOnBasis ? `，${isoDateInWords(u.reportedOn!)}报送（按${reportDayBasisLabel(u.reportedOnBasis)}）` : '') +
              (u.remindedOn.length ? `，已催报${u.remindedOn.length}次（最近${isoDateInWords(u.remindedOn.at(-1)!)}）` : '') +
              u.filedElsewhere.map((f) => `，${f.fileName}按${periodLabel(f.period)}导入`).join(''),
          ),
          ...(ledger.collectiveNames.length ? [`（统称，不单独报送、不催报：${ledger.collectiveNames.join('、')}）`] : []),
          '',
          ledger.reminderText,
        ].join('\n'),
      );
      return 0;
    },
  },
];
