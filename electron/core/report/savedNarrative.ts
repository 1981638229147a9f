// The 通报 text of a period: what the official saved (periods.report_text, JSON), or freshly
// generated text when nothing was saved. Exports use the same, so a re-export keeps the edits.
import type { Db } from '../../db/db';
import { getPeriod, insertPeriods } from '../../db/repos/periods';
import { getReportText, listSavedNarratives, setReportText } from '../../db/repos/reports';
import { narrativeSchema, type Narrative, type PeriodSummary } from '../../shared/api/reports';
import { chineseDate } from '../../shared/format';
import type { Ctx } from '../context';
import { generateNarrative, type Signature } from './narrative';
import { resolvePeriod } from '../progress/planPeriods';
import { requirePlan } from './summary';

/** The saved text, or null when none was saved (or it cannot be read back). */
export function savedNarrative(db: Db, planId: number, code: string): Narrative | null {
  const period = getPeriod(db, planId, code);
  const text = period ? getReportText(db, period.id) : null;
  return text ? readNarrative(text) : null;
}

function readNarrative(text: string): Narrative | null {
  try {
    const parsed = narrativeSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A fresh 通报's 落款: the issuing body the plan's latest saved 通报 named (an office issues them all), and today. */
function freshSignature(db: Db, planId: number, now: Date): Signature {
  let issuer = '';
  for (const text of listSavedNarratives(db, planId)) {
    issuer = readNarrative(text)?.issuer ?? '';
    if (issuer) break;
  }
  return { issuer, date: chineseDate(now) };
}

/**
 * The saved text, else text generated from the period's report; `regenerate` ignores the saved text
 * (nothing is stored). The report is a function: with saved text it is never built.
 */
export function currentNarrative(
  db: Db,
  planId: number,
  code: string,
  report: () => PeriodSummary,
  now: Date,
  regenerate = false,
): { narrative: Narrative; edited: boolean } {
  const saved = regenerate ? null : savedNarrative(db, planId, code);
  return saved ? { narrative: saved, edited: true } : { narrative: generateNarrative(report(), freshSignature(db, planId, now)), edited: false };
}

export function saveNarrative(ctx: Ctx, planId: number, code: string, narrative: Narrative): { narrative: Narrative; edited: true } {
  requirePlan(ctx.db, planId);
  const { info } = resolvePeriod(ctx.db, planId, code);
  const before = savedNarrative(ctx.db, planId, code);
  insertPeriods(ctx.db, planId, [info]); // a 通报 may be written before any progress came in
  const periodId = getPeriod(ctx.db, planId, code)!.id;
  setReportText(ctx.db, periodId, JSON.stringify(narrative));
  ctx.audit({
    action: 'report.saveNarrative',
    objectType: 'period',
    objectId: periodId,
    summary: `保存${info.label}通报文字`,
    before,
    after: narrative,
  });
  return { narrative, edited: true };
}
