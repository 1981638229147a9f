import { exportReport } from '../report/exports';
import { currentNarrative, saveNarrative } from '../report/savedNarrative';
import { computeSummary } from '../report/summary';
import { computeTrend } from '../report/trend';
import { defineHandlers } from './define';

/** The local calendar date, YYYY-MM-DD. */
const isoDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export const reportsHandlers = defineHandlers({
  'reports.summary': (ctx, { planId, period }) => computeSummary(ctx.db, planId, period),
  'reports.trend': (ctx, { planId }) => computeTrend(ctx.db, planId, isoDate(ctx.now())),
  'reports.narrative': (ctx, { planId, period, regenerate }) =>
    currentNarrative(ctx.db, computeSummary(ctx.db, planId, period), planId, regenerate),
  'reports.saveNarrative': {
    run: (ctx, { planId, period, narrative }) => saveNarrative(ctx, planId, period, narrative),
  },
  'reports.export': (ctx, { planId, period, format }) => exportReport(ctx.db, planId, period, format),
});
