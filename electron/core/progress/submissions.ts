// 报送情况: for a period, which units reported on all, some or none of their open tasks (a task
// completed before and reported on by nobody now is closed, see ./completedEarlier.ts), which reports
// merely repeat last period's text (未更新), and a ready-to-send 催报 notice. A collective name
// (各有关市县政府) is no unit that can report or be chased, as in the summary and the 通报: it is
// named apart, not counted.
import type { Ctx } from '../context';
import { firstReports, listImportsChosenFor, listPeriodImports, type ReportDay } from '../../db/repos/imports';
import { deleteReminders, insertReminders, remindedDays } from '../../db/repos/reminders';
import { getPeriod, previousPeriod } from '../../db/repos/periods';
import { getPlan } from '../../db/repos/plans';
import { listRecordsOfPeriod, type RecordRow } from '../../db/repos/progress';
import type { SubmissionLedger, SubmissionUnit } from '../../shared/api/progress';
import { chineseDate, isoDateInWords, localDate, quotedTitle } from '../../shared/format';
import { parsePeriod, periodLabel, planReportDueDate } from '../../shared/periods';
import { AppError } from '../../shared/result';
import { closedBefore } from './completedEarlier';
import { ensurePeriod } from './planPeriods';
import { loadLedger } from './ledger';
import { isStale } from './records';
import { isCollectiveUnit } from '../units/names';

const CN_ORDINALS = ['一', '二', '三', '四'];

const reported = (r: RecordRow) => r.status !== null || !!(r.statusText || r.progress || r.problems || r.nextSteps || r.remarks);

export function submissionLedger(ctx: Ctx, planId: number, code: string): SubmissionLedger {
  const ledger = loadLedger(ctx.db, planId);
  const plan = getPlan(ctx.db, planId)!;
  const dueDate = planReportDueDate(code, plan);
  const today = localDate(ctx.now());
  const period = getPeriod(ctx.db, planId, code);
  const prev = period ? previousPeriod(ctx.db, period) : undefined;
  const key = (r: { taskId: number; unitId: number }) => `${r.taskId}:${r.unitId}`;
  const records = new Map((period ? listRecordsOfPeriod(ctx.db, period.id) : []).filter(reported).map((r) => [key(r), r]));
  const previous = new Map((prev ? listRecordsOfPeriod(ctx.db, prev.id) : []).map((r) => [key(r), r.progress]));
  const files = period ? listPeriodImports(ctx.db, period.id) : [];
  const filedElsewhere = listImportsChosenFor(ctx.db, planId, code);
  const firstReported = period ? firstReports(ctx.db, period) : new Map<number, ReportDay>();
  const reminded = period ? remindedDays(ctx.db, period.id) : new Map<number, string[]>();

  // Tasks completed before and reported on by nobody now are closed (销号): no unit is chased for them,
  // also in a period nothing was stored for yet.
  const closed = closedBefore(ctx.db, ledger, period ?? { id: null, startDate: parsePeriod(code)!.startDate });

  const all = [...ledger.units.values()];
  const withOpenTasks = all
    .filter((u) => !isCollectiveUnit(u.unit))
    .map((u) => ({ u, tasks: u.tasks.filter(({ task }) => !closed.has(task.id)) }))
    .filter(({ tasks }) => tasks.length);
  const units: SubmissionUnit[] = withOpenTasks.map(({ u, tasks }) => {
    let covered = 0;
    let staleTasks = 0;
    const missingSeqs: string[] = [];
    for (const { task } of tasks) {
      const record = records.get(`${task.id}:${u.unitId}`);
      if (!record) {
        missingSeqs.push(task.seq);
        continue;
      }
      covered++;
      if (isStale(record.progress, previous.get(`${task.id}:${u.unitId}`) ?? null)) staleTasks++;
    }
    const unitFiles = files.filter((f) => f.unitId === u.unitId);
    // A unit whose records were all cleared again has a file or entry but no report: it has no day.
    const reportDay = covered ? firstReported.get(u.unitId) : undefined;
    const late = dueDate !== null && (covered < tasks.length ? today > dueDate : reportDay !== undefined && reportDay.on > dueDate);
    return {
      unitId: u.unitId,
      unit: u.unit,
      expectedTasks: tasks.length,
      coveredTasks: covered,
      state: covered === 0 ? 'missing' : covered < tasks.length ? 'partial' : 'submitted',
      files: unitFiles.map((f) => ({ importId: f.id, fileName: f.fileName, importedAt: f.importedAt })),
      staleTasks,
      missingSeqs,
      late,
      reportedOn: reportDay?.on ?? null,
      reportedOnBasis: reportDay?.basis ?? null,
      remindedOn: reminded.get(u.unitId) ?? [],
      filedElsewhere: filedElsewhere
        .filter((f) => f.unitId === u.unitId)
        .map((f) => ({ importId: f.id, fileName: f.fileName, importedAt: f.importedAt, period: f.period })),
    };
  });
  return {
    period: code,
    dueDate,
    units,
    collectiveNames: all.filter((u) => isCollectiveUnit(u.unit)).map((u) => u.unit),
    reminderText: reminderText(ledger.plan.title, code, units, ctx.now(), { dueDate, contact: plan.reportContact }),
  };
}

