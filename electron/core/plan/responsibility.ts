// The responsibility parenthesis that ends a task — "(省知识产权局牵头,省贸促会配合;国家知识产权局保护司负责。
// 2023年12月底前完成)" — read into units per role and the deadline text. Pure functions.
import { bareAuthorityWarning, doubtfulUnitWarning, firstLeadsWarning, guidingRoleWarning, oneUnitWarning, unstatedRoleWarning } from '../../shared/taskWarnings';
import { ROLES, type Role, type TaskUnits } from '../../shared/types';
import {
  BARE_AUTHORITY,
  cleanUnitName,
  inheritsNationalBody,
  isNationalUnit,
  listedBeforeCounterpart,
  mayBeTwoOffices,
  nationalBody,
  sharesNameWithNext,
  sharesOfficeWithNext,
  governmentOfCommitteeBefore,
} from '../units/names';
import { memoize } from '../memo';
import { charClass, classesAt, topLevelBreaks } from './charClasses';
import { DEADLINE_HINT, parseDeadline, UNDATED_TIME } from './deadline';

// Plans close a task with its note in （）, and some in 【】, 〔〕 or [].
const PAREN_OPEN = charClass('(（【〔[');
const PAREN_CLOSE = charClass(')）】〕]');
const TRAILING = charClass(' \t\r\n\u3000。；;，,.．');
const PART_BREAKS = charClass('；;。\n');
const UNIT_LIST_COMMA = charClass('、');
const CLAUSE_SEPARATORS = PART_BREAKS | charClass('，,') | UNIT_LIST_COMMA;
const UNIT_SEPARATORS = charClass('、 \t/／');

/**
 * Splits off the last balanced （…）/(…) that ends the text (trailing 。；, allowed after it),
 * when it reads like a responsibility note. Brackets inside it ("省知识产权局(版权局)") are kept.
 */
export function splitTrailingParenthesis(text: string): { content: string; inner: string } | null {
  let end = text.length;
  while (end > 0 && classesAt(text, end - 1) & TRAILING) end--;
  if (end === 0 || !(classesAt(text, end - 1) & PAREN_CLOSE)) return null;
  let depth = 0;
  for (let i = end - 1; i >= 0; i--) {
    const c = classesAt(text, i);
    if (c & PAREN_CLOSE) depth++;
    else if (c & PAREN_OPEN && --depth === 0) {
      const inner = text.slice(i + 1, end - 1).trim();
      if (!looksLikeResponsibility(inner)) return null;
      return { content: text.slice(0, i).trimEnd(), inner };
    }
  }
  return null;
}

/**
 * The notes in brackets that stand after a task's last sentence, one or several in a row:
 * "…明确各方安全责任。（省委网信办牵头）（2024年9月底前）". Null when the brackets follow text in
 * mid-sentence ("推动企业上云（省通信管理局配合）（…）"), where all but the last belong to the sentence.
 */
export function splitNotesAfterSentence(text: string): { content: string; inners: string[] } | null {
  const inners: string[] = [];
  let content = text;
  for (let note = splitTrailingParenthesis(content); note; note = splitTrailingParenthesis(content)) {
    inners.unshift(note.inner);
    content = note.content;
  }
  return inners.length && /[。；;！!？?]$/.test(content) ? { content, inners } : null;
}

const ROLE_WORD = /牵头|负责|配合|参与|协助|协办|落实|承办|主办|会同/;

/**
 * Notes in mid-sentence, as plans write for a task's sub-items: "一是建设调度平台（省数据局牵头）；二是
 * 推动绿色改造（省发展改革委负责）". The inside of each top-level bracket that names units with a role.
 */
export function notesWithin(text: string): string[] {
  const notes: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = classesAt(text, i);
    if (c & PAREN_OPEN) {
      if (depth++ === 0) start = i + 1;
    } else if (c & PAREN_CLOSE && depth > 0 && --depth === 0) {
      const inner = text.slice(start, i).trim();
      if (ROLE_WORD.test(inner) && namesUnitsOnly(inner)) notes.push(inner);
    }
  }
  return notes;
}

