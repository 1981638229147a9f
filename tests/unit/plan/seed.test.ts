// The seed plan parses to exactly 7 sections and 18 tasks with every unit, role and deadline right,
// whichever way it arrives: .txt in UTF-8 (with or without BOM) or GBK, a .docx, the exported ledger
// (.xlsx or .docx).
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { fileToPlan, readPlanSource } from '../../../electron/core/plan/sources';
import { parsePlanText } from '../../../electron/core/plan/parseText';
import { SAMPLE_PLAN_TEXT } from '../../../electron/core/plan/samplePlan';
import { testBackend, type TestBackend } from '../../helpers/backend';
import { docxOfParagraphs } from '../../helpers/officeFiles';
import { expectSeedPlan, seedText } from './seedExpected';
import fs from 'node:fs';

const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('the seed plan', () => {
  let backend: TestBackend | null = null;
  afterEach(() => {
    backend?.close();
    backend = null;
  });

  it('parses from pasted text', async () => {
    const { plan, sourceName } = await readPlanSource({ kind: 'text', text: seedText() });
    expect(sourceName).toBe('粘贴的文本');
    expectSeedPlan(plan);
    expect(plan.description).toBe('根据《省政府和国家知识产权局共建高质量转型发展知识产权强省实施方案》(晋政发〔2022〕20号),制定2022-2023年工作要点如下:');
    expect(plan.warnings).toEqual([]);
  });

  it('parses from a UTF-8 .txt, with and without a BOM', async () => {
    expectSeedPlan(await fileToPlan({ name: '工作要点.txt', bytes: bytesOf(seedText()) }));
    expectSeedPlan(await fileToPlan({ name: '工作要点.txt', bytes: bytesOf(`\uFEFF${seedText()}`) }));
  });

  it('parses from a GBK .txt (as Notepad on Chinese Windows saves it)', async () => {
    const gbk = new Uint8Array(iconv.encode(seedText().replace(/\n/g, '\r\n'), 'gbk'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow(); // really not UTF-8
    expectSeedPlan(await fileToPlan({ name: '工作要点.txt', bytes: gbk }));
  });

  it('parses from a .docx made from it, one paragraph per line', async () => {
    const docx = await docxOfParagraphs('工作要点.docx', seedText().split('\n'));
    expectSeedPlan(await fileToPlan(docx));
  });

  it.each(['xlsx', 'docx'] as const)('parses back from the exported ledger .%s, and re-importing that changes nothing', async (format) => {
    backend = await testBackend();
    const imported = await backend.call('plans.import', { plan: parsePlanText(seedText()) });
    const file = await backend.call('plans.exportLedger', { planId: imported.planId!, format });
    expect(file.fileName).toBe(`2022-2023年工作要点任务分工台账.${format}`);

    const { plan, similarPlanId } = await backend.call('plans.parse', { source: { kind: 'file', file: { name: file.fileName, bytes: new Uint8Array(file.bytes) } } });
    expectSeedPlan(plan);
    expect(plan.warnings).toEqual([]);
    expect(similarPlanId).toBe(imported.planId);

    const again = await backend.call('plans.import', { plan, replacePlanId: imported.planId! });
    expect(again).toMatchObject({ planId: imported.planId, created: false, tasksAdded: 0, tasksUpdated: 0, tasksRemoved: 0, tasksUnchanged: 18 });
  });

  it('is bundled verbatim as the sample, and the sample file matches it', () => {
    expect(SAMPLE_PLAN_TEXT).toBe(seedText());
    expect(fs.readFileSync('resources/samples/ip-plan-2022-2023.txt', 'utf8')).toBe(seedText());
  });
});