/** "；已于10月12日、10月15日催报": the unit's reminders before today (today's is this notice), or nothing. */
function remindedBefore(u: SubmissionUnit, today: string): string {
  const earlier = u.remindedOn.filter((d) => d < today);
  if (!earlier.length) return '';
  const days = earlier.map((d) => isoDateInWords(d).replace(/^\d{4}年/, ''));
  return `；已于${days.join('、')}催报`;
}

/**
 * Records today's 催报 to the units still missing or partial for the period; refused when there is
 * none to remind. Audited, naming the units.
 */
export function recordReminders(ctx: Ctx, planId: number, code: string): SubmissionLedger {
  const ledger = submissionLedger(ctx, planId, code);
  const chased = ledger.units.filter((u) => u.state !== 'submitted');
  const label = periodLabel(code);
  if (!chased.length) throw new AppError('CONFLICT', `${label}各单位均已报送，没有需要催报的单位。`);
  const period = ensurePeriod(ctx.db, planId, code);
  const sentOn = localDate(ctx.now());
  const added = insertReminders(ctx.db, { periodId: period.id, unitIds: chased.map((u) => u.unitId), sentOn, sentAt: ctx.now().toISOString(), sentBy: ctx.user });
  if (added) {
    ctx.audit({
      action: 'submissions.remind',
      objectType: 'period',
      objectId: code,
      summary: `${isoDateInWords(sentOn)}向${chased.length}个单位催报${label}推进情况：${chased.map((u) => u.unit).join('、')}`,
      after: { 催报日期: sentOn, 单位: chased.map((u) => u.unit) },
    });
  }
  // The ledger with today's reminder: nothing else changed, and the notice leaves today's out anyway.
  const remindedToday = (u: SubmissionUnit) => u.state !== 'submitted' && !u.remindedOn.includes(sentOn);
  return { ...ledger, units: ledger.units.map((u) => (remindedToday(u) ? { ...u, remindedOn: [...u.remindedOn, sentOn] } : u)) };
}

/**
 * Withdraws the 催报 recorded on one day for the period — one recorded by mistake, or before the
 * notice went out after all. Audited, naming the units; refused when that day has none.
 */
export function withdrawReminders(ctx: Ctx, planId: number, code: string, remindedOn: string): SubmissionLedger {
  const label = periodLabel(code);
  const period = getPeriod(ctx.db, planId, code);
  const units = period ? deleteReminders(ctx.db, period.id, remindedOn) : [];
  if (!units.length) throw new AppError('NOT_FOUND', `${label}没有${isoDateInWords(remindedOn)}的催报记录。`);
  ctx.audit({
    action: 'submissions.withdrawReminders',
    objectType: 'period',
    objectId: code,
    summary: `撤销${isoDateInWords(remindedOn)}向${units.length}个单位催报${label}推进情况的记录：${units.join('、')}`,
    before: { 催报日期: remindedOn, 单位: units },
  });
  return submissionLedger(ctx, planId, code);
}