/** "省数据局牵头，省发展改革委配合" but not "落实“放管服”改革要求": every name it gives is shaped like a unit. */
function namesUnitsOnly(inner: string): boolean {
  const { units, warnings } = parseResponsibility(inner);
  return ROLES.some((role) => units[role].length > 0) && !warnings.some((w) => w.includes('不像一个单位名称') || w.startsWith('无法识别'));
}

const SENTENCE_BREAKS = charClass('。；;！!，,');

/**
 * A task that ends in a clause giving only its time limit: "…（省工信厅负责）。2024年底前完成。", or
 * written straight after the note's bracket: "…（省直机关工委牵头）2025年底前完成。".
 */
export function splitTrailingDeadline(text: string): { content: string; deadline: string } | null {
  let end = text.length;
  while (end > 0 && classesAt(text, end - 1) & TRAILING) end--;
  let i = end - 1;
  while (i >= 0 && !(classesAt(text, i) & (SENTENCE_BREAKS | PAREN_CLOSE))) i--;
  const clause = text.slice(i + 1, end).trim();
  if (i < 0 || !clause || clause.length > 20 || !DEADLINE_HINT.test(clause) || ROLE_WORD.test(clause) || /[()（）]/.test(clause)) return null;
  if (!parseDeadline(clause, null).recognized) return null;
  return { content: text.slice(0, i + 1).trimEnd(), deadline: clause };
}
/** Endings of organisation names, to tell a unit from a stray phrase; a county's towns ("城关镇", "红星乡", "各村（社区）") are units too. */
export const UNIT_SUFFIX =
  /(?:局|厅|委|办|部|院|会|府|单位|中心|司|银行|人行|支行|分行|处|室|所|组|队|馆|社|团|学校|大学|学院|厂|公司|集团|园区|示范区|基地|机构|企业|高校|部门|站|台|署|科协|海关|联|镇|乡|街道|村|社区)$/;

/** How names of organisations start, for a phrase that may or may not name one. */
const ORGANISATION_START = /^(?:省|市|县|区|州|各|全|国家|中央|中共|中国)/;

/** Whether any name in a list is shaped like an organisation's ("省科技厅", "各地"). */
function namesAnOrganisation(text: string): boolean {
  return text.split(/[、，,\s]/).some((part) => {
    const name = cleanUnitName(part);
    return UNIT_SUFFIX.test(name) || ORGANISATION_START.test(name);
  });
}

/**
 * A clause without a role word that says when rather than who: a time limit ("2024年底前") or a
 * phrase of time or manner that names no organisation ("“十四五”期间", "适时开展").
 */
function readsAsTimeLimit(text: string): boolean {
  if (ROLE_WORD.test(text)) return false;
  return DEADLINE_HINT.test(text) || (UNDATED_TIME.test(text) && !namesAnOrganisation(text));
}

/** Time-limit phrases strong enough to mark a parenthesis as a responsibility note ("(2020年修正)" is not). */
const DEADLINE_PHRASE = /底前|前完成|完成$|持续推进|持续开展|长期坚持|常态化|年底|年中|上半年|下半年|季度/;

/** Whether the inside of a parenthesis names units, roles or a time limit (rather than "试行", "2020年修正"). */
export function looksLikeResponsibility(inner: string): boolean {
  if (!inner) return false;
  if (ROLE_WORD.test(inner) || DEADLINE_PHRASE.test(inner)) return true;
  // A unit before a rarer role word ("国家知识产权局公共服务司支持") counts as well.
  return inner.split(/[、，,；;。]/).some((part) => UNIT_SUFFIX.test(cleanUnitName(roleOf(part).unitsText)));
}

type RoleKind = Role | 'plain';

