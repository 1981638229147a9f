// The 任务分工表 .docx: a complete package, A4 landscape with page numbers, the header row repeated
// on every page, a row per section, one unit per line, user text escaped, empty role columns left out.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { parseXml, readBack, tableRows } from '../../helpers/docx';
import { importPlan, planOf } from '../../helpers/reportData';

const HOSTILE = 'A&B <专项> "计划" \'试点\'';

const b = backendPerSuite();

async function exportDocx(planId: number) {
  const file = await b.call('plans.exportLedger', { planId, format: 'docx' });
  return { file, parts: unzipSync(file.bytes), html: await readBack(file.bytes) };
}

describe('the ledger as a .docx 任务分工表', () => {
  it('is a complete package of well-formed parts, on A4 landscape with page numbers', async () => {
    const { planId } = await b.call('plans.importSample', {});
    const { file, parts, html } = await exportDocx(planId!);
    expect(file).toMatchObject({ fileName: '2022-2023年工作要点任务分工台账.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    for (const [name, bytes] of Object.entries(parts)) expect(() => parseXml(strFromU8(bytes)), name).not.toThrow();
    const doc = strFromU8(parts['word/document.xml']!);
    expect(doc).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(doc).toContain('<w:footerReference w:type="default" r:id="rId4"/>');
    expect(strFromU8(parts['word/footer1.xml']!)).toContain('<w:instrText xml:space="preserve"> PAGE </w:instrText>');
    expect(html).toMatch(/^<p><strong>2022-2023年工作要点任务分工台账<\/strong><\/p>/);
    expect(html).toMatch(/<thead><tr><th><p>序号<\/p><\/th>/); // w:tblHeader: repeated on every page
    // Every row, tasks included, is kept on one page.
    expect(doc.match(/<w:tr>/g)).toHaveLength(1 + 7 + 18);
    expect(doc.match(/<w:tr><w:trPr><w:cantSplit\/>/g)).toHaveLength(1 + 7 + 18);

    const rows = tableRows(html);
    expect(rows[0]).toEqual([['序号'], ['工作任务'], ['牵头单位'], ['责任单位'], ['配合单位'], ['国家层面'], ['完成时限']]);
    expect(rows[1]).toEqual([['一、集聚资源加快知识产权强省建设']]);
    expect(rows[2]).toEqual([
      ['1'],
      [expect.stringMatching(/^强化知识产权评估顶层设计.*实施力度。$/)],
      ['省知识产权局'],
      ['省知识产权战略实施工作领导小组各成员单位'],
      [], // an empty cell holds one empty paragraph, which mammoth drops
      ['国家知识产权局联席办', '国家知识产权局战略规划司'],
      ['持续推进'],
    ]);
    expect(rows.filter((r) => r.length === 7)).toHaveLength(19); // the header and 18 tasks
    expect(rows.filter((r) => r.length === 1)).toHaveLength(7); // the sections
  });

  it('leaves out role columns no task fills, and escapes what the user typed', async () => {
    const planId = await importPlan(
      b,
      planOf(`计划${HOSTILE}`, [`保护${HOSTILE}体系`], [
        { seq: '1', section: 0, lead: ['甲局'], joint: ['乙厅', '丙委'], content: `建设${HOSTILE}平台。`, deadline: '2023-12-31' },
        { seq: '2', section: 0, lead: ['乙厅'], content: '开展“蓝天”行动。' },
      ]),
    );
    const { parts, html } = await exportDocx(planId);
    const rows = tableRows(html);
    expect(rows[0]).toEqual([['序号'], ['工作任务'], ['牵头单位'], ['责任单位'], ['完成时限']]);
    expect(rows[1]).toEqual([[`一、保护${HOSTILE}体系`]]);
    expect(rows[2]).toEqual([['1'], [`建设${HOSTILE}平台。`], ['甲局'], ['乙厅', '丙委'], ['2023年12月底前完成']]);
    expect(rows[3]).toEqual([['2'], ['开展“蓝天”行动。'], ['乙厅'], [], []]);
    expect(strFromU8(parts['docProps/core.xml']!)).toContain('<dc:title>计划A&amp;B &lt;专项&gt; &quot;计划&quot;');
  });

  it('refuses a plan that does not exist', async () => {
    expect(await b.invoke('plans.exportLedger', { planId: 999, format: 'docx' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
