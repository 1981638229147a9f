// The responsibility parenthesis that ends a task — "(省知识产权局牵头,省贸促会配合;国家知识产权局保护司负责。
// 2023年12月底前完成)" — read into units per role and the deadline text. Pure functions.
import type { Role, TaskUnits } from '../../shared/types';
import { cleanUnitName, inheritsNationalBody, isNationalUnit, nationalBody } from '../units/names';
import { DEADLINE_HINT } from './deadline';

const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
// Character codes, not one-character strings: these loops run over every character of every task.
const PAREN_OPEN = codes('(（');
const PAREN_CLOSE = codes(')）');
const BRACKET_OPEN = codes('(（〔《【');
const BRACKET_CLOSE = codes(')）〕》】');
const TRAILING = codes(' \t\r\n\u3000。；;，,.．');

/**
 * Splits off the last balanced （…）/(…) that ends the text (trailing 。；, allowed after it),
 * when it reads like a responsibility note. Brackets inside it ("省知识产权局(版权局)") are kept.
 */
export function splitTrailingParenthesis(text: string): { content: string; inner: string } | null {
  let end = text.length;
  while (end > 0 && TRAILING.has(text.charCodeAt(end - 1))) end--;
  if (end === 0 || !PAREN_CLOSE.has(text.charCodeAt(end - 1))) return null;
  let depth = 0;
  for (let i = end - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (PAREN_CLOSE.has(c)) depth++;
    else if (PAREN_OPEN.has(c) && --depth === 0) {
      const inner = text.slice(i + 1, end - 1).trim();
      if (!looksLikeResponsibility(inner)) return null;
      return { content: text.slice(0, i).trimEnd(), inner };
    }
  }
  return null;
}

/** The pieces of `text` between separators that stand outside any brackets, each with the separator after it. */
function splitTopLevel(text: string, separators: Set<number>): { piece: string; separator: string }[] {
  const out: { piece: string; separator: string }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (BRACKET_OPEN.has(c)) depth++;
    else if (BRACKET_CLOSE.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.has(c)) {
      out.push({ piece: text.slice(start, i), separator: text[i]! });
      start = i + 1;
    }
  }
  out.push({ piece: text.slice(start), separator: '' });
  return out;
}

const ROLE_WORD = /牵头|负责|配合|参与|协助|协办|落实|承办|主办|会同/;
/** Endings of organisation names, to tell a unit from a stray phrase. */
export const UNIT_SUFFIX =
  /(?:局|厅|委|办|部|院|会|府|单位|中心|司|银行|人行|支行|分行|处|室|所|组|队|馆|社|团|学校|大学|学院|厂|公司|集团|园区|示范区|基地|机构|企业|高校|部门|站|台|署|科协|海关|联)$/;

/** Time-limit phrases strong enough to mark a parenthesis as a responsibility note ("(2020年修正)" is not). */
const DEADLINE_PHRASE = /底前|前完成|完成$|持续推进|持续开展|长期坚持|常态化|年底|年中|上半年|下半年|季度/;

/** Whether the inside of a parenthesis names units, roles or a time limit (rather than "试行", "2020年修正"). */
export function looksLikeResponsibility(inner: string): boolean {
  if (!inner) return false;
  if (ROLE_WORD.test(inner) || DEADLINE_PHRASE.test(inner)) return true;
  return inner.split(/[、，,；;]/).some((part) => UNIT_SUFFIX.test(cleanUnitName(part)));
}

type RoleKind = Role | 'plain';

/** Role words at the end of a clause; 'plain' (a lone 负责) becomes lead or joint once the whole part is known. */
const ROLE_SUFFIXES: [RegExp, RoleKind][] = [
  [/(?:共同)?牵头(?:负责|落实|实施|推进|组织|抓总)?$/, 'lead'],
  [/(?:按照?职责分工|按照?职能分工|根据职责分工|按照?职责|依职责|分别|共同|各自)(?:负责|落实|推进|实施|承担)?$|各负其责$/, 'joint'],
  [/(?:按照?职责|共同|积极|协同)?(?:配合|参与|协助|协办|参加)(?:落实|实施|推进)?$/, 'cooperating'],
  [/(?:具体)?(?:负责|落实|承办|主办|承担|组织实施|指导)$/, 'plain'],
];

