// The 通报 .docx as a word processor reads it: every part well-formed XML, the package complete,
// the official's text and the 附件 table read back by mammoth, user text escaped, multi-line text
// kept as lines. Layout figures (page size, margins, fonts) are pinned in exports.test.ts.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cellXml, linesXml, runXml, sectionXml, tableXml, xmlText } from '../../../electron/core/report/wordml';
import type { Narrative } from '../../../electron/shared/api/reports';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { decode, parseXml, readBack, tableRows } from '../../helpers/docx';
import { importPlan, planOf, saveReports } from '../../helpers/reportData';

const PERIOD = '2023Q3';
const HOSTILE = 'A&B <专项> "计划" \'试点\'';

describe('WordprocessingML pieces', () => {
  it('escapes markup characters and drops what XML cannot hold', () => {
    expect(xmlText('a & b < c > d "e"')).toBe('a &amp; b &lt; c &gt; d &quot;e&quot;');
    expect(xmlText('响\u0007铃\uFFFF')).toBe('响铃');
    expect(xmlText('\uD800孤')).toBe('\uFFFD孤');
    expect(xmlText('平常的文字')).toBe('平常的文字');
    expect(runXml(HOSTILE)).toBe(`<w:r><w:t xml:space="preserve">A&amp;B &lt;专项&gt; &quot;计划&quot; '试点'</w:t></w:r>`);
    expect(runXml('x', { font: '<字体>' })).toContain('w:eastAsia="&lt;字体&gt;"');
  });

  it('writes one paragraph per line of a cell, empty lines included', () => {
    const xml = linesXml('第一行\r\n第二行\n\n第四行', { style: 'TableText' });
    expect(xml.match(/<w:p>/g)).toHaveLength(4);
    expect(xml.match(/<w:pStyle w:val="TableText"\/>/g)).toHaveLength(4);
    expect(xml).toContain('<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>');
    // A cell always holds a paragraph, even for no text.
    expect(linesXml('', {})).toBe('<w:p></w:p>');
  });

  it('builds a well-formed table and a landscape section', () => {
    const cells = cellXml(linesXml(HOSTILE, {}), { width: 1000, fill: 'F2F2F2' }) + cellXml(linesXml('', {}), { width: 2000 });
    const table = tableXml({ columns: [1000, 2000], borderSize: 4, cellMargins: { top: 40, right: 80, bottom: 40, left: 80 } }, `<w:tr>${cells}</w:tr>`);
    const section = sectionXml({ footer: 'rId4', landscape: true, newPage: true, page: { width: 11906, height: 16838 }, margins: { top: 1, right: 2, bottom: 3, left: 4, header: 5, footer: 6 } });
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    expect(() => parseXml(`<w:body ${W}>${table}${section}</w:body>`)).not.toThrow();
    expect(table).toContain('<w:tblW w:w="3000" w:type="dxa"/>');
    expect(section).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(section).toContain('<w:type w:val="nextPage"/>');
  });
});