/** "；交回的是2023年第二季度的表格，已按该期记录": its return for this period was another period's form (filedElsewhere). */
function sentOldForm(u: SubmissionUnit): string {
  const periods = [...new Set(u.filedElsewhere.map((f) => periodLabel(f.period)))];
  return periods.length ? `；交回的是${periods.join('、')}的表格，已按该期记录` : '';
}

/** By when the notice asks for the reports: the plan's due date, or already past it. */
function reportRequest(dueDate: string | null, now: Date): string {
  if (!dueDate) return '尽快报送';
  const due = isoDateInWords(dueDate);
  return localDate(now) > dueDate ? `报送时限（${due}）已过，请立即报送` : `于${due}前报送`;
}

/** What the plan says about its reports: by when they are due, and whom to contact (报送联系人). */
export interface ReportTerms {
  dueDate?: string | null;
  contact?: string;
}

/** The 催报 notice, in the register of an office circular. */
export function reminderText(planTitle: string, code: string, units: SubmissionUnit[], now: Date, { dueDate = null, contact = '' }: ReportTerms = {}): string {
  const label = periodLabel(code);
  const missing = units.filter((u) => u.state === 'missing');
  const partial = units.filter((u) => u.state === 'partial');
  const stale = units.filter((u) => u.staleTasks > 0);
  const today = chineseDate(now);
  const todayIso = localDate(now);
  const title = `关于报送${quotedTitle(planTitle)}${label}推进情况的提醒`;
  if (!missing.length && !partial.length && !stale.length) {
    return `${title}\n\n截至${today}，各有关单位均已报送${label}推进情况，无需催报。`;
  }
  const parts: string[] = [];
  const seqs = (list: string[]) => `序号${list.join('、')}`;
  if (missing.length) {
    // A unit that sent its form back empty did send something: it is told what is missing from it.
    const sentEmpty = (u: SubmissionUnit) => (u.files.length ? '；已交回表格，但未填写进展' : '');
    parts.push(
      `尚未报送的单位（${missing.length}个）：`,
      ...missing.map((u, i) => `${i + 1}. ${u.unit}（${seqs(u.missingSeqs)}${sentEmpty(u)}${sentOldForm(u)}${remindedBefore(u, todayIso)}）`),
    );
  }
  if (partial.length) {
    parts.push(
      `报送不完整的单位（${partial.length}个）：`,
      ...partial.map((u, i) => `${i + 1}. ${u.unit}（缺${seqs(u.missingSeqs)}${sentOldForm(u)}${remindedBefore(u, todayIso)}）`),
    );
  }
  if (stale.length) {
    parts.push(
      `报送内容与上期相同、未更新的单位（${stale.length}个）：`,
      ...stale.map((u, i) => `${i + 1}. ${u.unit}（${u.staleTasks}项任务）`),
    );
  }
  const numbered: string[] = [];
  let group = 0;
  for (const line of parts) numbered.push(/^\d/.test(line) ? line : `${CN_ORDINALS[group++]}、${line}`);
  return [
    title,
    '',
    '各有关单位：',
    `截至${today}，${label}报送情况如下：`,
    ...numbered,
    // Each request only where a group above needs it.
    `请上述单位高度重视，${[
      ...(missing.length || partial.length ? [`抓紧对照任务分工填报${label}推进情况，${reportRequest(dueDate, now)}`] : []),
      ...(stale.length ? ['内容未更新的，请据实补充本期工作进展'] : []),
    ].join('；')}。${missing.length ? '逾期未报送的，将在通报中予以说明。' : ''}`,
    ...(contact ? [`联系人：${contact}`] : []),
    '',
    '特此提醒。',
  ].join('\n');
}