/** A clause whose role word is 指导 (read as 'plain'): the official says what guiding means here. */
const GUIDES = /指导[。；;，,\s]*$/;

/** Role words at the end of a clause; 'plain' (a lone 负责) becomes lead or joint once the whole part is known. */
const ROLE_SUFFIXES: [RegExp, RoleKind][] = [
  [/(?:共同)?牵头(?:负责|落实|实施|推进|组织|抓总)?$|负总责$/, 'lead'],
  [/(?:按照?职责分工|按照?职能分工|根据职责分工|按照?职责|依职责|分别|共同|各自)(?:负责|落实|推进|实施|承担)?$|各负其责$/, 'joint'],
  [/(?:按照?职责|共同|积极|协同)?(?:配合|参与|协助|协办|参加)(?:落实|实施|推进)?$/, 'cooperating'],
  // "国家知识产权局公共服务司支持": a unit that backs the work, as a national counterpart usually does.
  [/(?:积极|大力|给予)?支持$/, 'cooperating'],
  [/(?:具体)?(?:负责|落实|承办|主办|承担|组织实施|指导)$/, 'plain'],
];

/**
 * What a label introduces: units in a role, the time limit, or the leaders in charge ("责任领导：副县长
 * 张某某"), whom county plans name under a task and who are people, not units that report.
 */
type LabelKind = RoleKind | 'deadline' | 'leader';

/** The words of "牵头单位：…" style labels, by what they introduce. */
const LABEL_WORDS: [string, LabelKind][] = [
  ['牵头单位|牵头部门|主责单位|主办单位|牵头', 'lead'],
  ['责任单位|责任部门|承办单位|责任', 'plain'],
  ['配合单位|配合部门|参与单位|协办单位|协助单位|配合', 'cooperating'],
  ['国家层面|国家部委|国家对口单位|国家对口部门', 'national'],
  ['完成时限|完成时间|完成期限|时间节点|时限要求|时限|时间', 'deadline'],
  ['(?:县级|市级|省级)?(?:责任|牵头|分管|包联|联系)(?:县|市|省)?领导|责任人', 'leader'],
];

/** "牵头单位：…" style labels, inside a parenthesis or on lines of their own. */
export const LABELS: [RegExp, LabelKind][] = LABEL_WORDS.map(([words, kind]) => [new RegExp(`^(?:${words})[:：]\\s*`), kind]);

const ANY_LABEL = `(?:${LABEL_WORDS.map(([words]) => words).join('|')})[:：]`;

/** Labels written on after a task's last sentence, without brackets: "…完善制度。责任单位：省司法厅。" */
export const INLINE_LABEL = new RegExp(`[。；;！!\\s\u3000](?=${ANY_LABEL})`);

/** Labels run together with only spaces between them ("牵头单位：A 责任单位：B") start clauses of their own. */
const LABEL_AFTER_SPACE = new RegExp(`[\\s\u3000]+(?=${ANY_LABEL})`, 'g');

/**
 * The warnings the plan's rule (列第一位的为牵头单位) settles: a unit listed without a role word, and
 * several units before one 负责 of which the first was taken to lead.
 */
export const UNSTATED_ROLE_WARNING = /(?:未写明牵头、负责还是配合，已按(?:牵头|责任)单位处理|未写明哪个单位牵头，已按列第一位的“[^”]+”为牵头单位处理)$/;

export interface Responsibility {
  units: TaskUnits;
  /** The time-limit clauses as written, joined with "，". */
  deadlineText: string;
  warnings: string[];
}

interface Clause {
  text: string;
  part: number;
  label: LabelKind | null;
}

const ENDS_WITH_ROLE = /(?:牵头|负责|配合|参与|协助)$/;

/**
 * How a line break inside a note reads (a table cell's "（省知识产权局牵头；\n省财政厅配合）"): nothing next to
 * punctuation or within a name wrapped by hand, 、 between two names, as in a unit column.
 */