describe('通报 .docx read back', () => {
  let planId: number;
  let files: Record<string, Uint8Array>;
  let html: string;
  const b = backendPerSuite(async (b) => {
    planId = await importPlan(
      b,
      planOf(`计划${HOSTILE}`, [`保护${HOSTILE}体系`, '第二部分'], [
        { seq: '1', section: 0, lead: ['甲局'], joint: ['乙厅'], content: `建设${HOSTILE}平台。\n分两步实施。`, deadline: '2023-12-31' },
        { seq: '2', section: 1, lead: ['乙厅'], content: '开展\u0007“蓝天”行动。' },
        { seq: '3', section: 1, lead: ['丙委'], content: '无人报送的任务。' },
      ]),
    );
    await saveReports(b, planId, PERIOD, [
      { seq: '1', unit: '甲局', status: 'delayed', progress: `进展${HOSTILE}\n第二行` },
      { seq: '1', unit: '乙厅', status: 'on_track', progress: '已起草方案。' },
      { seq: '2', unit: '乙厅', status: 'completed', progress: '已完成。' },
    ]);
    const file = await b.call('reports.export', { planId, period: PERIOD, format: 'docx' });
    files = unzipSync(file.bytes);
    html = await readBack(file.bytes);
  });

  it('is a complete package of well-formed parts', () => {
    for (const [name, bytes] of Object.entries(files)) expect(() => parseXml(strFromU8(bytes)), name).not.toThrow();
    const types = strFromU8(files['[Content_Types].xml']!);
    for (const part of [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]!)) expect(files[part], part).toBeDefined();
    for (const [rels, base] of [['_rels/.rels', ''], ['word/_rels/document.xml.rels', 'word/']] as const) {
      for (const target of [...strFromU8(files[rels]!).matchAll(/Target="([^"]+)"/g)].map((m) => m[1]!)) {
        expect(files[`${base}${target}`], target).toBeDefined();
      }
    }
    // Both sections show the page numbers as GB/T 9704 places them: right on odd pages, left on even ones, one character in.
    const doc = strFromU8(files['word/document.xml']!);
    expect(doc.match(/<w:footerReference w:type="default" r:id="rId4"\/><w:footerReference w:type="even" r:id="rId5"\/>/g)).toHaveLength(2);
    expect(strFromU8(files['word/settings.xml']!)).toContain('<w:evenAndOddHeaders/>');
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    expect(rels).toContain('Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"');
    expect(rels).toContain('Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"');
    const odd = strFromU8(files['word/footer1.xml']!);
    const even = strFromU8(files['word/footer2.xml']!);
    expect(odd).toMatch(/<w:ind w:right="280" w:rightChars="100"\/><w:jc w:val="right"\/>/);
    expect(even).toMatch(/<w:ind w:firstLine="280" w:firstLineChars="100"\/><w:jc w:val="left"\/>/);
    for (const footer of [odd, even]) expect(footer).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]* —<\/w:t>/);
    expect(strFromU8(files['docProps/core.xml']!)).toContain('<dc:title>关于《计划A&amp;B &lt;专项&gt; &quot;计划&quot;');
  });

  it('gives the table text its fonts through two named styles', () => {
    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).toMatch(/<w:style [^>]*w:styleId="TableText"><w:name w:val="表格文字"\/>[\s\S]*?w:eastAsia="仿宋_GB2312"[^>]*\/><w:sz w:val="24"\/>/);
    expect(styles).toMatch(/<w:style [^>]*w:styleId="TableHeading"><w:name w:val="表格标题"\/>[\s\S]*?w:eastAsia="黑体"[^>]*\/><w:sz w:val="24"\/>/);
    expect(styles).toContain('<w:spacing w:after="0" w:before="0" w:line="300" w:lineRule="exact"/>');
    expect(styles).toContain('w:eastAsia="zh-CN"');
  });

  it('reads back the table: header row repeated, one row per task, each unit’s text on its own line', () => {
    expect(html).toMatch(/<thead><tr><th><p>序号<\/p><\/th>/); // w:tblHeader
    const rows = tableRows(html);
    expect(rows[0]).toEqual([['序号'], ['工作任务'], ['牵头（责任）单位'], ['完成状态'], ['预警'], ['进展情况']]);
    expect(rows.slice(1)).toEqual([
      [[`一、保护${HOSTILE}体系`]],
      [['1'], [`建设${HOSTILE}平台。`, '分两步实施。'], ['甲局'], ['滞后'], ['红灯（滞后）'], [`甲局：进展${HOSTILE}`, '第二行', '乙厅：已起草方案。']],
      [['二、第二部分']],
      [['2'], ['开展“蓝天”行动。'], ['乙厅'], ['已完成'], ['绿灯'], ['已完成。']],
      [['3'], ['无人报送的任务。'], ['丙委'], ['未报送'], ['黄灯（未报送）'], []],
    ]);
  });

  it('colours the status cells and keeps a section row with the task below it', () => {
    const doc = strFromU8(files['word/document.xml']!);
    expect(doc).toContain('<w:shd w:val="clear" w:color="auto" w:fill="F4CCCC"/>'); // 滞后
    expect(doc).toContain('<w:shd w:val="clear" w:color="auto" w:fill="D9EAD3"/>'); // 已完成
    expect(doc).toMatch(/<w:tr><w:trPr><w:cantSplit\/><\/w:trPr><w:tc><w:tcPr><w:tcW w:w="\d+" w:type="dxa"\/><w:gridSpan w:val="6"\/>[\s\S]*?<w:keepNext\/>/);
    expect(doc).toMatch(/<w:tblBorders><w:top w:val="single" w:sz="4"/);
  });

  it('writes the official’s edited text, special characters and line breaks included', async () => {
    const narrative: Narrative = {
      title: `关于${HOSTILE}的通报\n（第二行）`,
      addressee: '各市人民政府，省直各有关单位：',
      overview: `开头一段 a < b & c > d。\n一、总体情况\n正文"引号"与'撇号'。`,
      sections: '（一）小标题<甲>。后文&乙。',
      problems: '',
      nextSteps: '四、下步工作\n\n（一）压实责任。请各单位于10月底前报送。',
      issuer: '省知识产权局办公室',
      date: '2023年10月12日',
    };
    await b.call('reports.saveNarrative', { planId, period: PERIOD, narrative });
    const file = await b.call('reports.export', { planId, period: PERIOD, format: 'docx' });
    expect(file.fileName).toMatch(/^关于A&B.*的通报（第二行）\.docx$/);
    const edited = unzipSync(file.bytes);
    for (const [name, bytes] of Object.entries(edited)) expect(() => parseXml(strFromU8(bytes)), name).not.toThrow();
    const text = await readBack(file.bytes);
    const paragraphs = [...text.slice(0, text.indexOf('<table>')).matchAll(/<p>([\s\S]*?)<\/p>/g)].map((p) => decode(p[1]!));
    expect(paragraphs).toEqual([
      `关于${HOSTILE}的通报\n（第二行）`,
      '各市人民政府，省直各有关单位：',
      '开头一段 a < b & c > d。',
      '一、总体情况',
      `正文"引号"与'撇号'。`,
      '（一）小标题<甲>。后文&乙。',
      '四、下步工作',
      '（一）压实责任。请各单位于10月底前报送。',
      `附件：《计划${HOSTILE}》2023年第三季度推进情况汇总表`,
      '省知识产权局办公室',
      '2023年10月12日',
      '附件',
      // Plan and period named, as in the .xlsx.
      `《计划${HOSTILE}》2023年第三季度推进情况汇总表`,
      expect.stringMatching(/^2023年第三季度（截至2023年9月30日）\u3000共3项任务/),
    ]);
    // The sub-heading phrase in 楷体, the rest of the paragraph in 仿宋.
    const doc = strFromU8(edited['word/document.xml']!);
    expect(doc).toMatch(/w:eastAsia="楷体_GB2312"[^>]*\/><w:sz w:val="32"\/><w:szCs w:val="32"\/><\/w:rPr><w:t xml:space="preserve">（一）小标题&lt;甲&gt;。<\/w:t>/);
    // The 附件说明 two characters in, a name too long for its line going on under the name's first character.
    expect(doc).toMatch(/<w:ind w:left="1600" w:leftChars="500" w:hanging="960" w:hangingChars="300"\/><\/w:pPr><w:r>.*?<w:t[^>]*>附件：《/);
    // 附件说明 and 落款 kept together on one page, down to the 成文日期.
    for (const line of ['附件：《', '省知识产权局办公室']) expect(doc).toMatch(new RegExp(`<w:p><w:pPr><w:keepNext/>(?:(?!</w:p>).)*<w:t[^>]*>${line}`));
    expect(doc).not.toMatch(/<w:p><w:pPr><w:keepNext\/>(?:(?!<\/w:p>).)*<w:t[^>]*>2023年10月12日/);
    // The 落款 on the right, two characters in, the date's paragraph ending the portrait section.
    expect(doc).toMatch(/<w:ind w:right="640" w:rightChars="200"\/><w:jc w:val="right"\/><\/w:pPr><w:r>.*?<w:t[^>]*>省知识产权局办公室<\/w:t>/);
    expect(doc).toMatch(/<w:jc w:val="right"\/><w:sectPr>[\s\S]*?<\/w:sectPr><\/w:pPr><w:r>.*?<w:t[^>]*>2023年10月12日<\/w:t>/);
  });
});

