// The plan commands, run as a user runs them: a separate node process on a temp database.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/backend';
import { docxOfParagraphs } from '../../helpers/officeFiles';
import { runCli } from '../../helpers/cli';
import { SEED_PATH, SEED_SECTIONS, SEED_TASKS } from './seedExpected';

let dir: string;
let db: string;
beforeAll(() => {
  dir = tempDir('taizhang-cli-');
  db = path.join(dir, 'cli.db');
});

const cli = (...args: string[]) => runCli(db, ...args);

/** Row counts of the plan tables, read straight from the file. */
function counts(file = db): Record<string, number> {
  const raw = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(['plans', 'tasks', 'units', 'imports', 'audit_log'].map((t) => [t, (raw.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n]));
  } finally {
    raw.close();
  }
}

// Each command is a fresh node process compiling TypeScript: slow on a busy machine.
describe('plan commands', { timeout: 240_000 }, () => {
  it('imports, shows, lists and exports a plan', async () => {
    const imported = await cli('plan', 'import', SEED_PATH, '--json');
    expect(imported.code).toBe(0);
    expect(imported.json).toMatchObject({ planId: 1, created: true, warnings: [], title: '2022-2023年工作要点', tasks: 18, sections: 7 });

    const shown = await cli('plan', 'show', '1', '--json');
    expect(shown.code).toBe(0);
    const plan = shown.json as {
      id: number;
      title: string;
      sections: { numeral: string; title: string }[];
      tasks: { seq: string; section: string; content: string; units: unknown; deadline: string | null; deadlineText: string; continuous: boolean; warnings: string[] }[];
    };
    expect(plan).toMatchObject({ id: 1, title: '2022-2023年工作要点', sections: SEED_SECTIONS });
    expect(plan.tasks.map(({ seq, section, units, deadline, deadlineText, continuous, warnings }) => ({ seq, section, units, deadline, deadlineText, continuous, warnings }))).toEqual(
      SEED_TASKS.map(({ seq, section, units, deadline, deadlineText, continuous }) => ({ seq, section, units, deadline, deadlineText, continuous, warnings: [] })),
    );
    expect(plan.tasks[3]!.content).toBe('积极申报海外知识产权纠纷应对指导中心分中心。');

    const listed = await cli('plan', 'list', '--json');
    expect(listed.json).toEqual([expect.objectContaining({ id: 1, title: '2022-2023年工作要点', taskCount: 18, isCurrent: true })]);

    const out = path.join(dir, '台账.xlsx');
    const exported = await cli('plan', 'export', '1', '--out', out);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('已导出');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('任务分工台账')!.getCell('A1').value).toBe('2022-2023年工作要点任务分工台账');

    // The exported ledger imported again as a revision of plan 1 changes nothing.
    const again = await cli('plan', 'import', out, '--replace', '1', '--json');
    expect(again.json).toMatchObject({ planId: 1, created: false, tasksUnchanged: 18, tasksAdded: 0, tasksRemoved: 0 });

    // The same ledger as a Word 任务分工表, chosen by the output's extension; it also reads back unchanged.
    const docx = path.join(dir, '分工表.docx');
    expect(await cli('plan', 'export', '1', '--out', docx, '--json')).toMatchObject({ code: 0, json: { file: docx } });
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const fromDocx = await cli('plan', 'import', docx, '--replace', '1', '--json');
    expect(fromDocx.json).toMatchObject({ planId: 1, created: false, tasksUnchanged: 18, tasksAdded: 0, tasksRemoved: 0 });

    const pdf = path.join(dir, '台账.pdf');
    const refused = await cli('plan', 'export', '1', '--out', pdf, '--json');
    expect(refused).toMatchObject({ code: 1, json: { error: { code: 'INVALID_INPUT', message: expect.stringContaining('.xlsx（任务分工台账）或 .docx（任务分工表）') } } });
    expect(fs.existsSync(pdf)).toBe(false);
  });

  it('shows a sub-section under its part\'s numeral, so that each names one section', async () => {
    const other = path.join(dir, 'subsections.db');
    expect((await runCli(other, 'plan', 'import', 'tests/fixtures/plans/ip-2024-notice.txt', '--json')).code).toBe(0);
    const plan = (await runCli(other, 'plan', 'show', '1', '--json')).json as { sections: { numeral: string }[]; tasks: { seq: string; section: string }[] };
    expect(plan.sections.map((s) => s.numeral)).toEqual(['一', '一（一）', '一（二）', '二', '二（一）', '二（二）', '三']);
    expect(plan.tasks.map((t) => t.section)).toEqual(['一（一）', '一（一）', '一（二）', '一（二）', '二（一）', '二（一）', '二（二）', '二（二）', '三', '三']);
  });

  it('shows the ledger as text without --json', async () => {
    const shown = await cli('plan', 'show', '1');
    expect(shown.stdout).toContain('一、集聚资源加快知识产权强省建设');
    expect(shown.stdout).toContain('     配合：省贸促会');
  });

  it('names the tasks an update would remove', async () => {
    const revised = path.join(dir, '修订.txt');
    fs.writeFileSync(revised, fs.readFileSync(SEED_PATH, 'utf8').split('\n').filter((l) => !l.startsWith('18. ')).join('\n'));
    const preview = await cli('plan', 'import', revised, '--replace', '1', '--dry-run');
    expect(preview.stdout).toContain('删除 1\n  将删除：18. 完善知识产权人才培养、评价激励、流动配置机制');
    const json = await cli('plan', 'import', revised, '--replace', '1', '--dry-run', '--json');
    expect(json.json).toMatchObject({ tasksRemoved: 1, removedTasks: [{ seq: '18', progressRecords: 0 }] });
  });

  it('renames a plan and changes its reporting cycle', async () => {
    const set = await cli('plan', 'set', '1', '--title', '知识产权工作要点', '--cycle', 'month', '--json');
    expect(set).toMatchObject({ code: 0, json: { id: 1, title: '知识产权工作要点', periodKind: 'month' } });
    const periods = await cli('periods', '1', '--json');
    expect((periods.json as { periods: { code: string }[] }).periods.map((p) => p.code).slice(0, 2)).toEqual(['2022M01', '2022M02']);
    const back = await cli('plan', 'set', '1', '--title', '2022-2023年工作要点', '--cycle', 'quarter');
    expect(back.stdout).toContain('已保存：《2022-2023年工作要点》（编号 1），按季度报送，默认计划');
    const wrong = await cli('plan', 'set', '1', '--cycle', 'week', '--json');
    expect(wrong).toMatchObject({ code: 1, json: { error: { code: 'INVALID_INPUT', message: expect.stringContaining('报送周期“week”不正确') } } });
    // Nothing to change: asked for, and nothing is recorded.
    const before = counts();
    const nothing = await cli('plan', 'set', '1', '--json');
    expect(nothing).toMatchObject({ code: 1, json: { error: { code: 'INVALID_INPUT', message: '请给出要修改的设置：--title、--cycle、--due-days、--due-day、--contact 或 --current' } } });
    expect(counts()).toEqual(before);
  });

  it('sets the 报送时限 and 联系人, which the 报送台账 JSON carries, and clears them', async () => {
    const set = await cli('plan', 'set', '1', '--due-days', '-5', '--contact', '省知识产权局办公室 张三', '--json');
    expect(set).toMatchObject({ code: 0, json: { id: 1, reportDueDays: -5, reportContact: '省知识产权局办公室 张三' } });
    const ledger = await cli('submissions', '1', '--period', '2023Q3', '--json');
    const json = ledger.json as { dueDate: string | null; units: { unit: string; state: string; late: boolean }[] };
    expect(json.dueDate).toBe('2023-09-25');
    // Long past: every unit that has not reported is late.
    expect(json.units.find((u) => u.unit === '省法院')).toMatchObject({ state: 'missing', late: true });
    const text = await cli('submissions', '1', '--period', '2023Q3');
    expect(text.stdout).toMatch(/^报送时限：2023年9月25日\n/);
    expect(text.stdout).toContain('省法院：逾期未报 0/1');
    const wrong = await cli('plan', 'set', '1', '--due-days', '十天', '--json');
    expect(wrong).toMatchObject({ code: 1, json: { error: { code: 'INVALID_INPUT', message: expect.stringContaining('报送时限“十天”不正确') } } });
    const cleared = await cli('plan', 'set', '1', '--due-days', 'none', '--contact', '', '--json');
    expect(cleared.json).toMatchObject({ reportDueDays: null, reportContact: '' });
    expect(((await cli('submissions', '1', '--period', '2023Q3', '--json')).json as { dueDate: null }).dueDate).toBeNull();
  });

  it('sets reports due on a day of each period’s last month (--due-day 25: 每季度末月25日前), and clears it', async () => {
    const set = await cli('plan', 'set', '1', '--due-day', '25', '--json');
    expect(set).toMatchObject({ code: 0, json: { id: 1, reportDueDays: null, reportDueDay: 25 } });
    expect(((await cli('submissions', '1', '--period', '2023Q3', '--json')).json as { dueDate: string }).dueDate).toBe('2023-09-25');
    expect((await cli('plan', 'set', '1', '--due-day', '25')).stdout).toContain('报送时限每季度末月25日前');
    const wrong = await cli('plan', 'set', '1', '--due-day', '32', '--json');
    expect(wrong).toMatchObject({ code: 1, json: { error: { code: 'INVALID_INPUT', message: expect.stringContaining('报送时限“32”不正确') } } });
    const both = await cli('plan', 'set', '1', '--due-day', '25', '--due-days', '10', '--json');
    expect(both).toMatchObject({ code: 1, json: { error: { code: 'INVALID_INPUT', message: expect.stringContaining('--due-days 与 --due-day 只能给出一个') } } });
    const cleared = await cli('plan', 'set', '1', '--due-days', 'none', '--json');
    expect(cleared.json).toMatchObject({ reportDueDays: null, reportDueDay: null });
  });

  it('reports a bad file as a JSON error, exit code 1, and stores nothing', async () => {
    const empty = path.join(dir, '空.txt');
    fs.writeFileSync(empty, '');
    const before = counts();
    const r = await cli('plan', 'import', empty, '--json');
    expect(r.code).toBe(1);
    expect(r.json).toEqual({ error: { code: 'BAD_FILE', message: expect.stringContaining('文件“空.txt”是空文件') } });
    expect(counts()).toEqual(before);
    expect(await cli('plan', 'show', '99', '--json')).toMatchObject({ code: 1, json: { error: { code: 'NOT_FOUND' } } });
    // A path that is wrong, or a folder: said in words, not as the system's ENOENT / EISDIR.
    const missing = path.join(dir, '没有这个文件.txt');
    expect(await cli('plan', 'import', missing, '--json')).toMatchObject({ code: 1, json: { error: { code: 'NOT_FOUND', message: `无法读取文件 ${missing}：文件不存在，请检查路径和文件名` } } });
    expect(await cli('plan', 'import', dir, '--json')).toMatchObject({ code: 1, json: { error: { code: 'NOT_FOUND', message: `无法读取文件 ${dir}：这是一个文件夹，不是文件` } } });
    expect(counts()).toEqual(before);
  });
  it('refuses the same file again as a new plan, naming the plan it is, unless --allow-duplicate', async () => {
    const dup = path.join(dir, 'dup.db');
    expect((await runCli(dup, 'plan', 'import', SEED_PATH)).code).toBe(0);
    const copy = path.join(dir, '要点副本.txt');
    fs.copyFileSync(SEED_PATH, copy); // another name, the same bytes
    const before = counts(dup);
    const refused = await runCli(dup, 'plan', 'import', copy, '--json');
    expect(refused).toMatchObject({
      code: 1,
      json: {
        error: {
          code: 'CONFLICT',
          message: '文件“要点副本.txt”已导入为计划 1《2022-2023年工作要点》，未重复导入。要用它更新该计划，请加 --replace 1；确要另存为一份新计划，请加 --allow-duplicate。',
        },
      },
    });
    expect(counts(dup)).toEqual(before);
    expect(await runCli(dup, 'plan', 'import', copy, '--allow-duplicate', '--json')).toMatchObject({ code: 0, json: { planId: 2, created: true } });
    expect(counts(dup).plans).toBe(2);
  });

  it('says a plan of the same title exists when another file of that title is imported as a new plan, and how to update it instead', async () => {
    const same = path.join(dir, 'same-title.db');
    expect((await runCli(same, 'plan', 'import', SEED_PATH)).code).toBe(0);
    const revised = path.join(dir, '要点修订稿.txt');
    fs.writeFileSync(revised, fs.readFileSync(SEED_PATH, 'utf8').replace('积极申报海外知识产权纠纷应对指导中心分中心。', '积极申报并建设海外知识产权纠纷应对指导中心分中心。'));
    const said = '已有同名计划 1《2022-2023年工作要点》（18 项任务）';
    const preview = await runCli(same, 'plan', 'import', revised, '--dry-run');
    expect(preview.stdout).toContain(`⚠ ${said}。这份文件如是它的修订版，请加 --replace 1 更新它（已填报的进展保留）；不加 --replace 将另存为一份新计划。`);
    const imported = await runCli(same, 'plan', 'import', revised, '--json');
    expect(imported).toMatchObject({ code: 0, json: { planId: 2, created: true, sameTitle: { planId: 1, title: '2022-2023年工作要点' } } });
    expect((imported.json as { warnings: unknown[] }).warnings[0]).toEqual({
      seq: '',
      message: `${said}，这份文件已另存为新计划 2。如它是计划 1 的修订版，请在程序中删除计划 2，再加 --replace 1 导入以更新计划 1（已填报的进展保留）。`,
    });
    const replaced = await runCli(same, 'plan', 'import', revised, '--replace', '1', '--json');
    expect(replaced).toMatchObject({ code: 0, json: { planId: 1, created: false, sameTitle: null, warnings: [] } });
  });

  it('refuses an update by an unrelated plan that would delete progress, unless --allow-unrelated; --dry-run shows it', async () => {
    // Progress on two of plan 1's tasks, written straight into the file.
    const raw = new Database(db);
    const period = raw.prepare("INSERT INTO periods (plan_id, code, start_date, end_date) VALUES (1, '2023Q1', '2023-01-01', '2023-03-31')").run().lastInsertRowid;
    const unit = (raw.prepare("SELECT id FROM units WHERE name = '省知识产权局'").get() as { id: number }).id;
    for (const seq of ['1', '2']) {
      const task = (raw.prepare('SELECT id FROM tasks WHERE plan_id = 1 AND seq = ?').get(seq) as { id: number }).id;
      raw.prepare("INSERT INTO progress (task_id, unit_id, period_id, status, progress, updated_at, updated_by) VALUES (?, ?, ?, 'on_track', '进展', '2023-03-20T00:00:00Z', 'test')").run(task, unit, period);
    }
    raw.close();
    const other = path.join(dir, '安全生产.txt');
    fs.writeFileSync(other, ['2024年安全生产工作要点', '1. 开展安全生产大检查。（省应急厅牵头，2024年6月底前完成）', '2. 推进危化品整治。（省应急厅牵头，2024年底前完成）'].join('\n'));
    const said = '《2024年安全生产工作要点》与计划 1《2022-2023年工作要点》看来不是同一份计划：原有 18 项任务，新文件里只找到 0 项，更新将删除 2 条已填报的进展记录。';

    const before = counts();
    const refused = await cli('plan', 'import', other, '--replace', '1', '--json');
    expect(refused).toMatchObject({ code: 1, json: { error: { code: 'CONFLICT', message: `${said}未更新。确需如此，请加 --allow-unrelated（可先加 --dry-run 查看将删除的任务）。` } } });
    expect(counts()).toEqual(before);

    const preview = await cli('plan', 'import', other, '--replace', '1', '--dry-run');
    expect(preview).toMatchObject({ code: 0 });
    expect(preview.stdout).toContain(`  ⚠ ${said}不加 --allow-unrelated 时不会更新。`);
    const previewJson = await cli('plan', 'import', other, '--replace', '1', '--dry-run', '--json');
    expect(previewJson.json).toMatchObject({ tasksRemoved: 18, unrelated: { oldTasks: 18, keptTasks: 0, progressRecords: 2 } });
    expect(counts()).toEqual(before);

    expect(await cli('plan', 'import', other, '--replace', '1', '--allow-unrelated', '--json')).toMatchObject({ code: 0, json: { planId: 1, tasksRemoved: 18 } });
    expect(counts().tasks).toBe(2);
  });

  it('refuses files that are not a plan, naming them, and stores nothing', async () => {
    const prose = path.join(dir, '随笔.txt');
    fs.writeFileSync(prose, '今天开会讨论了预算安排。\n大家同意下月再议。\n');
    const list = path.join(dir, '春游.txt');
    fs.writeFileSync(list, '关于春游的安排\n1. 早上八点集合。\n2. 带好午饭。\n');
    const minutes = path.join(dir, '会议纪要.docx');
    fs.writeFileSync(minutes, (await docxOfParagraphs('会议纪要.docx', ['会议纪要', '与会人员讨论了年度预算安排。', '1. 张三发言'])).bytes);
    const before = counts();
    expect(await cli('plan', 'import', prose, '--json')).toMatchObject({ code: 1, json: { error: { code: 'BAD_FILE', message: expect.stringContaining('文件“随笔.txt”中没有识别出任何任务') } } });
    for (const [file, name, n] of [[list, '春游.txt', 2], [minutes, '会议纪要.docx', 1]] as const) {
      expect(await cli('plan', 'import', file, '--json')).toMatchObject({
        code: 1,
        json: { error: { code: 'BAD_FILE', message: expect.stringContaining(`文件“${name}”看来不是工作要点：${n} 项编号内容都没有写明责任单位`) } },
      });
    }
    expect(counts()).toEqual(before);
  });
});