export const noteLineBreak = (before: string, after: string): string =>
  /[、，,；;。：:（(]$/.test(before) || /^[、，,；;。）)]/.test(after) || !UNIT_SUFFIX.test(before) ? '' : '、';

/** A note wrapped over lines, on one line. */
export function noteOnOneLine(note: string): string {
  if (!note.includes('\n')) return note;
  return note
    .split(/\s*\n\s*/)
    .filter(Boolean)
    .reduce((out, line) => out + noteLineBreak(out, line) + line);
}

/** A table cell's lines as one note: a line break lists units (、), or starts a labelled clause (；). */
export function joinCellLines(text: string): string {
  return text.replace(/\s*\n\s*/g, '\n').replace(LABEL_AFTER_SPACE, '；').replace(/\n/g, '、');
}

function labelled(text: string, part: number): Clause {
  if (!text.includes('：') && !text.includes(':')) return { text, part, label: null };
  for (const [pattern, kind] of LABELS) {
    // Labelled clauses ("牵头单位：…；责任单位：…") form one part, so 责任单位 sees the 牵头单位.
    if (pattern.test(text)) return { text: text.replace(pattern, ''), part: -1, label: kind };
  }
  return { text, part, label: null };
}

/** Clauses some plans part with (full-width) spaces: after a role word, or before a time limit ("省发展改革委牵头 2024年底前"). */
const SPACE_AFTER_ROLE = /(牵头|负责|负总责|配合|参与|协助|协办|落实|承办|主办)[\s\u3000]+/g;
const SPACE_BEFORE_DEADLINE = /[\s\u3000]+(?=\d{4}\s*年|\d{1,2}\s*月|年底|年内|上半年|下半年|持续|长期|常态化|每年|定期)/g;

