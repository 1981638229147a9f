// Where a plan comes from — pasted text, .txt, .docx/.doc, .xlsx/.xls/.ods/.csv — to a ParsedPlan.
// Refuses, with a message naming the file, what it cannot read: empty or oversized files,
// binary junk, PDFs, and documents without numbered tasks.
import type { FileInput } from '../../shared/api/method';
import type { ParsedPlan } from '../../shared/types';
import { AppError } from '../../shared/result';
import { inspectFile } from '../files/inspect';
import { MAX_TEXT_BYTES } from '../limits';
import { formatBytes } from '../../shared/format';
import { decodeText, looksLikeText } from './decode';
import { DOCX_BODY_PARTS } from '../files/docxBody';
import { readDoc, readDocx } from './docxContent';
import { parsePlanText, type ParseTextOptions } from './parseText';
import { findHeader, parseTaskTable } from './parseTable';
import { legacySheets, xlsxSheets, type SheetRows } from './sheetRows';
import { baseName } from './text';

export type PlanSourceInput = { kind: 'text'; text: string; title?: string } | { kind: 'file'; file: FileInput; title?: string };

export interface SourcePlan {
  plan: ParsedPlan;
  sourceName: string;
}

export async function readPlanSource(source: PlanSourceInput): Promise<SourcePlan> {
  if (source.kind === 'file') return { plan: await fileToPlan(source.file, source.title), sourceName: source.file.name };
  const size = Buffer.byteLength(source.text, 'utf8');
  if (size > MAX_TEXT_BYTES) {
    throw new AppError('FILE_TOO_LARGE', `粘贴的文本大小为 ${formatBytes(size)}，超过上限 ${formatBytes(MAX_TEXT_BYTES)}，未导入。`, {
      limit: MAX_TEXT_BYTES,
      size,
    });
  }
  if (!source.text.trim()) throw new AppError('BAD_FILE', '粘贴的文本是空的，请粘贴工作要点全文。');
  return { plan: parsePlanText(source.text, { title: source.title }), sourceName: '粘贴的文本' };
}

/** Reads one file by what its bytes are (the shared inspection refuses empty, oversized, PDF …). */
export async function fileToPlan(file: FileInput, title?: string): Promise<ParsedPlan> {
  const { name, bytes } = file;
  const ext = /\.([^.\\/]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const { format, zip } = inspectFile(file, ['text', 'docx', 'doc', 'xlsx', 'xls', 'ods'], (part) => DOCX_BODY_PARTS.has(part));
  const options = { title, fallbackTitle: baseName(name), sourceName: name };
  switch (format) {
    case 'docx':
    case 'doc': {
      const doc = await guard(name, 'Word 文档', async () => (format === 'doc' ? readDoc(name, bytes) : readDocx(bytes, zip?.parts)));
      for (const rows of doc.tables) {
        const plan = parseTaskTable(rows, { ...options, titleLines: doc.beforeFirstTable });
        if (plan) return withBodyTasksNoted(plan, doc.text, options);
      }
      return withListNumbersNoted(name, doc.unnumberedListParagraphs, () => parsePlanText(checkedText(name, doc.text), options));
    }
    case 'xlsx':
      return tablePlan(name, await guard(name, '电子表格', () => xlsxSheets(bytes)), options);
    case 'xls':
    case 'ods':
      return tablePlan(name, await guard(name, '电子表格', async () => legacySheets(bytes)), options);
    case 'text': {
      const claimed = OFFICE_EXTENSIONS[ext];
      if (claimed) {
        // "要点.docx" holding plain text: renamed by hand, or a download that went wrong.
        throw new AppError(
          'BAD_FILE',
          `文件“${name}”不是${/^[A-Za-z]/.test(claimed) ? ' ' : ''}${claimed}，其内容是纯文本（可能改过扩展名，或下载、传送时出错）。如是工作要点的文字，请把扩展名改为 .txt 后导入，或复制全文粘贴导入。`,
        );
      }
      const text = checkedText(name, decodeText(bytes));
      return ext === 'csv' ? tablePlan(name, legacySheets(text), options) : parsePlanText(text, options);
    }
  }
}

/** Extensions of the office files a text file may be misnamed as, with what such a file would be. */
const OFFICE_EXTENSIONS: Partial<Record<string, string>> = {
  docx: 'Word 文档',
  doc: 'Word 文档',
  wps: 'Word 文档',
  xlsx: '电子表格',
  xls: '电子表格',
  ods: '电子表格',
  et: '电子表格',
};

/**
 * A .doc with paragraphs Word numbers automatically from lists that cannot be read (the numbers are
 * not in its text), so tasks numbered that way are not found. Said when the plan is read (or when no
 * task is), with the remedy.
 */
function withListNumbersNoted(name: string, listed: number, parse: () => ParsedPlan): ParsedPlan {
  if (!listed) return parse();
  const note = `文件“${name}”中有 ${listed} 段使用了 Word 自动编号，但文件中编号的定义读不出来，以自动编号的任务可能未列入台账。请用 WPS 或 Word 另存为 .docx 后再导入。`;
  try {
    const plan = parse();
    return { ...plan, warnings: [note, ...plan.warnings] };
  } catch (err) {
    if (err instanceof AppError) throw new AppError(err.code, `${err.message}${note}`, err.details);
    throw err;
  }
}

/**
 * A document whose text numbers more tasks than its 分工表 lists (the table an annex of a few, the
 * body the plan itself): the table is read, and the difference said, so that no task is lost unseen.
 */
function withBodyTasksNoted(plan: ParsedPlan, text: string, options: ParseTextOptions): ParsedPlan {
  let body: ParsedPlan;
  try {
    body = parsePlanText(text, options);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return plan; // no numbered tasks in the text: the table is the plan
  }
  if (body.tasks.length <= plan.tasks.length) return plan;
  const note = `文档正文中有 ${body.tasks.length} 项编号任务，而表格只列了 ${plan.tasks.length} 项，已按表格导入。如应按正文导入，请把正文复制后粘贴导入。`;
  return { ...plan, warnings: [note, ...plan.warnings] };
}

function checkedText(name: string, text: string): string {
  if (!looksLikeText(text)) {
    throw new AppError('BAD_FILE', `文件“${name}”不是可识别的文本（可能是二进制文件或已损坏），请导入 .txt、.docx 或 .xlsx 格式的工作要点。`);
  }
  if (!text.trim()) throw new AppError('BAD_FILE', `文件“${name}”中没有文字内容。`);
  return text;
}

/** The sheet whose header names the most known columns (the ledger sheet, not the 按单位 sheet after it). */
function tablePlan(name: string, sheets: SheetRows[], options: { title?: string; fallbackTitle: string }): ParsedPlan {
  const ranked = sheets
    .map((sheet) => ({ sheet, score: findHeader(sheet.rows)?.score ?? 0 }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  for (const { sheet } of ranked) {
    const plan = parseTaskTable(sheet.rows, options);
    if (plan) return plan;
  }
  throw new AppError(
    'BAD_FILE',
    `在表格“${name}”中没有找到任务表：需要一行表头，包含“工作任务”（或“重点任务”）以及“序号”“牵头单位”“完成时限”等列。`,
  );
}

async function guard<T>(name: string, what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('BAD_FILE', `文件“${name}”无法作为${what}打开，可能已损坏或格式不符：${(err as Error).message}`);
  }
}
