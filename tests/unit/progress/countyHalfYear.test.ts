// A county plan reported half-yearly: towns (城关镇, 红星乡) as units, tasks given to the towns together
// (各乡镇（街道）, 有关乡镇, 相关乡镇人民政府).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backendPerSuite } from '../../helpers/backendPerSuite';

const COUNTY_PLAN = fs.readFileSync('tests/fixtures/plans/county-2026.txt', 'utf8');

describe('a county plan reported half-yearly', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    const { plan } = await b.call('plans.parse', { source: { kind: 'text', text: COUNTY_PLAN } });
    planId = (await b.call('plans.import', { plan })).planId!;
    await b.call('plans.update', { planId, periodKind: 'half' });
  });

  it('sends no form to, and awaits no report from, the towns named together or 县内各银行业金融机构', async () => {
    const { files } = await b.call('templates.export', { planId, period: '2026H1' });
    const formsFor = files.map((f) => f.fileName.replace(/^2026H1-|-推进情况统计表\.xlsx$/g, '')).sort();
    expect(formsFor).toEqual(
      ['县行政审批局', '县税务局', '县财政局', '县金融服务中心', '人行平安县支行', '县自然资源局', '城关镇', '红星乡', '县经济开发区管委会', '县应急局', '县住建局', '县林业局', '县农业农村局', '县水利局'].sort(),
    );
    const ledger = await b.call('submissions.get', { planId, period: '2026H1' });
    expect(ledger.collectiveNames.sort()).toEqual(
      ['各乡镇（街道）', '县内各银行业金融机构', '各乡镇党委、政府', '县直相关单位', '各村（社区）', '有关乡镇', '相关乡镇人民政府'].sort(),
    );
    expect(ledger.reminderText).not.toMatch(/乡镇|政府（序号|各村/);
  });
});
