import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PeriodFigures } from '../../../electron/shared/api/reports';
import { STATUS_LABELS, TASK_STATUS_LABELS, type TaskPeriodStatus } from '../../../electron/shared/types';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { saveReports } from '../../helpers/reportData';
import { PERIOD, seedRulesPlan } from './fixture';

let planId: number;
let summary: PeriodFigures;
const b = backendPerSuite(async (b) => {
  planId = await seedRulesPlan(b);
  summary = await b.call('reports.summary', { planId, period: PERIOD });
});

const STATUS_BY_LABEL = new Map(Object.entries(TASK_STATUS_LABELS).map(([k, v]) => [v, k as TaskPeriodStatus]));

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

const text = (cell: ExcelJS.Cell) => (cell.value == null ? '' : String(cell.value));

describe('汇总表 .xlsx', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const file = await b.call('reports.export', { planId, period: PERIOD, format: 'xlsx' });
    // Named as titled, the plan's name in 书名号 (not run into the period's year).
    expect(file.fileName).toBe('《测试工作要点》2023年第三季度推进情况汇总表.xlsx');
    wb = await readWorkbook(file.bytes);
  });

  it('has the three sheets, printed as the office prints them', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['推进情况汇总', '统计', '未报送单位']);
    const ws = wb.getWorksheet('推进情况汇总')!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3' });
    expect(ws.headerFooter.oddFooter).toContain('&P');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    // Read like the fill-in templates: the plan in 《》 and the period.
    expect(text(ws.getCell('A1'))).toBe('《测试工作要点》2023年第三季度推进情况汇总表');
    expect(text(wb.getWorksheet('统计')!.getCell('A1'))).toBe('《测试工作要点》2023年第三季度推进情况统计');
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getCell('A1').font).toMatchObject({ name: '宋体', bold: true });
    expect(ws.getCell('B5').font?.name).toBe('仿宋');
    expect(ws.getCell('B5').border?.top?.style).toBe('thin');
  });

  it('lists every task once with the same status as the summary, and each unit’s line', () => {
    const ws = wb.getWorksheet('推进情况汇总')!;
    const statusOf = new Map<string, TaskPeriodStatus>();
    const unitLines: string[][] = [];
    ws.eachRow((row, n) => {
      if (n <= 3) return;
      const seq = text(row.getCell(1));
      if (!/^\d+$/.test(seq)) return; // section rows
      if (!statusOf.has(seq)) statusOf.set(seq, STATUS_BY_LABEL.get(text(row.getCell(5)))!);
      if (seq === '1') unitLines.push([7, 8, 9, 10].map((c) => text(row.getCell(c))));
    });
    expect([...statusOf.keys()]).toEqual(summary.tasks.map((t) => t.seq));
    for (const t of summary.tasks) expect(statusOf.get(t.seq)).toBe(t.status);
    const counted = { completed: 0, on_track: 0, delayed: 0, not_started: 0, unreported: 0 };
    for (const s of statusOf.values()) counted[s]++;
    expect({ tasks: statusOf.size, ...counted }).toEqual(summary.totals);
    expect(unitLines).toEqual([
      ['甲局', '牵头', '正常推进', '已完成项目立项，正在开展施工招标。'],
      ['乙厅', '责任', '滞后', '配套制度正在起草。'],
      ['己办', '配合', '未报送', ''],
    ]);
  });

  it('colours the status cells by status', () => {
    const ws = wb.getWorksheet('推进情况汇总')!;
    let checked = 0;
    ws.eachRow((row, n) => {
      const label = text(row.getCell(9));
      if (n <= 3 || !STATUS_BY_LABEL.has(label)) return;
      const fill = row.getCell(9).fill as ExcelJS.FillPattern;
      const expected = { completed: 'FFD9EAD3', on_track: 'FFDDEBF7', delayed: 'FFF4CCCC', not_started: 'FFFFF2CC', unreported: 'FFEDEDED' };
      expect(fill.fgColor?.argb).toBe(expected[STATUS_BY_LABEL.get(label)!]);
      checked++;
    });
    expect(checked).toBeGreaterThan(8);
  });

  it('gives the same figures as the summary in 统计', async () => {
    const ws = wb.getWorksheet('统计')!;
    const rows = new Map<string, (string | number)[]>();
    ws.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1).map((v) => (typeof v === 'number' ? v : String(v ?? '')));
      rows.set(String(values[0]), values);
    });
    for (const [status, label] of Object.entries(TASK_STATUS_LABELS)) {
      expect(rows.get(label)?.[1], label).toBe(summary.totals[status as TaskPeriodStatus]);
    }
    expect(rows.get('合计')?.[1]).toBe(summary.totals.tasks);
    expect(rows.get('其中：逾期未完成')?.[1]).toBe(summary.overdue.length);
    expect(rows.get('下期到期（临期）')?.[1]).toBe(summary.dueSoon.length);
    for (const s of summary.bySection) {
      expect(rows.get(`${s.numeral}、${s.title}`)?.slice(1)).toEqual([s.tasks, s.completed, s.on_track, s.delayed, s.not_started, s.unreported, s.overdue]);
    }
    // 甲局 left tasks 4 and 5 out, 丙委 task 8: partly reported, as 报送台账 says.
    const state = (u: (typeof summary.byUnit)[number]) =>
      u.collective ? '不单独报送' : !u.reported ? '未报送' : ['甲局', '丙委'].includes(u.unit) ? '部分报送' : '已报送';
    expect(summary.byUnit.find((u) => u.unit === '甲局')).toMatchObject({ openTasks: 5, coveredTasks: 3 });
    // …the very units 报送台账 lists as 部分报送.
    const ledger = await b.call('submissions.get', { planId, period: PERIOD });
    expect(ledger.units.filter((u) => u.state === 'partial').map((u) => u.unit).sort()).toEqual(['丙委', '甲局']);
    for (const u of summary.byUnit) {
      expect(rows.get(u.unit)?.slice(1)).toEqual([u.lead, u.joint, u.cooperating, state(u), u.reportedTasks, u.completed, u.delayed, u.overdue]);
    }
    expect(STATUS_LABELS.completed).toBe('已完成');
  });

  it('names the units that sent nothing in 未报送单位', () => {
    const ws = wb.getWorksheet('未报送单位')!;
    const names: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 3 && /^\d+$/.test(text(row.getCell(1)))) names.push(text(row.getCell(2)));
    });
    expect(names).toEqual(summary.missingUnits);
    expect(text(ws.getCell('A2'))).toBe(`共${summary.missingUnits.length}个单位未报送`);
  });
});