/** Splits outside brackets: parts at ；;。 and clauses at ，, — and at 、 only right after a role word ("A牵头、B配合"). */
function clausesOf(inner: string): Clause[] {
  if (inner.includes('：') || inner.includes(':')) inner = inner.replace(LABEL_AFTER_SPACE, '；');
  if (/[\s\u3000]/.test(inner)) inner = inner.replace(SPACE_AFTER_ROLE, '$1，').replace(SPACE_BEFORE_DEADLINE, '，');
  const clauses: Clause[] = [];
  let part = 0;
  let start = 0;
  /** The label a comma carries on: "责任单位：省发展改革委、省交通运输厅，各市人民政府". */
  let carried: Clause['label'] = null;
  for (const end of topLevelBreaks(inner, CLAUSE_SEPARATORS)) {
    const separator = classesAt(inner, end);
    if (separator & UNIT_LIST_COMMA && !ENDS_WITH_ROLE.test(inner.slice(start, end))) continue;
    let clause = labelled(inner.slice(start, end).trim(), part);
    if (!clause.label && carried && !ROLE_WORD.test(clause.text) && (carried === 'deadline' || !readsAsTimeLimit(clause.text))) {
      clause = { ...clause, part: -1, label: carried };
    }
    if (clause.text) clauses.push(clause);
    carried = separator & PART_BREAKS ? null : clause.label;
    start = end + 1;
    if (separator & PART_BREAKS) part++;
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
const CONJUNCTION = /(?:以及|及|和|与)(?=省|市|县|各|国家|中央|自治区)/;

export function splitUnits(text: string): string[] {
  const names: string[] = [];
  let body: string | null = null;
  for (const piece of listedNames(text)) {
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

/**
 * The names of a list parted at 、 outside brackets, levels of government kept with the name they share
 * ("各市、县人民政府"), the two authorities an office serves with it ("省委、省政府督查室"), and a
 * committee with its government ("各乡镇党委、政府").
 */
function listedNames(text: string): string[] {
  const names: string[] = [];
  let start = 0;
  for (const end of topLevelBreaks(text, UNIT_SEPARATORS)) {
    const name = cleanUnitName(text.slice(start, end));
    start = end + 1;
    const last = names.at(-1);
    if (last !== undefined && (sharesNameWithNext(last, name) || sharesOfficeWithNext(last, name) || governmentOfCommitteeBefore(last, name))) {
      names[names.length - 1] = `${last}、${name}`;
    } else names.push(name);
  }
  return names;
}

/** A unit a clause names, with the role the clause gives it (null: the role comes later in the part). */
interface Mention {
  readonly name: string;
  readonly kind: RoleKind | null;
  readonly national: boolean;
}

/**
 * What one clause says: a time limit; units ending in a role word (the word alone, "按职责分工负责",
 * names none and gives its role to the units before it); or "A会同B负责", units with roles of their own.
 */
type ClauseReading =
  | { readonly type: 'deadline' }
  | { readonly type: 'leader' }
  | { readonly type: 'units'; readonly kind: RoleKind | null; readonly mentions: readonly Mention[] }
  | { readonly type: 'shared'; readonly mentions: readonly Mention[] };

const DEADLINE_CLAUSE: ClauseReading = { type: 'deadline' };
const LEADER_CLAUSE: ClauseReading = { type: 'leader' };

const mention = (name: string, kind: RoleKind | null): Mention => ({ name, kind, national: isNationalUnit(name) });

/** Not shaped like an organisation's name: a phrase the role words did not cover, or several units run together. */
const isDoubtfulUnitName = memoize(
  // "省市场监管局（知识产权局）": judge the name before its bracketed second name.
  (name: string) => !UNIT_SUFFIX.test(name.replace(/[（(][^（()）]*[)）]$/, '')) || name.length > 30,
);

/** A role in brackets after a name, as task tables mark the lead: "省发展改革委（牵头）". */
const BRACKETED_ROLE = /[（(]([^（()）]{1,8})[)）]$/;

/**
 * The units of a list, each with the role of the clause, or the role in brackets after its name.
 * Where some names carry a role in brackets, the others in the list are the units responsible.
 */
function mentionsOf(unitsText: string, kind: RoleKind | null): Mention[] {
  const marked = splitUnits(unitsText).map((written) => {
    const inBrackets = BRACKETED_ROLE.exec(written);
    const role = inBrackets ? roleOf(inBrackets[1]!.replace(/(?:单位|部门)$/, '')) : null;
    // Only a role word fills the brackets: "省市场监管局（知识产权局）" names a second name.
    return role?.kind && !role.unitsText ? { name: written.slice(0, inBrackets!.index), kind: role.kind } : { name: written, kind: null };
  });
  const othersKind = kind ?? (marked.some((m) => m.kind) ? 'plain' : null);
  return marked.map((m) => mention(m.name, m.kind ?? othersKind));
}

function readUnitsClause(unitsText: string, kind: RoleKind | null): ClauseReading {
  const withAt = unitsText.indexOf('会同');
  if (withAt > 0) {
    // "A会同B负责": A leads, B shares the work.
    const partners = unitsText.slice(withAt + 2).split('会同')[0]!;
    const partnerKind = kind === 'cooperating' ? kind : 'joint';
    return { type: 'shared', mentions: [...mentionsOf(unitsText.slice(0, withAt), 'lead'), ...mentionsOf(partners, partnerKind)] };
  }
  return { type: 'units', kind, mentions: mentionsOf(unitsText, kind) };
}

/**
 * An unlabelled clause: a time limit, or units ending in a role word. Plans repeat the same clauses
 * task after task ("省知识产权局牵头", "2023年12月底前完成"), so each distinct one is read once.
 */
const readPlainClause = memoize((text: string): ClauseReading => {
  // A role word first: most clauses have one, and it settles the question with one scan.
  if (readsAsTimeLimit(text)) return DEADLINE_CLAUSE;
  const { kind, unitsText } = roleOf(text);
  return readUnitsClause(unitsText, kind);
});

function readClause(clause: Clause): ClauseReading {
  if (clause.label === 'deadline') return DEADLINE_CLAUSE;
  if (clause.label === 'leader') return LEADER_CLAUSE;
  if (!clause.label) return readPlainClause(clause.text);
  // "责任单位：A牵头，B配合": the role word in the clause says more than the label over it.
  const { kind, unitsText } = roleOf(clause.text);
  return readUnitsClause(unitsText, kind && kind !== 'plain' ? kind : clause.label);
}

const emptyUnits = (): TaskUnits => ({ lead: [], joint: [], cooperating: [], national: [] });

/** Reads the inside of a responsibility parenthesis (or a cell of a unit column). */
export function parseResponsibility(inner: string): Responsibility {
  return parseNotes([inner]);
}

/** A clause of one of a task's notes; `scope` is the note (-1: labelled clauses, which read as one). */
interface ScopedClause extends Clause {
  scope: number;
}

/** The clauses of several notes, parts numbered on across them so that no two notes share a part. */
function clausesOfNotes(notes: readonly string[]): ScopedClause[] {
  const all: ScopedClause[] = [];
  let firstPart = 0;
  for (const [scope, note] of notes.entries()) {
    const clauses = clausesOf(note);
    for (const c of clauses) all.push(c.part < 0 ? { ...c, scope: -1 } : { ...c, part: firstPart + c.part, scope });
    firstPart += Math.max(0, ...clauses.map((c) => c.part)) + 1;
  }
  return all;
}

/**
 * Reads a task's notes together: the parenthesis at its end, those of its sub-items, label lines.
 * Within one note a lone 负责 after a lead is 责任 ("省工信厅牵头；省财政厅配合；各市人民政府负责"),
 * while each sub-item's note may name a lead of its own ("（省数据局牵头）…（省发展改革委负责）").
 */
export function parseNotes(notes: readonly string[]): Responsibility {
  const units = emptyUnits();
  const warnings: string[] = [];
  const deadlines: string[] = [];
  // Names waiting for their role, in order: a unit clause with no role word, or all of a clause whose role is 'plain'.
  const assigned: { name: string; kind: RoleKind | null; national: boolean; part: number; scope: number; clause: ScopedClause }[] = [];
  let waiting: number[] = [];

  for (const clause of clausesOfNotes(notes)) {
    const reading = readClause(clause);
    if (reading.type === 'deadline') {
      deadlines.push(clause.text);
      continue;
    }
    if (reading.type === 'leader') continue; // kept in the responsibility text as written
    if (reading.type === 'units' && !reading.mentions.length) {
      const { kind } = reading;
      if (kind && waiting.length) {
        for (const i of waiting) assigned[i]!.kind = kind; // "省科技厅、省财政厅，按职责分工负责"
        waiting = [];
      } else if (!kind) warnings.push(`无法识别的分工说明：“${clause.text}”`);
      continue;
    }
    // "省商务厅牵头，省发展改革委、省自然资源厅，各市人民政府配合": after a lead, units listed without a
    // role share the role of the units listed next in the same part.
    const { kind } = reading.type === 'units' ? reading : { kind: null };
    if (kind && kind !== 'lead' && waiting.length && assigned.some((a) => a.kind === 'lead' && a.part === clause.part)) {
      for (const i of waiting) if (assigned[i]!.part === clause.part) assigned[i]!.kind = kind;
      waiting = waiting.filter((i) => !assigned[i]!.kind);
    }
    for (const m of reading.mentions) {
      if (!m.kind) waiting.push(assigned.length);
      assigned.push({ name: m.name, kind: m.kind, national: m.national, part: clause.part, scope: clause.scope, clause });
    }
  }

  // A lone 负责 leads unless someone in the same note (outside the national list) already leads.
  // Several units before one 负责 follow the usual rule that the first named leads (列第一位的为牵头单位).
  const scopesWithLead = new Set<number>();
  for (const a of assigned) if (a.kind === 'lead' && !a.national) scopesWithLead.add(a.scope);
  let unnamedFirst = true;
  // "省知识产权局、省科技厅负责": the first leads, which the official should confirm.
  const firstOfPlainList = new Map<ScopedClause, string>();
  for (const a of assigned) {
    let role: Role;
    if (a.national) role = 'national';
    else if (a.kind === 'plain') {
      role = scopesWithLead.has(a.scope) ? 'joint' : 'lead';
      scopesWithLead.add(a.scope);
      if (GUIDES.test(a.clause.text)) warnings.push(guidingRoleWarning(a.name, role));
      if (role === 'lead') firstOfPlainList.set(a.clause, a.name);
      else {
        const lead = firstOfPlainList.get(a.clause);
        if (lead) {
          warnings.push(firstLeadsWarning(a.clause.text, lead));
          firstOfPlainList.delete(a.clause);
        }
      }
    }
    else if (a.kind) role = a.kind;
    else {
      // Plans that list units without role words put the lead first (列第一位的为牵头单位).
      role = unnamedFirst && !scopesWithLead.has(a.scope) ? 'lead' : 'joint';
      unnamedFirst = false;
      // "省委宣传部、省委网信办，省数据局负责": the 负责 after the first listed no longer leads.
      if (role === 'lead') scopesWithLead.add(a.scope);
      warnings.push(unstatedRoleWarning(a.name, role === 'lead' ? 'lead' : 'joint'));
    }
    if (!units[role].includes(a.name)) units[role].push(a.name);
  }
  dropLowerRoleDuplicates(units);
  for (const role of ROLES) {
    for (const name of units[role]) {
      if (isDoubtfulUnitName(name)) warnings.push(doubtfulUnitWarning(name));
      else if (mayBeTwoOffices(name)) warnings.push(oneUnitWarning(name, twoOffices(name)));
      // "省委、省政府信访局": the bare 省委 listed before another body may belong with it.
      else if (BARE_AUTHORITY.test(name) && notes.some((note) => listedBeforeCounterpartIn(note, name))) {
        warnings.push(bareAuthorityWarning(name));
      }
    }
  }
  return { units, deadlineText: deadlines.join('，'), warnings };
}

/** Whether a note lists the bare authority `name` right before the other authority of its level. */
function listedBeforeCounterpartIn(note: string, name: string): boolean {
  for (let at = note.indexOf(`${name}、`); at >= 0; at = note.indexOf(`${name}、`, at + 1)) {
    if (at > 0 && !/[、，,；;。：:（(\s]/.test(note[at - 1]!)) continue; // the end of a longer name
    const next = /^[^、，,；;。（(\s]+/.exec(note.slice(at + name.length + 1))?.[0] ?? '';
    if (listedBeforeCounterpart(name, cleanUnitName(roleOf(next).unitsText))) return true;
  }
  return false;
}

/** "省委、省政府办公厅" read as two: "省委办公厅、省政府办公厅". */
function twoOffices(name: string): string {
  const [authority, office] = name.split('、') as [string, string];
  const hall = /(?:办公厅|厅)$/.exec(office)![0];
  return `“${authority}${hall}”“${office}”`;
}

/** A unit named as lead and again among the 按职责分工负责 list is listed once, in its highest role. */
function dropLowerRoleDuplicates(units: TaskUnits): void {
  // A handful of names per list: includes() is cheaper than building Sets for every task.
  const { lead, joint } = units;
  if (joint.some((n) => lead.includes(n))) units.joint = joint.filter((n) => !lead.includes(n));
  if (units.cooperating.some((n) => lead.includes(n) || joint.includes(n))) {
    units.cooperating = units.cooperating.filter((n) => !lead.includes(n) && !joint.includes(n));
  }
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
