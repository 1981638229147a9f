// Whose report a returned file is and for which period: the official's decision first, then the
// hidden identification, the form's own words (填报单位, a sheet named after a unit, title, 填报日期),
// the file name, and last what the import call was given.
import { parsePeriod, periodEndingIn } from '../../../shared/periods';
import { comparableText } from '../text';
import type { Ledger } from '../ledger';
import type { PeriodKind } from '../../../shared/types';
import { periodForFillDate, yearNearDate } from '../periodText';
import type { ReturnedTable } from '../returns/readReturn';
import type { FoundUnit, UnitFinder } from './unitFinder';

export interface Resolved<T> {
  value: T | null;
  source: string | null;
  error: string | null;
  warnings: string[];
}

/** The unit found, or the two units a form names (see ImportedFile.unitConflict). */
export interface ResolvedUnit extends Resolved<FoundUnit> {
  conflict?: { identified: string; written: string };
}

/** A period found in the file, which may differ from the one the import call names. */
export interface ResolvedPeriod extends Resolved<string> {
  /** The period the import call names, when the file's own differs from it. */
  chosen?: string;
}

export interface IdentityTrust {
  /** The template was made from this very plan in this database: its task ids can be used. */
  trusted: boolean;
  /** The template belongs to a different plan altogether. */
  otherPlan: boolean;
  warning: string | null;
}

export function judgeIdentity(table: ReturnedTable, ledger: Ledger): IdentityTrust {
  const id = table.identity;
  if (!id) return { trusted: false, otherPlan: false, warning: null };
  const samePrint = id.fingerprint === ledger.plan.fingerprint;
  if (samePrint && id.planId === ledger.plan.id) return { trusted: true, otherPlan: false, warning: null };
  if (!samePrint && comparableText(id.planTitle) !== comparableText(ledger.plan.title)) {
    return { trusted: false, otherPlan: true, warning: null };
  }
  return {
    trusted: false,
    otherPlan: false,
    warning: '该填报表是由修改前的工作要点或其他电脑上的台账生成的，已按序号和任务内容匹配。',
  };
}

/** A line that is only a name and a colon: the salutation of a letter. */
const SALUTATION = /^[^，。；,;：:\s]{2,40}[：:]$/u;

const SOURCE_NAMES: Record<string, string> = { sheet: '工作表名', title: '标题', filename: '文件名' };

export function resolveUnit(
  table: ReturnedTable,
  trust: IdentityTrust,
  units: UnitFinder,
  decided: string | undefined,
  given: string | undefined,
): ResolvedUnit {
  const file = table.file.name;
  if (decided) {
    const unit = units.resolve(decided);
    return unit
      ? { value: unit, source: 'given', error: null, warnings: [] }
      : { value: null, source: null, error: `指定的单位“${decided}”不在单位名录中。`, warnings: [] };
  }
  let found: { unit: FoundUnit; source: string } | null = null;
  const written = table.unitText ? (units.resolve(table.unitText) ?? units.findIn(table.unitText)) : null;
  const hidden = table.sheetIdentity;
  if (hidden && !trust.otherPlan) {
    const unit = (trust.trusted ? units.byId(hidden.unitId) : null) ?? units.resolve(hidden.unit);
    if (unit) found = { unit, source: 'hidden' };
  }
  if (!found && written) found = { unit: written, source: 'cell' };
  if (!found && table.kind === 'sheet') {
    // A workbook compiling several units' tables, one sheet each, named after its unit.
    const unit = units.resolve(table.sheet);
    if (unit) found = { unit, source: 'sheet' };
  }
  if (!found) {
    // A letter's salutation ("省知识产权局：") names whom it is sent to, not who reports.
    const lines = table.surroundings.filter((t) => !SALUTATION.test(t)).slice(0, 3);
    const unit = lines.map((t) => units.findIn(t)).find(Boolean);
    if (unit) found = { unit, source: 'title' };
  }
  if (!found) {
    const unit = units.findIn(file.replace(/\.[^.]+$/, ''));
    if (unit) found = { unit, source: 'filename' };
  }
  const givenUnit = given ? units.resolve(given) : null;
  if (given && !givenUnit) return { value: null, source: null, error: `指定的单位“${given}”不在单位名录中。`, warnings: [] };
  if (found?.source === 'hidden' && written && written.unitId !== found.unit.unitId && !units.mentions(table.unitText!, found.unit.unitId)) {
    // Another unit's form, filled in by this one (or the other way round): neither may be assumed,
    // or one unit's report would land on the other's tasks. The unit the import names settles it.
    if (givenUnit && (givenUnit.unitId === found.unit.unitId || givenUnit.unitId === written.unitId)) {
      return { value: givenUnit, source: 'given', error: null, warnings: [] };
    }
    return {
      value: null,
      source: null,
      error:
        `文件“${file}”是发给${found.unit.unit}的填报表（见表内识别信息），表中填写的填报单位却是“${written.unit}”。` +
        '请核对是哪个单位报送的，选定报送单位后再导入。',
      warnings: [],
      conflict: { identified: found.unit.unit, written: written.unit },
    };
  }
  if (found) {
    const warnings =
      givenUnit && givenUnit.unitId !== found.unit.unitId
        ? [`文件中的填报单位是“${found.unit.unit}”，与指定的“${givenUnit.unit}”不同，已按文件中的单位导入。`]
        : [];
    if (table.unitText && found.source !== 'hidden' && found.source !== 'cell') {
      warnings.push(`表中填写的填报单位“${table.unitText}”不在单位名录中，已按${SOURCE_NAMES[found.source]}中的“${found.unit.unit}”导入，请核对。`);
    }
    return { value: found.unit, source: found.source, error: null, warnings };
  }
  if (givenUnit) return { value: givenUnit, source: 'given', error: null, warnings: [] };
  const why = table.unitText ? `表中填写的填报单位“${table.unitText}”不在单位名录中` : '表中没有填写填报单位，文件名中也没有单位名称';
  return {
    value: null,
    source: null,
    error: `无法确定文件“${file}”是哪个单位报送的：${why}。请指定填报单位，或在单位名录中为该单位添加别名。`,
    warnings: [],
  };
}