describe('通报 .docx 附件 rows across pages', () => {
  const LONG = '举办专题培训班4期，培训市县干部620人次，发现问题23个，已整改19个。'.repeat(20);
  let doc: string;
  backendPerSuite(async (b) => {
    const planId = await importPlan(
      b,
      planOf('分页测试要点', [], [
        { seq: '1', lead: ['甲局'], content: '建设平台。', deadline: '2023-12-31' },
        { seq: '2', lead: ['甲局'], content: '开展行动。', deadline: '2023-12-31' },
      ]),
    );
    await saveReports(b, planId, PERIOD, [
      { seq: '1', unit: '甲局', status: 'on_track', progress: '平台已上线。\n第二行。\n第三行。' },
      { seq: '2', unit: '甲局', status: 'on_track', progress: LONG },
    ]);
    doc = strFromU8(unzipSync((await b.call('reports.export', { planId, period: PERIOD, format: 'docx' })).bytes)['word/document.xml']!);
  });

  it('keeps a short row on one page and lets one taller than a third of the page split', () => {
    const rows = [...doc.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const taskRow = (seq: string) => rows.find((r) => r.includes(`<w:t xml:space="preserve">${seq}</w:t>`))!;
    expect(taskRow('1')).toMatch(/^<w:tr><w:trPr><w:cantSplit\/>/);
    expect(taskRow('2')).toContain(LONG.slice(0, 20));
    expect(taskRow('2')).not.toContain('<w:cantSplit/>');
  });
});
