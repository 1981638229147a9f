// GB/T 9704 frames a 通报: the 主送机关 flush left under the title's blank line, and the 发文机关署名
// above the 成文日期. Both are lines of the stored 通报 text, so the .docx, the print view and the
// preview (which shows the print view) say the same, and the official edits them like the rest.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { getPeriod } from '../../../electron/db/repos/periods';
import { setReportText } from '../../../electron/db/repos/reports';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { decode, readBack } from '../../helpers/docx';
import { importPlan, planOf, saveReports } from '../../helpers/reportData';

const PERIOD = '2023Q3';
let planId: number;
const b = backendPerSuite(async (b) => {
  planId = await importPlan(b, planOf('2023年工作要点', [], [{ seq: '1', lead: ['甲局'], content: '开展评估。' }]));
  await saveReports(b, planId, PERIOD, [{ seq: '1', unit: '甲局', status: 'on_track', progress: '完成评估方案。' }]);
});

async function docxParagraphs(): Promise<string[]> {
  const html = await readBack((await b.call('reports.export', { planId, period: PERIOD, format: 'docx' })).bytes);
  return [...html.slice(0, html.indexOf('<table>')).matchAll(/<p>([\s\S]*?)<\/p>/g)].map((p) => decode(p[1]!));
}

async function printView(): Promise<string> {
  return new TextDecoder().decode((await b.call('reports.export', { planId, period: PERIOD, format: 'html' })).bytes);
}

describe('主送机关 and 发文机关署名', () => {
  it('are in a fresh 通报: 各有关单位 under the title, a 署名 line to replace above the date', async () => {
    const paragraphs = await docxParagraphs();
    expect(paragraphs.slice(1, 3)).toEqual(['各有关单位：', expect.stringMatching(/^为及时掌握/)]);
    // The 附件说明 names the annex by its title.
    const attachment = paragraphs.indexOf('附件：《2023年工作要点》2023年第三季度推进情况汇总表');
    expect(attachment).toBeGreaterThan(0);
    expect(paragraphs.slice(attachment + 1, attachment + 3)).toEqual(['（发文机关署名）', expect.stringMatching(/^\d{4}年\d{1,2}月\d{1,2}日$/)]);
    // Flush left: no first-line indent, unlike the body paragraphs.
    const doc = strFromU8(unzipSync((await b.call('reports.export', { planId, period: PERIOD, format: 'docx' })).bytes)['word/document.xml']!);
    expect(doc).toMatch(/<w:p><w:pPr><w:spacing [^>]*\/><\/w:pPr><w:r>(?:(?!<\/w:r>).)*<w:t[^>]*>各有关单位：<\/w:t>/);

    const html = await printView();
    expect(html).toMatch(/<\/h1>\n<p class="addressee">各有关单位：<\/p>\n<p>为及时掌握/);
    expect(html).toContain('.notice p.addressee { text-indent: 0; }');
    expect(html).toMatch(/<p class="signature first">（发文机关署名）<\/p>\n<p class="signature">\d{4}年/);
  });

  it('take the official’s edits, and a text saved before the 主送机关 was kept reads with the usual one', async () => {
    const { narrative } = await b.call('reports.narrative', { planId, period: PERIOD });
    await b.call('reports.saveNarrative', { planId, period: PERIOD, narrative: { ...narrative, addressee: '各市人民政府：', issuer: '省知识产权局办公室' } });
    expect((await docxParagraphs())[1]).toBe('各市人民政府：');
    expect(await printView()).toContain('<p class="addressee">各市人民政府：</p>');
    // A later period's fresh 通报 takes the office named last, never the placeholder.
    expect((await b.call('reports.narrative', { planId, period: '2023Q4' })).narrative.issuer).toBe('省知识产权局办公室');

    const { addressee: _left, ...older } = narrative;
    setReportText(b.db, getPeriod(b.db, planId, PERIOD)!.id, JSON.stringify(older));
    expect((await b.call('reports.narrative', { planId, period: PERIOD })).narrative.addressee).toBe('各有关单位：');
  });
});
