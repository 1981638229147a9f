import { localDate } from '../../shared/format';
import { buildPeriodReport, taskReportTexts } from '../report/periodReport';
import { currentNarrative, saveNarrative } from '../report/savedNarrative';
import { computeSummary } from '../report/summary';
import { computeTrend } from '../report/trend';
import { defineHandlers } from './define';

// The 汇总表 and 通报 writers load on the first export, not when the app starts (see tests/unit/bridge/startup.test.ts).
const reportExports = () => import('../report/exports');

export const reportsHandlers = defineHandlers({
  'reports.summary': (ctx, { planId, period }) => computeSummary(ctx.db, planId, period),
  'reports.trend': (ctx, { planId }) => computeTrend(ctx.db, planId, localDate(ctx.now())),
  'reports.taskReports': (ctx, { planId, period, taskIds }) => taskReportTexts(ctx.db, planId, period, taskIds),
  'reports.narrative': (ctx, { planId, period, regenerate }) =>
    currentNarrative(ctx.db, planId, period, () => buildPeriodReport(ctx.db, planId, period), ctx.now(), regenerate),
  'reports.saveNarrative': {
    run: (ctx, { planId, period, narrative }) => saveNarrative(ctx, planId, period, narrative),
  },
  'reports.export': async (ctx, { planId, period, format }) => (await reportExports()).exportReport(ctx.db, planId, period, format, ctx.now()),
});