/** "牵头单位：…" style labels, inside a parenthesis or on lines of their own. */
export const LABELS: [RegExp, RoleKind | 'deadline'][] = [
  [/^(?:牵头单位|牵头部门|主责单位|主办单位)[:：]\s*/, 'lead'],
  [/^(?:责任单位|责任部门|承办单位)[:：]\s*/, 'plain'],
  [/^(?:配合单位|配合部门|参与单位|协办单位|协助单位)[:：]\s*/, 'cooperating'],
  [/^(?:国家层面|国家部委|国家对口单位|国家对口部门)[:：]\s*/, 'national'],
  [/^(?:完成时限|完成时间|完成期限|时间节点|时限要求|时限)[:：]\s*/, 'deadline'],
];

export interface Responsibility {
  units: TaskUnits;
  /** The time-limit clauses as written, joined with "，". */
  deadlineText: string;
  warnings: string[];
}

interface Clause {
  text: string;
  part: number;
  label: RoleKind | 'deadline' | null;
}

const CLAUSE_SEPARATORS = codes('；;。\n，,、');
const PART_BREAKS = '；;。\n';
const ENDS_WITH_ROLE = /(?:牵头|负责|配合|参与|协助)$/;

function labelled(text: string, part: number): Clause {
  if (!text.includes('：') && !text.includes(':')) return { text, part, label: null };
  for (const [pattern, kind] of LABELS) {
    // Labelled clauses ("牵头单位：…；责任单位：…") form one part, so 责任单位 sees the 牵头单位.
    if (pattern.test(text)) return { text: text.replace(pattern, ''), part: -1, label: kind };
  }
  return { text, part, label: null };
}

/** Splits outside brackets: parts at ；;。 and clauses at ，, — and at 、 only right after a role word ("A牵头、B配合"). */
function clausesOf(inner: string): Clause[] {
  const clauses: Clause[] = [];
  let part = 0;
  let text = '';
  for (const { piece, separator } of splitTopLevel(inner, CLAUSE_SEPARATORS)) {
    text += piece;
    if (separator === '、' && !ENDS_WITH_ROLE.test(text)) {
      text += separator;
      continue;
    }
    const clause = labelled(text.trim(), part);
    if (clause.text) clauses.push(clause);
    text = '';
    if (PART_BREAKS.includes(separator)) part++;
  }
  return clauses;
}

function roleOf(text: string): { kind: RoleKind | null; unitsText: string } {
  for (const [pattern, kind] of ROLE_SUFFIXES) {
    const m = pattern.exec(text);
    if (m) return { kind, unitsText: text.slice(0, m.index).replace(/(?:负责|具体)$/, '') };
  }
  return { kind: null, unitsText: text };
}

/** Splits a unit list at 、 (and at 及/和/与 before a new organisation), giving a national list its ministry. */
const UNIT_SEPARATORS = codes('、 \t/／');
const CONJUNCTION = /(?:以及|及|和|与)(?=省|市|县|各|国家|中央|自治区)/;

export function splitUnits(text: string): string[] {
  const names: string[] = [];
  let body: string | null = null;
  for (const { piece } of splitTopLevel(text, UNIT_SEPARATORS)) {
    for (const part of piece.split(CONJUNCTION)) {
      let name = cleanUnitName(part);
      if (!name) continue;
      if (body && inheritsNationalBody(name)) name = body + name;
      body = isNationalUnit(name) ? nationalBody(name) : null;
      names.push(name);
    }
  }
  return names;
}

const emptyUnits = (): TaskUnits => ({ lead: [], joint: [], cooperating: [], national: [] });

