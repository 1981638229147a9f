// A unit that filled in another unit's form: the form's identification names one unit, its
// 填报单位 line another. Neither is assumed, or one unit's report would land on the other's tasks.
import { describe, expect, it } from 'vitest';
import type { FileInput, FileOutput } from '../../../electron/shared/api/method';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { seedFinanceReturn } from '../../helpers/progressPlan';
import { fillTemplate } from '../../helpers/returns';

describe('a form whose identification and 填报单位 name different units', () => {
  let planId: number;
  let form: FileInput;
  let template: FileOutput;
  /** 省财政厅's form, filled in, with its 填报单位 line rewritten. */
  const signedAs = (unitLine: string) => fillTemplate(template, (seq) => ({ progress: `第${seq}项进展` }), { unitLine });
  const preview = async (extra: object = {}) =>
    (await b.call('progress.import', { planId, files: [form], period: '2023Q3', dryRun: true, ...extra })).files[0]!;

  const b = backendPerSuite(async (b) => {
    ({ planId, template } = await seedFinanceReturn(b));
    // 省财政厅's form, filled in and signed by 省人社厅.
    form = await signedAs('填报单位：省人社厅（盖章）      填报人：王五');
  });

  it('waits for the official to choose the unit', async () => {
    const file = await preview();
    expect(file).toMatchObject({ status: 'rejected', unit: null, unitConflict: { identified: '省财政厅', written: '省人社厅' } });
    expect(file.errors).toEqual([
      `文件“${form.name}”是发给省财政厅的填报表（见表内识别信息），表中填写的填报单位却是“省人社厅”。请核对是哪个单位报送的，选定报送单位后再导入。`,
    ]);
  });

  it('imports for the unit the official chooses, or names in the import, when it is one of the two', async () => {
    const chosen = await preview({ decisions: { [(await preview()).sha256]: { unit: '省人社厅' } } });
    expect(chosen).toMatchObject({ status: 'dry-run', unit: '省人社厅', unitSource: 'given', errors: [], unitConflict: null });
    expect(await preview({ unit: '省财政厅' })).toMatchObject({ status: 'dry-run', unit: '省财政厅', errors: [] });
    expect(await preview({ unit: '省法院' })).toMatchObject({ status: 'rejected', unit: null });
  });

  it('takes the form’s own unit when its 填报单位 line names it among others (a joint report), and names the others', async () => {
    const joint = await signedAs('填报单位：省知识产权局、省财政厅（联合报送）');
    const [file] = (await b.call('progress.import', { planId, files: [joint], period: '2023Q3', dryRun: true })).files;
    expect(file).toMatchObject({ status: 'dry-run', unit: '省财政厅', unitConflict: null, errors: [] });
    // What it says of the others, and recording it for them: see jointReturn.test.ts.
    expect(file!.jointUnits).toEqual(['省知识产权局']);
  });

  it('does not take one unit’s name written in full and in short for a joint report', async () => {
    const [file] = (await b.call('progress.import', { planId, files: [await signedAs('填报单位：山西省财政厅（省财政厅）')], period: '2023Q3', dryRun: true })).files;
    expect(file).toMatchObject({ unit: '省财政厅', errors: [] });
    expect(file!.warnings.join('\n')).not.toContain('联合报送');
  });
});