/** The period the form's title or file name names, its year taken from the fill date or the plan when not written. */
const endsPeriod = (kind: PeriodKind, month: number): boolean => Number(periodEndingIn(kind, 2000, month).endDate.slice(5, 7)) === month;

function writtenPeriod(table: ReturnedTable, { plan }: Ledger): { code: string; source: string } | null {
  const onlyYear = plan.startYear !== null && plan.startYear === (plan.endYear ?? plan.startYear) ? plan.startYear : null;
  for (const { hint, source } of table.periodHints) {
    // "截至10月底推进情况" from a quarterly plan's unit is no report on the fourth quarter: a month alone
    // says which quarter (half) only as its last month, else the file name, the fill date or the chosen period does.
    if (hint.monthOnly && !endsPeriod(plan.periodKind, hint.endMonth)) continue;
    const year = hint.year ?? (table.fillDate ? yearNearDate(hint.endMonth, table.fillDate) : onlyYear);
    if (year !== null) return { code: periodEndingIn(plan.periodKind, year, hint.endMonth).code, source };
  }
  return null;
}

export function resolvePeriod(
  table: ReturnedTable,
  trust: IdentityTrust,
  ledger: Ledger,
  decided: string | undefined,
  given: string | undefined,
): ResolvedPeriod {
  if (decided) return { value: decided, source: 'given', error: null, warnings: [] };
  const { plan } = ledger;
  const warnings: string[] = [];
  const written = writtenPeriod(table, ledger);
  let found: { code: string; source: string } | null = null;
  if (table.identity && !trust.otherPlan && parsePeriod(table.identity.period)) {
    found = { code: table.identity.period, source: 'hidden' };
    // The form is the one sent out for that period; a title edited to another is worth a look.
    if (written?.source === 'title' && written.code !== found.code) {
      const [title, sent] = [parsePeriod(written.code)!.label, parsePeriod(found.code)!.label];
      warnings.push(`表格标题写的是${title}，而这份填报表是为${sent}下发的，已按${sent}导入；如确是${title}的填报，请改选期次。`);
    }
  }
  found ??= written;
  if (!found && table.fillDate) found = { code: periodForFillDate(plan.periodKind, table.fillDate).code, source: 'date' };

  if (found) {
    const differs = given !== undefined && given !== found.code;
    return { value: found.code, source: found.source, error: null, warnings, ...(differs ? { chosen: given } : {}) };
  }
  if (given) return { value: given, source: 'given', error: null, warnings };
  return {
    value: null,
    source: null,
    error: `无法确定文件“${table.file.name}”填报的是哪一期（标题、文件名和填报日期中都没有写明）。请指定期次后再导入。`,
    warnings,
  };
}