/** Reads the inside of a responsibility parenthesis (or a cell of a unit column). */
export function parseResponsibility(inner: string): Responsibility {
  const units = emptyUnits();
  const warnings: string[] = [];
  const deadlines: string[] = [];
  // Names waiting for their role, in order: a unit clause with no role word, or all of a clause whose role is 'plain'.
  const assigned: { name: string; kind: RoleKind | null; part: number }[] = [];
  let waiting: number[] = [];

  for (const clause of clausesOf(inner)) {
    if (clause.label === 'deadline' || (!clause.label && DEADLINE_HINT.test(clause.text) && !ROLE_WORD.test(clause.text))) {
      deadlines.push(clause.text);
      continue;
    }
    const { kind: found, unitsText } = clause.label ? { kind: clause.label, unitsText: clause.text } : roleOf(clause.text);
    const kind = found as RoleKind | null;
    const [leadText, withText] = unitsText.split('会同');
    if (withText !== undefined && leadText) {
      // "A会同B负责": A leads, B shares the work.
      for (const name of splitUnits(leadText)) assigned.push({ name, kind: 'lead', part: clause.part });
      for (const name of splitUnits(withText)) assigned.push({ name, kind: kind === 'cooperating' ? kind : 'joint', part: clause.part });
      continue;
    }
    const names = splitUnits(unitsText);
    if (!names.length) {
      if (kind && waiting.length) {
        for (const i of waiting) assigned[i]!.kind = kind; // "省科技厅、省财政厅，按职责分工负责"
        waiting = [];
      } else if (!kind) warnings.push(`无法识别的分工说明：“${clause.text}”`);
      continue;
    }
    for (const name of names) {
      if (!kind) waiting.push(assigned.length);
      assigned.push({ name, kind, part: clause.part });
    }
  }

  // A lone 负责 leads unless someone in the same part (outside the national list) already leads.
  // Several units before one 负责 follow the usual rule that the first named leads (列第一位的为牵头单位).
  const partsWithLead = new Set(assigned.filter((a) => a.kind === 'lead' && !isNationalUnit(a.name)).map((a) => a.part));
  let unnamedFirst = true;
  for (const a of assigned) {
    let role: Role;
    if (isNationalUnit(a.name)) role = 'national';
    else if (a.kind === 'plain') {
      role = partsWithLead.has(a.part) ? 'joint' : 'lead';
      partsWithLead.add(a.part);
    }
    else if (a.kind) role = a.kind;
    else {
      // Plans that list units without role words put the lead first (列第一位的为牵头单位).
      role = unnamedFirst && !partsWithLead.has(a.part) ? 'lead' : 'joint';
      unnamedFirst = false;
      warnings.push(`“${a.name}”未写明牵头、负责还是配合，已按${role === 'lead' ? '牵头' : '责任'}单位处理`);
    }
    if (!units[role].includes(a.name)) units[role].push(a.name);
  }
  dropLowerRoleDuplicates(units);
  for (const name of [...units.lead, ...units.joint, ...units.cooperating, ...units.national]) {
    // "省市场监管局（知识产权局）": judge the name before its bracketed second name.
    if (!UNIT_SUFFIX.test(name.replace(/[（(][^（()）]*[)）]$/, '')) || name.length > 30) {
      warnings.push(`“${name}”不像一个单位名称，可能含有未识别的分工用语或未拆开的多个单位，请核对`);
    }
  }
  return { units, deadlineText: deadlines.join('，'), warnings };
}

/** A unit named as lead and again among the 按职责分工负责 list is listed once, in its highest role. */
function dropLowerRoleDuplicates(units: TaskUnits): void {
  const seen = new Set(units.lead);
  units.joint = units.joint.filter((n) => !seen.has(n));
  for (const n of units.joint) seen.add(n);
  units.cooperating = units.cooperating.filter((n) => !seen.has(n));
}

/**
 * Writes units back as a responsibility note that parseResponsibility reads the same way:
 * "A牵头，B、C按职责分工负责，D配合；国家知识产权局保护司负责。2023年12月底前完成".
 */
export function formatResponsibility(units: TaskUnits, deadlineText: string): string {
  const province = [
    units.lead.length ? `${units.lead.join('、')}牵头` : '',
    units.joint.length ? `${units.joint.join('、')}按职责分工负责` : '',
    units.cooperating.length ? `${units.cooperating.join('、')}配合` : '',
  ].filter(Boolean);
  const parts = [province.join('，'), units.national.length ? `${units.national.join('、')}负责` : ''].filter(Boolean);
  return [parts.join('；'), deadlineText].filter(Boolean).join('。');
}
