// The 通报 text of a period: what the official saved (periods.report_text, JSON), or freshly
// generated text when nothing was saved. Exports use the same, so a re-export keeps the edits.
import type { Db } from '../../db/db';
import { getPeriod, insertPeriods } from '../../db/repos/periods';
import { getReportText, listSavedNarratives, periodRecordsStamp, setReportText } from '../../db/repos/reports';
import { ISSUER_PLACEHOLDER, narrativeSchema, type Narrative, type PeriodSummary } from '../../shared/api/reports';
import { chineseDate } from '../../shared/format';
import type { Ctx } from '../context';
import { generateNarrative, type Signature } from './narrative';
import { resolvePeriod } from '../progress/planPeriods';
import { requirePlan } from './summary';

/** Stored beside the narrative's fields: the period's records as they were when the text was saved. */
const BASIS_KEY = 'recordsWhenSaved';

/** The saved text, or null when none was saved (or it cannot be read back). */
export function savedNarrative(db: Db, planId: number, code: string): Narrative | null {
  return savedWithBasis(db, planId, code)?.narrative ?? null;
}

/** The saved text and whether the period's records changed since (false for texts saved before this was kept). */
function savedWithBasis(db: Db, planId: number, code: string): { narrative: Narrative; outdated: boolean } | null {
  const period = getPeriod(db, planId, code);
  const stored = period ? readStored(getReportText(db, period.id)) : null;
  if (!stored) return null;
  const basis = stored.raw[BASIS_KEY];
  return { narrative: stored.narrative, outdated: typeof basis === 'string' && basis !== periodRecordsStamp(db, period!.id) };
}

function readNarrative(text: string): Narrative | null {
  return readStored(text)?.narrative ?? null;
}

/** The stored JSON (`raw`, with what is kept beside the text) and the narrative read from it. */
function readStored(text: string | null): { narrative: Narrative; raw: Record<string, unknown> } | null {
  if (!text) return null;
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    const parsed = narrativeSchema.safeParse(raw);
    return parsed.success ? { narrative: parsed.data, raw } : null;
  } catch {
    return null;
  }
}

/**
 * A fresh 通报's 落款: the issuing body the plan's latest saved 通报 named (an office issues them all),
 * else a placeholder the official replaces (GB/T 9704 puts the 署名 above the 成文日期); and today.
 */
function freshSignature(db: Db, planId: number, now: Date): Signature {
  const named = listSavedNarratives(db, planId)
    .map((text) => readNarrative(text)?.issuer.trim() ?? '')
    .find((issuer) => issuer && issuer !== ISSUER_PLACEHOLDER);
  return { issuer: named ?? ISSUER_PLACEHOLDER, date: chineseDate(now) };
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
): { narrative: Narrative; edited: boolean; outdated: boolean } {
  const saved = regenerate ? null : savedWithBasis(db, planId, code);
  return saved
    ? { narrative: saved.narrative, edited: true, outdated: saved.outdated }
    : { narrative: generateNarrative(report(), freshSignature(db, planId, now)), edited: false, outdated: false };
}

export function saveNarrative(ctx: Ctx, planId: number, code: string, narrative: Narrative): { narrative: Narrative; edited: true; outdated: false } {
  requirePlan(ctx.db, planId);
  const { info } = resolvePeriod(ctx.db, planId, code);
  const before = savedNarrative(ctx.db, planId, code);
  insertPeriods(ctx.db, planId, [info]); // a 通报 may be written before any progress came in
  const periodId = getPeriod(ctx.db, planId, code)!.id;
  setReportText(ctx.db, periodId, JSON.stringify({ ...narrative, [BASIS_KEY]: periodRecordsStamp(ctx.db, periodId) }));
  ctx.audit({
    action: 'report.saveNarrative',
    objectType: 'period',
    objectId: periodId,
    summary: `保存${info.label}通报文字`,
    before,
    after: narrative,
  });
  return { narrative, edited: true, outdated: false };
}