/** The text of a docx part, paragraph by paragraph. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

describe('通报 .docx', () => {
  let files: Record<string, Uint8Array>;
  let doc: string;
  beforeAll(async () => {
    const file = await b.call('reports.export', { planId, period: PERIOD, format: 'docx' });
    expect(file.fileName).toBe('关于《测试工作要点》2023年第三季度推进情况的通报.docx');
    files = unzipSync(file.bytes);
    doc = strFromU8(files['word/document.xml']!);
  });

  it('is laid out after GB/T 9704: A4, margins, fonts, sizes and fixed 28 pt lines', () => {
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    // 37, 35, 28 and 26 mm in twips.
    expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    // The East Asian font is set (Word picks the font of Chinese text from w:eastAsia).
    for (const font of ['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312']) expect(doc).toContain(`w:eastAsia="${font}"`);
    expect(doc).toMatch(/<w:rFonts [^>]*w:eastAsia="方正小标宋简体"[^>]*\/><w:b\/><w:bCs\/><w:sz w:val="44"\/>/);
    expect(doc).toContain('<w:sz w:val="44"/>'); // 2号 title
    expect(doc).toContain('<w:sz w:val="32"/>'); // 3号 body
    expect(doc).toContain('<w:spacing w:after="0" w:before="0" w:line="560" w:lineRule="exact"/>');
    expect(doc).toContain('w:firstLineChars="200"');
    // The attachment table on landscape pages.
    expect(doc).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(doc).toContain('<w:tblHeader/>');
  });

  it('numbers pages — 1 — in the footer and tells Word what to use for missing fonts', () => {
    const footerName = Object.keys(files).find((f) => /^word\/footer\d*\.xml$/.test(f))!;
    const footer = strFromU8(files[footerName]!);
    expect(footer).toContain('PAGE');
    expect(paragraphs(footer).join('')).toMatch(/^— .*—$/);
    const fonts = strFromU8(files['word/fontTable.xml']!);
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
  });

  it('says the same figures as the summary', () => {
    const body = paragraphs(doc);
    expect(body.slice(0, 1)).toEqual(['关于《测试工作要点》2023年第三季度推进情况的通报']);
    const t = summary.totals;
    expect(body).toContain(
      `截至2023年9月底，《测试工作要点》确定的${t.tasks}项任务中，已完成${t.completed}项，正常推进${t.on_track}项，滞后${t.delayed}项，` +
        `未启动${t.not_started}项，未报送进展${t.unreported}项，完成率12.5%。其中，第1项（建设甲项目）已过完成时限仍未完成；` +
        // No report on 第8项 this period: nothing says it is unfinished.
        '第8项（落实辛措施）已过完成时限，本期未报送进展，需重点督办。' +
        '第3项任务进度滞后，且将于2023年第四季度到期。另有第5项任务将于2023年第四季度到期，需加快推进。',
    );
    expect(body).toContain('本期应报送推进情况的单位6个，已报送4个（其中甲局、丙委报送不全），己办、戊局未报送。');
    for (const heading of ['一、总体情况', '二、各部分推进情况', '三、存在的问题', '四、下步工作']) expect(body).toContain(heading);
    // Problems: split, deduplicated across units, attributed.
    expect(body).toContain(
      '（一）集聚资源加快强省建设。一是资金到位较慢（第1项，甲局、乙厅）；二是专业人才不足（第1项，甲局）；三是部门协同机制有待完善（第3项，丙委）。',
    );
    expect(body.join('\n')).not.toMatch(/XX|××|TODO|待填|undefined|null|NaN/);
  });

  it('attaches the summary table: one row per task, statuses as in the summary', () => {
    const table = doc.slice(doc.indexOf('<w:tbl>'));
    const rows = [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).join('\n')),
    );
    expect(rows[0]).toEqual(['序号', '工作任务', '牵头（责任）单位', '完成状态', '预警', '进展情况']);
    const taskRows = rows.filter((r) => r.length === 6 && /^\d+$/.test(r[0]!));
    expect(taskRows.map((r) => [r[0], STATUS_BY_LABEL.get(r[3]!)])).toEqual(summary.tasks.map((t) => [t.seq, t.status]));
    expect(taskRows[2]![2]).toBe('乙厅、丙委'); // no lead: the jointly responsible units
    expect(rows.filter((r) => r.length === 1).map((r) => r[0])).toEqual(['一、集聚资源加快强省建设', '二、推进保护体系建设']);
  });
});

describe('通报 text', () => {
  it('is generated until the official saves an edit, which exports then use (audit-logged)', async () => {
    const generated = await b.call('reports.narrative', { planId, period: PERIOD });
    expect(generated.edited).toBe(false);
    // Two lines: the official may move the break.
    expect(generated.narrative.title).toBe('关于《测试工作要点》\n2023年第三季度推进情况的通报');

    // Addressed to 各有关单位; the 落款: no issuing body named yet (a placeholder to replace), dated today.
    expect(generated.narrative).toMatchObject({ addressee: '各有关单位：', issuer: '（发文机关署名）', date: expect.stringMatching(/^\d{4}年\d{1,2}月\d{1,2}日$/) });

    const edited = { ...generated.narrative, nextSteps: '四、下步工作\n（一）压实责任。请各单位于10月底前报送整改清单。', issuer: '省知识产权局办公室', date: '2023年10月12日' };
    const saved = await b.call('reports.saveNarrative', { planId, period: PERIOD, narrative: edited });
    expect(saved).toEqual({ narrative: edited, edited: true, outdated: false });
    expect(await b.call('reports.narrative', { planId, period: PERIOD })).toEqual({ narrative: edited, edited: true, outdated: false });
    // Generated afresh, or for another period: the office that issued the last one issues it again.
    expect((await b.call('reports.narrative', { planId, period: PERIOD, regenerate: true })).narrative).toEqual({ ...generated.narrative, issuer: '省知识产权局办公室' });
    expect((await b.call('reports.narrative', { planId, period: '2023Q4' })).narrative.issuer).toBe('省知识产权局办公室');

    const audit = b.db.all<{ action: string; object_type: string; summary: string; after: string }>(
      "SELECT action, object_type, summary, after FROM audit_log WHERE action = 'report.saveNarrative'",
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ object_type: 'period', summary: '保存2023年第三季度通报文字' });
    expect(JSON.parse(audit[0]!.after)).toEqual(edited);

    const docx = await b.call('reports.export', { planId, period: PERIOD, format: 'docx' });
    const body = paragraphs(strFromU8(unzipSync(docx.bytes)['word/document.xml']!));
    expect(body).toContain('（一）压实责任。请各单位于10月底前报送整改清单。');
    expect(body.join('')).not.toContain('抓好临期任务落实');
    const html = new TextDecoder().decode((await b.call('reports.export', { planId, period: PERIOD, format: 'html' })).bytes);
    expect(html).toContain('<p><span class="sub">（一）压实责任。</span>请各单位于10月底前报送整改清单。</p>');
    expect(html).toContain('.notice p.signature { text-indent: 0; text-align: right; padding-right: 2em; break-before: avoid; }'); // 落款 not parted from 附件说明
    expect(html).toContain('<p class="attachment">附件：《测试工作要点》2023年第三季度推进情况汇总表</p>\n<p class="signature first">省知识产权局办公室</p>\n<p class="signature">2023年10月12日</p>');
    const attachmentLine = body.indexOf('附件：《测试工作要点》2023年第三季度推进情况汇总表');
    expect(body.slice(attachmentLine, attachmentLine + 4)).toEqual(['附件：《测试工作要点》2023年第三季度推进情况汇总表', '', '省知识产权局办公室', '2023年10月12日']);
  });

  it('says when the saved text was saved before the period’s latest reports came in', async () => {
    const { narrative } = await b.call('reports.narrative', { planId, period: PERIOD });
    await b.call('reports.saveNarrative', { planId, period: PERIOD, narrative });
    expect((await b.call('reports.narrative', { planId, period: PERIOD })).outdated).toBe(false);
    // A late return: 戊局 reports on task 6 after the text was saved.
    await saveReports(b, planId, PERIOD, [{ seq: '6', unit: '戊局', status: 'on_track', progress: '补报：已启动。' }]);
    expect(await b.call('reports.narrative', { planId, period: PERIOD })).toMatchObject({ edited: true, outdated: true });
    // Another period's records do not make it out of date; saving it again settles it.
    await b.call('reports.saveNarrative', { planId, period: PERIOD, narrative });
    await saveReports(b, planId, '2023Q4', [{ seq: '6', unit: '戊局', status: 'on_track', progress: '继续推进。' }]);
    expect((await b.call('reports.narrative', { planId, period: PERIOD })).outdated).toBe(false);
  });

  it('refuses a period code that is not one, and a plan that does not exist', async () => {
    const bad = await b.invoke('reports.saveNarrative', {
      planId: 9999,
      period: PERIOD,
      narrative: { title: 't', overview: '', sections: '', problems: '', nextSteps: '' },
    });
    expect(bad.ok).toBe(false);
    const badPeriod = await b.invoke('reports.narrative', { planId, period: '2023Q5' });
    expect(badPeriod.ok).toBe(false);
    if (!badPeriod.ok) expect(badPeriod.error.code).toBe('INVALID_INPUT');
  });
});
