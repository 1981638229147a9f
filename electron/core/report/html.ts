// The print view: one self-contained HTML page (inline CSS, no external resources, no script) with
// the 通报 on A4 portrait pages and the 推进情况汇总表 on A4 landscape pages (a named @page). Page
// numbers come from @page margin boxes, so Chromium prints them without its own header and footer.
// The renderer shows it in its print preview; the CLI prints it to PDF with Chromium.
import type { Narrative, PeriodSummary, TaskSummaryRow } from '../../shared/api/reports';
import { safeText, STATUS_FILLS } from '../sheets/style';
import { addresseeLines, narrativeBlocks, signatureLines, titleLines, type Block } from './blocks';
import { collectiveUnits, combinedProgress, cssColor, LIGHT_FILLS, lightText, RESPONSIBLE_HEADER, responsibleUnits, summaryNote, summaryTableTitle, taskStatusText } from './presentation';
import { sectionLabel } from '../../shared/sections';
import { tasksBySection } from './summary';
import { tableTitleLines } from './wording';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return safeText(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Multi-line text: escaped, line breaks kept. */
const lines = (text: string) => escapeHtml(text.trim()).replace(/\r?\n/g, '<br>');

// Font stacks: the official fonts first, then what Windows, macOS and Chinese Linux ship, so the
// page still reads right offline on a machine without the official fonts.
const FANGSONG = `"仿宋_GB2312","FangSong_GB2312","FangSong","仿宋","STFangsong","Noto Serif CJK SC","WenQuanYi Micro Hei",serif`;
const SONG = `"SimSun","宋体","STSong","Noto Serif CJK SC","WenQuanYi Micro Hei",serif`;
const XIAOBIAOSONG = `"方正小标宋简体","FZXiaoBiaoSong-B05S","STZhongsong","华文中宋",${SONG}`;
const HEI = `"SimHei","黑体","STHeiti","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif`;
const KAI = `"楷体_GB2312","KaiTi_GB2312","KaiTi","楷体","STKaiti","AR PL UKai CN",${FANGSONG}`;

/** “— 1 —” in 4号 宋体 (GB/T 9704 7.5): right on odd (right-hand) pages, left on even ones, one character in. */
const pageNumber = (side: 'left' | 'right') =>
  `@bottom-${side} { content: "— " counter(page) " —"; font: 14pt ${SONG}; vertical-align: top; padding-top: 7mm; padding-${side}: 14pt; }`;

const STYLE = `
@page { size: A4 portrait; margin: 37mm 26mm 35mm 28mm; }
@page :right { ${pageNumber('right')} }
@page :left { ${pageNumber('left')} }
@page annex { size: A4 landscape; margin: 26mm 30mm 24mm 30mm; }
@page annex:right { ${pageNumber('right')} }
@page annex:left { ${pageNumber('left')} }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; background: #fff; font-family: ${FANGSONG}; font-size: 16pt; line-height: 28pt; }
.notice p { margin: 0; text-indent: 2em; text-align: justify; }
.notice h1 { margin: 0 0 28pt; font-family: ${XIAOBIAOSONG}; font-size: 22pt; line-height: 36pt; font-weight: bold; text-align: center; }
.notice p.heading { font-family: ${HEI}; }
.notice p.addressee { text-indent: 0; }
.notice .sub { font-family: ${KAI}; }
.notice p.attachment { margin-top: 28pt; text-indent: -3em; padding-left: 5em; }
.notice p.signature { text-indent: 0; text-align: right; padding-right: 2em; break-before: avoid; }
.notice p.signature.first { margin-top: 28pt; }
.annex { page: annex; break-before: page; }
.annex .label { margin: 0; font-family: ${HEI}; font-size: 16pt; line-height: 28pt; }
.annex h2 { margin: 0; font-family: ${XIAOBIAOSONG}; font-size: 18pt; line-height: 36pt; font-weight: bold; text-align: center; }
.annex .note { margin: 0 0 6pt; font-size: 12pt; line-height: 20pt; text-align: center; }
/* The 附件's heading stays with the table's header row and first lines. */
.annex .label, .annex h2, .annex .note { break-after: avoid; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 11pt; line-height: 16pt; }
thead { display: table-header-group; }
/* A long row splits across pages rather than leaving most of a page empty; a short one is kept whole. */
tr { break-inside: auto; }
tr.short { break-inside: avoid; }
/* CJK text wraps between any two characters by default; numbers and Latin words stay whole
   (发现问题23个, 1.2万条) unless a single one is wider than its cell. */
th, td { border: 0.6pt solid #000; padding: 3pt 4pt; vertical-align: middle; word-break: normal; overflow-wrap: anywhere; orphans: 2; widows: 2; }
th { font-family: ${HEI}; font-weight: normal; background: #f2f2f2; }
td.c { text-align: center; }
/* A part's heading row goes with its first task row (when that one is kept whole), not with the whole part. */
tbody.lead { break-inside: avoid; }
tr.section td { font-family: ${HEI}; background: #fafafa; }
@media screen {
  body { background: #e6e6e6; padding: 16px 0; }
  .notice, .annex { background: #fff; margin: 0 auto 16px; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
  .notice { width: 210mm; min-height: 297mm; padding: 37mm 26mm 35mm 28mm; }
  .annex { width: 297mm; min-height: 210mm; padding: 26mm 30mm 24mm; }
}`;

function blockHtml(block: Block): string {
  if (block.kind === 'heading') return `<p class="heading">${escapeHtml(block.text)}</p>`;
  const lead = block.lead ? `<span class="sub">${escapeHtml(block.lead)}</span>` : '';
  return `<p>${lead}${escapeHtml(block.text)}</p>`;
}

const COLUMNS = [
  { header: '序号', width: '5%' },
  { header: '工作任务', width: '25%' },
  { header: RESPONSIBLE_HEADER, width: '12%' },
  { header: '完成状态', width: '8%' },
  { header: '预警', width: '12%' },
  { header: '进展情况', width: '38%' },
];

/** Characters of the longest cell up to which a row is kept on one page (about eight lines of the 进展情况 column). */
const SHORT_ROW_CHARS = 180;

/** A row short enough to keep whole: splitting it would leave a line or two on either page. */
const isShortRow = (task: TaskSummaryRow, progress: string): boolean => Math.max(task.content.length, progress.length) <= SHORT_ROW_CHARS;

function taskRowHtml(task: TaskSummaryRow, collective: ReadonlySet<string>): { html: string; short: boolean } {
  const progress = combinedProgress(task, collective);
  const statusFill = cssColor(STATUS_FILLS[task.status]!);
  const lightFill = cssColor(LIGHT_FILLS[task.light]);
  const short = isShortRow(task, progress);
  const html =
    `<tr${short ? ' class="short"' : ''}><td class="c">${escapeHtml(task.seq)}</td><td>${lines(task.content)}</td>` +
    `<td class="c">${escapeHtml(responsibleUnits(task).join('、'))}</td>` +
    `<td class="c" style="background:${statusFill}">${taskStatusText(task)}</td>` +
    `<td class="c" style="background:${lightFill}">${escapeHtml(lightText(task))}</td>` +
    `<td>${lines(progress)}</td></tr>`;
  return { html, short };
}

function tableHtml(s: PeriodSummary): string {
  const groups = tasksBySection(s);
  const collective = collectiveUnits(s);
  // Each part in its own row groups: its heading row and first task row in one (tbody.lead, kept on
  // one page when that row is short), the rest in another.
  const body = groups
    .map(({ section, tasks }) => {
      const rows = tasks.map((task) => taskRowHtml(task, collective));
      if (!(groups.length > 1 || section.numeral)) return `<tbody>\n${rows.map((r) => r.html).join('')}\n</tbody>`;
      const head = `<tr class="section"><td colspan="${COLUMNS.length}">${escapeHtml(sectionLabel(section))}</td></tr>`;
      const [first, ...rest] = rows;
      const lead = `<tbody${first?.short ? ' class="lead"' : ''}>\n${head}${first?.html ?? ''}\n</tbody>`;
      return rest.length ? `${lead}\n<tbody>\n${rest.map((r) => r.html).join('')}\n</tbody>` : lead;
    })
    .join('\n');
  return (
    `<table><colgroup>${COLUMNS.map((c) => `<col style="width:${c.width}">`).join('')}</colgroup>` +
    `<thead><tr>${COLUMNS.map((c) => `<th>${c.header}</th>`).join('')}</tr></thead>\n${body}</table>`
  );
}

/** The print view of the period: the 通报 and its 附件 table. */
export function renderReportHtml(s: PeriodSummary, n: Narrative): string {
  const title = titleLines(n.title);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>${escapeHtml(title.join(''))}</title>
<style>${STYLE}</style>
</head>
<body>
<article class="notice">
<h1>${title.map(escapeHtml).join('<br>')}</h1>
${addresseeLines(n).map((line) => `<p class="addressee">${escapeHtml(line)}</p>`).join('\n')}
${narrativeBlocks(n).map(blockHtml).join('\n')}
<p class="attachment">附件：${escapeHtml(summaryTableTitle(s))}</p>
${signatureLines(n).map((line, i) => `<p class="signature${i ? '' : ' first'}">${escapeHtml(line)}</p>`).join('\n')}
</article>
<section class="annex">
<p class="label">附件</p>
<h2>${tableTitleLines(summaryTableTitle(s)).map(escapeHtml).join('<br>')}</h2>
<p class="note">${escapeHtml(summaryNote(s))}</p>
${tableHtml(s)}
</section>
</body>
</html>
`;
}
