import { describe, expect, it } from 'vitest';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { importPlan, planOf, saveReport } from '../../helpers/reportData';

let planId: number;

const HOSTILE = '<img src=x onerror="alert(1)">&amp;';
/** A progress text of many lines in the 进展情况 column. */
const LONG_PROGRESS = '举办专题培训班4期，培训市县干部620人次，发现问题23个，已整改19个。'.repeat(8);

const b = backendPerSuite(async (b) => {
  planId = await importPlan(
    b,
    planOf(`计划<script>alert(1)</script>`, ['保护<b>体系</b>'], [
      { seq: '1', lead: ['甲局'], content: `建设${HOSTILE}平台。`, deadline: '2023-12-31' },
      { seq: '2', lead: ['乙厅'], content: '开展“蓝天”行动。' },
      { seq: '3', lead: ['乙厅'], content: '加强宣传培训。' },
    ]),
  );
  await saveReport(b, planId, '2023Q3', { seq: '1', unit: '甲局', status: 'delayed', progress: `进展${HOSTILE}\n第二行`, problems: '</p><h1>问题</h1>' });
  await saveReport(b, planId, '2023Q3', { seq: '3', unit: '乙厅', status: 'on_track', progress: LONG_PROGRESS });
});

async function printView(): Promise<string> {
  const file = await b.call('reports.export', { planId, period: '2023Q3', format: 'html' });
  expect(file.mime).toBe('text/html; charset=utf-8');
  return new TextDecoder().decode(file.bytes);
}

describe('print view (.html)', () => {
  it('is self-contained: inline CSS only, no script, no external resources', async () => {
    const html = await printView();
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\ssrc="|\shref="/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('<meta charset="utf-8">');
  });

  it('escapes every piece of user text', async () => {
    const html = await printView();
    expect(html).toContain('建设&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;amp;平台。');
    expect(html).toContain('进展&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;amp;<br>第二行');
    expect(html).toContain('计划&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('一、保护&lt;b&gt;体系&lt;/b&gt;');
    expect(html).not.toContain('<h1>问题</h1>');
  });

  it('prints the notice on A4 portrait pages and the table on landscape pages, numbered, header repeated', async () => {
    const html = await printView();
    expect(html).toMatch(/@page \{ size: A4 portrait; margin: 37mm 26mm 35mm 28mm;/);
    expect(html).toMatch(/@page annex \{ size: A4 landscape;/);
    expect(html).toContain('.annex { page: annex; break-before: page; }');
    expect(html).toContain('content: "— " counter(page) " —"');
    // Page numbers as GB/T 9704 places them: right on odd (right-hand) pages, left on even ones, one character in.
    for (const page of ['', 'annex']) {
      expect(html).toMatch(new RegExp(`@page ${page}:right \\{ @bottom-right \\{ [^}]*padding-right: 14pt; \\} \\}`));
      expect(html).toMatch(new RegExp(`@page ${page}:left \\{ @bottom-left \\{ [^}]*padding-left: 14pt; \\} \\}`));
    }
    expect(html).not.toContain('@bottom-center');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toMatch(/font-family: "仿宋_GB2312",.*"FangSong","仿宋","STFangsong","Noto Serif CJK SC","WenQuanYi Micro Hei",serif/);
    // The two-line title, then the headings of the notice.
    expect(html).toContain('<h1>关于《计划&lt;script&gt;alert(1)&lt;/script&gt;》<br>2023年第三季度推进情况的通报</h1>');
    expect(html).toContain('<p class="heading">一、总体情况</p>');
    expect(html).toMatch(/<tr class="short"><td class="c">1<\/td>.*<td class="c" style="background:#F4CCCC">滞后<\/td><td class="c" style="background:#F4CCCC">红灯（滞后）<\/td>/);
  });

  it('wraps CJK text anywhere but keeps numbers and Latin words whole, never wider than the cell', async () => {
    const html = await printView();
    expect(html).not.toContain('break-all');
    expect(html).toContain('word-break: normal; overflow-wrap: anywhere;');
  });

  it('lets a long row split across pages, keeps a short one whole and the 附件 heading with the table', async () => {
    const html = await printView();
    expect(html).not.toMatch(/(^|\n)tr \{ break-inside: avoid; \}/);
    expect(html).toContain('tr { break-inside: auto; }');
    expect(html).toContain('tr.short { break-inside: avoid; }');
    expect(html).toContain('.annex .label, .annex h2, .annex .note { break-after: avoid; }');
    expect(html).toMatch(/<tr class="short"><td class="c">2<\/td>/);
    expect(html).toMatch(/<tr><td class="c">3<\/td>/);
  });

  it('keeps a part’s heading row with its first task row only, not with the whole part', async () => {
    const html = await printView();
    expect(html).not.toContain('tr.section { break-after: avoid; }');
    expect(html).toContain('tbody.lead { break-inside: avoid; }');
    const lead = html.match(/<tbody class="lead">([\s\S]*?)<\/tbody>/)![1]!;
    expect([...lead.matchAll(/<tr[ >]/g)]).toHaveLength(2);
    expect(lead).toMatch(/^\n<tr class="section"><td colspan="6">一、保护&lt;b&gt;体系&lt;\/b&gt;<\/td><\/tr><tr class="short"><td class="c">1<\/td>/);
    // The other rows in a group of their own, free to break between.
    expect(html).toMatch(/<\/tbody>\n<tbody>\n<tr class="short"><td class="c">2<\/td>/);
  });

  it('titles the 附件 with the plan and the period, as the .xlsx does', async () => {
    const html = await printView();
    expect(html).toContain('<h2>《计划&lt;script&gt;alert(1)&lt;/script&gt;》2023年第三季度推进情况汇总表</h2>');
  });
});
