// A county plan reported half-yearly: towns (城关镇, 红星乡) as units, tasks given to the towns together
// (各乡镇（街道）, 有关乡镇, 相关乡镇人民政府), a town's return signed 城关镇人民政府, and the towns'
// form (各乡镇（街道）) returned by each town.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FileInput } from '../../../electron/shared/api/method';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { xlsxOf } from '../../helpers/officeFiles';
import { createPlanFromText, unitId } from '../../helpers/progressPlan';

const COUNTY_PLAN = fs.readFileSync('tests/fixtures/plans/county-2026.txt', 'utf8');

const xlsx = (name: string, rows: (string | number)[][]) => xlsxOf(name, [{ name: 'Sheet1', rows }]);

describe('a county plan reported half-yearly', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    planId = await createPlanFromText(b, COUNTY_PLAN, 'half');
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

  it('takes a town’s rows on the tasks of the towns together as its own, and another unit’s rows on them for confirmation', async () => {
    const town = await xlsx('城关镇人民政府上半年推进情况.xlsx', [
      ['城关镇2026年上半年重点工作推进情况'],
      ['填报单位：城关镇人民政府'],
      ['序号', '工作任务', '进展情况', '完成状态'],
      [1, '推进政务服务向基层延伸', '镇便民服务中心设立帮办代办窗口。', '已完成'],
      [4, '盘活闲置低效用地', '配合清理闲置土地120亩。', '正常推进'],
      [6, '开展自建房安全隐患排查整治', '排查自建房1260栋。', '正常推进'],
      [7, '加强森林防灭火工作', '开展防火巡查。', '正常推进'],
    ]);
    const bureau = await xlsx('县财政局上半年推进情况.xlsx', [
      ['县财政局2026年上半年重点工作推进情况'],
      ['填报单位：县财政局'],
      ['序号', '工作任务', '进展情况', '完成状态'],
      [2, '落实减税降费政策', '减免1.2亿元。', '正常推进'],
      [6, '开展自建房安全隐患排查整治', '安排排查经费。', '正常推进'],
    ]);
    const [fromTown, fromBureau] = (await b.call('progress.import', { planId, files: [town, bureau], period: '2026H1', dryRun: true })).files;
    expect(fromTown!.unit).toBe('城关镇');
    expect(fromTown!.rows.map((r) => [r.seq, r.match, r.lowConfidence, r.warnings])).toEqual([
      ['1', 'seq', false, []],
      ['4', 'seq', false, []],
      ['6', 'seq', false, []],
      ['7', 'seq', false, []],
    ]);
    // The form lists only the tasks naming the town: those of the towns together are not missing from it.
    expect(fromTown!.warnings.join('')).not.toContain('不在表中');
    expect(fromBureau!.rows.map((r) => [r.seq, r.lowConfidence])).toEqual([
      ['2', false],
      ['6', true],
    ]);
    expect(fromBureau!.rows[1]!.warnings[0]).toBe('序号6的任务不在本单位的任务中，请确认');
  });
  it('keeps each town’s part when the towns return the form of 各乡镇（街道）, however many and in whatever order', async () => {
    const [form] = (await b.call('templates.export', { planId, period: '2026H1', unitIds: [unitId(b, '各乡镇（街道）')] })).files;
    const filledBy = async (town: string, progress: string, status: string): Promise<FileInput> => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(form!.bytes) as unknown as ExcelJS.Buffer);
      const sheet = wb.worksheets[0]!;
      sheet.getCell('A2').value = `填报单位：${town}（盖章）      填报人：      联系电话：      填报日期：2026年7月3日`;
      sheet.eachRow((row) => {
        if (String(row.getCell(1).value) !== '1') return;
        row.getCell(5).value = progress;
        row.getCell(6).value = status;
      });
      return { name: `${town}上半年.xlsx`, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
    };
    const stored = async () =>
      (await b.call('progress.list', { planId, period: '2026H1' })).records.filter((r) => r.unit === '各乡镇（街道）' && r.seq === '1').map((r) => [r.status, r.statusText, r.progress]);

    const qingshi = await filledBy('青石镇', '设立帮办代办窗口。', '已完成');
    const donghe = await filledBy('东河街道', '社区可办高频事项12项。', '正常推进');
    const [first, second] = (await b.call('progress.import', { planId, files: [qingshi, donghe], period: '2026H1', dryRun: false })).files;
    expect([first!.unit, first!.status, second!.unit, second!.status]).toEqual(['各乡镇（街道）', 'imported', '各乡镇（街道）', 'imported']);
    expect(second!.warnings).toContain('表中填写的填报单位是“东河街道”，这是发给各乡镇（街道）的填报表：各项进展以“东河街道：”开头记入各乡镇（街道）的填报，其他单位已报的内容保留，不被替换。');
    expect(second!.warnings.join('')).not.toContain('以后导入的为准');
    expect(await stored()).toEqual([['on_track', '青石镇：已完成；东河街道：正常推进', '青石镇：设立帮办代办窗口。\n东河街道：社区可办高频事项12项。']]);

    // A town sending its form again replaces its own part only, where it was.
    const corrected = await filledBy('青石镇', '设立帮办代办窗口，配备代办员3名。', '已完成');
    await b.call('progress.import', { planId, files: [corrected], period: '2026H1', dryRun: false });
    expect(await stored()).toEqual([['on_track', '青石镇：已完成；东河街道：正常推进', '青石镇：设立帮办代办窗口，配备代办员3名。\n东河街道：社区可办高频事项12项。']]);
  });
});
