// Finding the header and the data rows in a returned sheet, on grids as the readers produce them.
import { describe, expect, it } from 'vitest';
import { classifyHeader, findHeader, HINT_OPENERS, MAYBE_CHINESE } from '../../../electron/core/progress/returns/headers';
import { unitFromLine } from '../../../electron/core/progress/returns/readReturn';
import { readTableRows } from '../../../electron/core/progress/returns/tableRows';
import type { SheetGrid } from '../../../electron/core/progress/workbook/grid';
import { extraColumnsNote } from '../../../electron/core/progress/returns/extraColumns';

const grid = (rows: string[][], merges: SheetGrid['merges'] = []): SheetGrid => ({ name: 's', state: 'visible', rows, merges });

describe('header words', () => {
  it.each([
    ['进展情况', 'progress'],
    ['工作进展', 'progress'],
    ['推进情况', 'progress'],
    ['完成情况说明', 'progress'],
    ['完成状态\n（下拉选择）', 'status'],
    ['完成情况', 'status'],
    ['进度', 'status'],
    ['存在问题', 'problems'],
    ['困难和问题', 'problems'],
    ['下步计划', 'nextSteps'],
    ['下一步工作打算', 'nextSteps'],
    ['下步打算', 'nextSteps'],
    ['序 号', 'seq'],
    ['工作任务', 'content'],
    ['重点任务', 'content'],
    ['任务内容', 'content'],
    ['重点工作', 'content'],
    ['具体工作', 'content'],
    ['重点工作推进情况', 'progress'],
    ['备注', 'remarks'],
    ['上期进展情况', 'previous'],
    ['完成时限', 'deadline'],
    ['责任单位', 'unit'],
  ])('%s → %s', (text, field) => expect(classifyHeader(text)).toBe(field));

  it('sees a header behind a long bracketed hint, and no header in a long task text', () => {
    expect(classifyHeader('进展情况（请详细填写本季度工作进展，包括主要措施、取得成效、存在问题，不少于二百字）')).toBe('progress');
    expect(classifyHeader('进展情况﹙请详细填写本季度工作进展包括主要措施取得成效存在问题不少于二百字﹚')).toBe('progress');
    expect(classifyHeader('组织开展商标品牌指导站建设，加强部门协同和上下联动，增强产业核心竞争力的工作进展情况')).toBeNull();
  });

  it('knows every character that opens a bracketed hint, as written or once normalised', () => {
    // Text without any of these keeps every ideograph in its key, which lets long cells be skipped unread.
    const missed: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (/[([【]/.test(char.normalize('NFKC')) && !HINT_OPENERS.test(char)) missed.push(code.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('knows every character that is, or once normalised becomes, Chinese', () => {
    // Text without any of these is skipped: every header word is Chinese.
    const missed: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (/[\u2e80-\u{10ffff}]/u.test(char.normalize('NFKC')) && !MAYBE_CHINESE.test(char)) missed.push(code.toString(16));
    }
    expect(missed).toEqual([]);
    expect(['1', '2023-10-08', 'TRUE', '0.25', 'Progress'].map(classifyHeader)).toEqual([null, null, null, null, null]);
  });
});

describe('table rows', () => {
  const sheet = grid(
    [
      ['某某表'],
      ['填报单位：省财政厅', '', '', '填报日期：2023-10-08'],
      ['序号', '工作任务', '进展情况', '完成状态'],
      ['一、第一部分'],
      ['1', '任务一', '进展一', '已完成'],
      ['序号', '工作任务', '进展情况', '完成状态'],
      ['2', '任务二', '同上', ''],
      [''],
      ['3', '任务三', '', ''],
      ['注：状态请从下拉中选择'],
      ['填报人：李四', '', '联系电话：123'],
    ],
    [
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 3, left: 0, bottom: 3, right: 3 },
    ],
  );

  it('finds the header below the title and unit lines', () => {
    expect(findHeader(sheet)).toMatchObject({ headerRow: 2, firstHeaderRow: 2, columns: { seq: 0, content: 1, progress: 2, status: 3 } });
  });

  it('skips sections, repeated headers, blank rows, notes and signatures; copies 同上', () => {
    const { rows, surroundings, sections } = readTableRows(sheet, findHeader(sheet)!);
    expect(rows.map((r) => [r.row, r.seq, r.fields.progress])).toEqual([
      [5, '1', '进展一'],
      [7, '2', '进展一'],
      [9, '3', ''],
    ]);
    expect(sections).toEqual(['一、第一部分']);
    expect(surroundings).toEqual(['某某表', '填报单位：省财政厅  填报日期：2023-10-08', '注：状态请从下拉中选择', '填报人：李四  联系电话：123']);
  });

  it('skips a two-row header repeated on a later page, merged cells and all', () => {
    const pages = grid(
      [
        ['序号', '工作任务', '推进情况', ''],
        ['', '', '进展情况', '完成状态'],
        ['1', '任务一', '进展一', '已完成'],
        ['序号', '工作任务', '推进情况', ''],
        ['', '', '进展情况', '完成状态'],
        ['2', '任务二', '进展二', '正常推进'],
      ],
      [0, 3].flatMap((top) => [
        { top, left: 0, bottom: top + 1, right: 0 },
        { top, left: 1, bottom: top + 1, right: 1 },
        { top, left: 2, bottom: top, right: 3 },
      ]),
    );
    const { rows } = readTableRows(pages, findHeader(pages)!);
    expect(rows.map((r) => [r.row, r.seq, r.fields.progress, r.fields.status])).toEqual([
      [3, '1', '进展一', '已完成'],
      [6, '2', '进展二', '正常推进'],
    ]);
  });

  it('reads 是 under 是否完成 as 已完成, and 否 as 未完成 (not done yet, not 未启动)', () => {
    const yesNo = grid([
      ['序号', '工作任务', '进展情况', '是否完成'],
      ['1', '任务一', '进展一', '是'],
      ['2', '任务二', '进展二', '否'],
    ]);
    const { rows } = readTableRows(yesNo, findHeader(yesNo)!);
    expect(rows.map((r) => r.fields.status)).toEqual(['已完成', '未完成']);
  });

  it('fills a merge down only as far as the sheet goes, however far it claims to run', () => {
    const merged = grid(
      [['序号', '工作任务', '进展情况'], ['1', '任务一', '进展一'], ['', '', '进展二']],
      [{ top: 1, left: 1, bottom: 99_999_999, right: 1 }],
    );
    const { rows } = readTableRows(merged, findHeader(merged)!);
    expect(rows.map((r) => [r.row, r.content, r.continuesAbove])).toEqual([
      [2, '任务一', false],
      [3, '任务一', true],
    ]);
  });

  it('keeps the words of columns beyond the form’s fields, named, and leaves out the plan’s own', () => {
    const extra = grid(
      [
        ['序号', '工作任务', '配合单位', '计划完成时间', '主要做法', '', '工作成效', '完成状态', '是否完成', '佐证材料', '备注'],
        ['1', '任务一', '省教育厅', '2023年底', '做法一', '做法续', '成效一', '正常推进', '否', '文件2份', '无', '手写批注'],
        ['2', '任务二', '', '', '做法二', '', '', '', '', '', '', ''],
      ],
      [{ top: 0, left: 4, bottom: 0, right: 5 }],
    );
    const { rows, extraColumns } = readTableRows(extra, findHeader(extra)!);
    expect(rows[0]!.fields).toEqual({
      progress: '做法一\n做法续\n工作成效：成效一',
      status: '正常推进',
      problems: '',
      nextSteps: '',
      remarks: '无\n是否完成：否\n佐证材料：文件2份\nL列：手写批注',
    });
    expect(rows[1]!.fields).toMatchObject({ progress: '做法二', remarks: '' });
    expect(extraColumns).toEqual([
      { label: '工作成效', into: 'progress' },
      { label: '是否完成', into: 'remarks' },
      { label: '佐证材料', into: 'remarks' },
      { label: 'L列', into: 'remarks' },
    ]);
    expect(extraColumnsNote(extraColumns)).toBe('“是否完成”“佐证材料”“L列”列不是填报表的栏目，内容已记入备注（前面注明列名）；“工作成效”列已并入进展情况。');
    // Two columns of one name are named once.
    const twice = [{ label: '责任处室', into: 'remarks' as const }, { label: '责任处室', into: 'remarks' as const }];
    expect(extraColumnsNote(twice)).toBe('“责任处室”列不是填报表的栏目，内容已记入备注（前面注明列名）。');
  });

  it('reads the unit out of a 填报单位 line', () => {
    expect(unitFromLine('填报单位：省知识产权局（盖章）      填报人：张三')).toBe('省知识产权局');
    expect(unitFromLine('填报单位:  省法院  填报日期：2023年10月8日')).toBe('省法院');
    expect(unitFromLine('填报单位（盖章）：省应急管理厅')).toBe('省应急管理厅');
    expect(unitFromLine('填报单位(公章): 省医保局 联系电话：0351-1234567')).toBe('省医保局');
    expect(unitFromLine('报送单位：山西省人力资源和社会保障厅')).toBe('山西省人力资源和社会保障厅');
    expect(unitFromLine('填报单位：（盖章）')).toBeNull();
  });
});

describe('完成情况 as status or as narrative', () => {
  const rows = (header: string[], ...body: string[][]) => grid([header, ...body]);

  it('is the status beside a progress column', () => {
    const sheet = rows(['序号', '进展情况', '完成情况'], ['1', '已印发实施方案并召开推进会。', '已完成']);
    expect(findHeader(sheet)!.columns).toMatchObject({ progress: 1, status: 2 });
  });

  it('is the narrative beside 进度', () => {
    const sheet = rows(['工作要点', '进度', '完成情况'], ['任务一', '正常推进', '已印发实施方案并召开推进会。']);
    expect(findHeader(sheet)!.columns).toMatchObject({ content: 0, status: 1, progress: 2 });
  });

  it('is the narrative when it holds sentences', () => {
    const sheet = rows(['序号', '完成情况'], ['1', '已印发实施方案并召开推进会，覆盖全部地市。']);
    const columns = findHeader(sheet)!.columns;
    expect(columns.progress).toBe(1);
    expect(columns.status).toBeUndefined();
  });
});

describe('content index', () => {
  it('finds a task among thousands by its text', async () => {
    const { ContentIndex } = await import('../../../electron/core/progress/import/contentIndex');
    const { bigrams } = await import('../../../electron/core/progress/similarity');
    const words = ['专利', '商标', '版权', '地理标志', '质押融资', '导航', '保护中心', '人才', '公共服务', '运营'];
    const tasks = Array.from({ length: 3000 }, (_, i) => ({
      id: i + 1,
      content: `推进${words[i % 10]}工作第${i + 1}项，${words[(i * 7) % 10]}与${words[(i * 3) % 10]}协同，编号${(i * 7919) % 10007}。`,
    }));
    const index = new ContentIndex(tasks as never, (t) => bigrams(t.content));
    const target = tasks[2345]!;
    const { best } = index.best(target.content.replace('，', ',').slice(0, -1));
    expect(best!.task.id).toBe(target.id);
    expect(best!.score).toBeGreaterThan(0.9);
  });
});
