// What the command line says when a value is wrong or a thing is missing: sentences in Chinese that name
// the field as the official knows it and the thing by what was typed, never a field's English name or
// an internal id. The same messages reach the app's pages (the same handlers answer both).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/backend';
import { runCli } from '../../helpers/cli';

let db: string;
let dir: string;
const cli = (...args: string[]) => runCli(db, ...args, '--json');

beforeAll(async () => {
  dir = tempDir('taizhang-cli-messages-');
  db = path.join(dir, 'taizhang.db');
  expect((await runCli(db, 'plan', 'sample')).code).toBe(0);
}, 120_000);

describe('error messages', { timeout: 240_000 }, () => {
  it('name the wrong field in Chinese, with what is wrong with it', async () => {
    for (const [args, message] of [
      [['plan', 'set', '1', '--title', ''], '计划名称不能为空'],
      [['operator', '一二三四五六七八九十一二三四五六七八九十一'], '经办人姓名最多 20 个字'],
      [['imports', 'received', '35', '2023-02-30'], '收到日期应为实际存在的日期，写作 2023-10-08'],
      [['restore', '../x.db'], '备份文件应为备份文件夹中的文件名，不含路径'],
      [['report', '1', '--period', '2023q3'], '期次格式应为 2023Q3、2023M07 或 2023H2'],
      [['submissions', '1', '--period', '2023Q3', '--withdraw-reminder', '2023-10-32'], '催报日期应为实际存在的日期，写作 2023-10-08'],
    ] as const) {
      expect(await cli(...args), args.join(' ')).toMatchObject({ code: 1, json: { error: { code: 'INVALID_INPUT', message } } });
    }
  });

  it('name a unit without tasks to report on by its name, not its id', async () => {
    const refused = await cli('template', 'export', '1', '--period', '2023Q3', '--out', path.join(dir, 'forms'), '--unit', '国家知识产权局保护司');
    expect(refused).toMatchObject({ code: 1, json: { error: { code: 'NOT_FOUND', message: '单位“国家知识产权局保护司”在该工作要点中没有需要填报的任务。' } } });
  });

  it('say a missing plan is missing in one wording, whichever command asks', async () => {
    for (const args of [
      ['plan', 'show', '99'],
      ['plan', 'set', '99', '--title', '新名称'],
      ['plan', 'export', '99', '--out', path.join(dir, 'x.xlsx')],
      ['report', '99', '--period', '2023Q3'],
      ['submissions', '99', '--period', '2023Q3'],
      ['progress', 'show', '99', '--period', '2023Q3'],
      ['template', 'export', '99', '--period', '2023Q3', '--out', path.join(dir, 'forms')],
    ]) {
      expect(await cli(...args), args.join(' ')).toMatchObject({ code: 1, json: { error: { code: 'NOT_FOUND', message: '计划（编号 99）不存在，可能已被删除' } } });
    }
  });
});
