// A collective's form (各乡镇（街道）) returned by one of its members, who writes its own name as the
// 填报单位 ("青石镇"): each member's report is kept as a part of its own in the collective's record
// ("青石镇：…"), so the towns' returns add up instead of the last one replacing the others.
import type { ProgressFields, ProgressStatus } from '../../../shared/types';
import { STATUS_LABELS } from '../../../shared/types';
import { UNIT_SUFFIX } from '../../plan/responsibility';
import { isCollectiveUnit } from '../../units/names';
import { readStatus } from '../statusWords';
import { combineStatuses } from '../taskStatus';

/**
 * The member that filled in a collective's form: the 填报单位 written, when the unit is a collective
 * name and what is written is another single unit's name; else null.
 */
export function memberSigning(unit: string, unitText: string | null, namesUnit: (text: string) => boolean): string | null {
  if (!unitText || !isCollectiveUnit(unit) || isCollectiveUnit(unitText) || namesUnit(unitText)) return null;
  return UNIT_SUFFIX.test(unitText) && unitText.length <= 20 ? unitText : null;
}

const TEXTS = ['progress', 'problems', 'nextSteps', 'remarks'] as const;

/**
 * The record with the member's report as its part: the member's earlier part replaced where it was,
 * else added after the others'; the others' parts kept. The status is that of the parts together,
 * as for several units reporting on one task.
 */
export function withMemberPart(before: ProgressFields | undefined, member: string, fields: ProgressFields): ProgressFields {
  const merged = { ...fields };
  for (const k of TEXTS) merged[k] = joinParts(replacePart(partsOf(before?.[k] ?? '', '\n'), member, fields[k]), '\n');
  const ownStatus = fields.statusText || (fields.status ? STATUS_LABELS[fields.status] : '');
  const statusParts = replacePart(partsOf(before?.statusText ?? '', '；'), member, ownStatus);
  merged.statusText = joinParts(statusParts, '；');
  merged.status = combined(statusParts.map((p) => (p.label === member ? fields.status : readStatus(p.text).status)));
  return merged;
}

interface Part {
  /** Whose part it is; null for text written before any member's (the collective's own report). */
  label: string | null;
  text: string;
}

/** A line opening with a unit's name and a colon ("东河街道：…") starts that unit's part. */
const PART_START = /^([^：:\n；]{2,20})[：:]/;

function partsOf(text: string, separator: string): Part[] {
  const parts: Part[] = [];
  for (const piece of text ? text.split(separator) : []) {
    const m = PART_START.exec(piece);
    if (m && UNIT_SUFFIX.test(m[1]!)) parts.push({ label: m[1]!, text: piece.slice(m[0].length) });
    else if (parts.length) parts[parts.length - 1]!.text += separator + piece;
    else parts.push({ label: null, text: piece });
  }
  return parts;
}

function replacePart(parts: Part[], member: string, text: string): Part[] {
  const at = parts.findIndex((p) => p.label === member);
  const own = text ? [{ label: member, text }] : [];
  return at < 0 ? [...parts, ...own] : [...parts.slice(0, at), ...own, ...parts.slice(at + 1)];
}

const joinParts = (parts: readonly Part[], separator: string): string => parts.map((p) => (p.label ? `${p.label}：${p.text}` : p.text)).join(separator);

/** Several reports' statuses as one, by the rule for several units on one task; null when none is known. */
function combined(statuses: readonly (ProgressStatus | null)[]): ProgressStatus | null {
  const known = statuses.filter((s): s is ProgressStatus => s !== null);
  return known.length ? combineStatuses(known) : null;
}
