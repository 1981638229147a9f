// The CLI's shared pieces: option parsing, the list commands' JSON / text output, and how the real
// command line answers a command or option it does not know.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandArgs, listCommand, parseArgs, requirePeriod, type CliCommand, type CliEnv } from '../../../electron/cli/command';
import type { PlanSummary } from '../../../electron/shared/types';
import { tempDir } from '../../helpers/backend';
import { runCli } from '../../helpers/cli';

describe('parseArgs', () => {
  it('separates positional arguments, valued options (both spellings) and flags', () => {
    const args = parseArgs(['7', '--period', '2023Q3', 'a.xlsx', '--unit=省财政厅', '--dry-run'], ['period', 'unit', 'out'], ['dry-run']);
    expect(args.positional).toEqual(['7', 'a.xlsx']);
    expect([args.value('period'), args.value('unit'), args.value('out')]).toEqual(['2023Q3', '省财政厅', undefined]);
    expect([args.has('dry-run'), args.has('period'), args.has('out')]).toEqual([true, true, false]);
    expect(args.value('dry-run')).toBeUndefined();
    expect(parseArgs(['--out', 'a', '--out', 'b'], ['out']).value('out')).toBe('b');
  });

  it('refuses unknown options and options missing their value', () => {
    expect(() => parseArgs(['--bogus'], ['period'])).toThrow('未知选项：--bogus');
    expect(() => parseArgs(['--period'], ['period'])).toThrow('选项 --period 需要一个值');
  });

  it('takes as many positional arguments as the command declares, any number for a repeated one', () => {
    const command = (positionals?: CliCommand['positionals']): CliCommand => ({
      name: 'x',
      summary: '',
      usage: 'x A',
      options: { valued: ['period'] },
      positionals,
      run: async () => 0,
    });
    expect(commandArgs(command(2), ['1', '--period', '2023Q3', 'a']).positional).toEqual(['1', 'a']);
    expect(() => commandArgs(command(1), ['1', 'a', 'b'])).toThrow('多余的参数：a b（用法：x A）');
    expect(() => commandArgs(command(), ['1'])).toThrow('多余的参数：1');
    expect(commandArgs(command('many'), ['1', 'a', 'b', 'c']).positional).toEqual(['1', 'a', 'b', 'c']);
  });

  it('asks for a period when none is given', () => {
    expect(requirePeriod('2023Q3')).toBe('2023Q3');
    for (const missing of [undefined, '']) expect(() => requirePeriod(missing)).toThrow('请用 --period 给出期次');
  });
});

describe('listCommand', () => {
  const plan = (id: number, title: string, isCurrent: boolean) => ({ id, title, isCurrent, taskCount: 3 }) as PlanSummary;
  const command = listCommand({
    name: 'plan list',
    summary: '',
    usage: '',
    method: 'plans.list',
    input: () => ({}),
    items: (plans) => plans,
    json: (plans) => ({ plans }),
    line: (p) => `${p.isCurrent ? '*' : ' '} ${p.id} ${p.title}`,
    empty: '还没有计划',
  });
  const run = async (plans: PlanSummary[], json: boolean) => {
    const printed: string[] = [];
    const env: CliEnv = {
      json,
      call: async () => plans as never,
      print: (value, human) => printed.push(json ? JSON.stringify(value) : human()),
    };
    expect(await command.run(parseArgs([], []), env)).toBe(0);
    return printed;
  };

  it('prints one line per item, or the empty message', async () => {
    expect(await run([plan(1, '甲', true), plan(2, '乙', false)], false)).toEqual(['* 1 甲\n  2 乙']);
    expect(await run([], false)).toEqual(['还没有计划']);
  });

  it('prints the JSON shape it is given with --json, even when empty', async () => {
    expect(await run([plan(1, '甲', true)], true)).toEqual([JSON.stringify({ plans: [plan(1, '甲', true)] })]);
    expect(await run([], true)).toEqual(['{"plans":[]}']);
  });
});

describe('unknown commands and options', { timeout: 240_000 }, () => {
  /** Every file under the folder (the database, its backups) with a hash of its bytes. */
  const snapshot = (dir: string) =>
    Object.fromEntries(
      fs
        .readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => fs.statSync(path.join(dir, f)).isFile())
        .map((f) => [f, crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')]),
    );

  it('refuses an option the command does not take, naming it, and changes nothing', async () => {
    const dir = tempDir('taizhang-cli-options-');
    const db = path.join(dir, 'taizhang.db');
    expect((await runCli(db, 'plan', 'sample')).code).toBe(0);
    const before = snapshot(dir);
    const elsewhere = path.join(dir, 'elsewhere');

    for (const args of [
      ['plan', 'show', '1', '--bogus'],
      ['periods', '1', '--plan', '2'],
      ['plan', 'sample', '--force'],
      ['backup', '--dir', elsewhere],
      ['report', 'trend', '1', '--period=2023Q3'],
    ]) {
      const option = args.find((a) => a.startsWith('--'))!;
      const refused = await runCli(db, ...args, '--json');
      expect(refused.code, args.join(' ')).toBe(1);
      expect(refused.json).toEqual({ error: { code: 'INVALID_INPUT', message: `未知选项：${option}` } });
    }
    const text = await runCli(db, 'plan', 'show', '1', '--bogus');
    expect([text.code, text.stdout, text.stderr.trim()]).toEqual([1, '', '错误：未知选项：--bogus']);

    expect(fs.existsSync(elsewhere)).toBe(false);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses arguments beyond those the command takes, naming them and its usage, and changes nothing', async () => {
    const dir = tempDir('taizhang-cli-extra-');
    const db = path.join(dir, 'taizhang.db');
    expect((await runCli(db, 'plan', 'sample')).code).toBe(0);
    const before = snapshot(dir);

    for (const [args, extra, usage] of [
      [['operator', '张', '三'], '三', 'operator [姓名|none] [--json]'],
      [['imports', 'undo', '5', '6'], '6', 'imports undo IMPORT_ID [--json]'],
      [['plan', 'show', '1', '2'], '2', 'plan show PLAN_ID [--json]'],
      [['plan', 'sample', 'again'], 'again', 'plan sample [--json]'],
      [['period', 'lock', '1', '2023Q3', '2023Q4', 'x'], '2023Q4 x', 'period lock PLAN_ID PERIOD [--json]'],
      [['report', '1', 'trend', '--period', '2023Q3'], 'trend', 'report PLAN_ID --period 2023Q3 [--out FILE.xlsx|.docx|.html|.pdf] [--json]'],
    ] as const) {
      const refused = await runCli(db, ...args, '--json');
      expect(refused.code, args.join(' ')).toBe(1);
      expect(refused.json).toEqual({ error: { code: 'INVALID_INPUT', message: `多余的参数：${extra}（用法：${usage}）` } });
    }
    const text = await runCli(db, 'operator', '张', '三');
    expect([text.code, text.stdout, text.stderr.trim()]).toEqual([1, '', '错误：多余的参数：三（用法：operator [姓名|none] [--json]）']);

    expect(snapshot(dir)).toEqual(before);
    expect((await runCli(db, 'info', '--json')).json).toMatchObject({ operator: null });
  });

  it('asks for a missing period where the command takes it: after the plan for period lock, with --period elsewhere', async () => {
    const dir = tempDir('taizhang-cli-period-');
    const db = path.join(dir, 'taizhang.db');
    expect((await runCli(db, 'plan', 'sample')).code).toBe(0);
    expect((await runCli(db, 'period', 'lock', '1', '--json')).json).toEqual({ error: { code: 'INVALID_INPUT', message: '请在计划编号后给出期次，例如 2023Q3' } });
    expect((await runCli(db, 'submissions', '1', '--json')).json).toEqual({ error: { code: 'INVALID_INPUT', message: '请用 --period 给出期次，例如 --period 2023Q3' } });
  });

  it('says in Chinese why an output file cannot be written: a folder given for a file, a file in the way of a folder', async () => {
    const dir = tempDir('taizhang-cli-out-');
    const db = path.join(dir, 'taizhang.db');
    expect((await runCli(db, 'plan', 'sample')).code).toBe(0);
    const folder = path.join(dir, 'a-folder.xlsx');
    fs.mkdirSync(folder);
    const intoFolder = await runCli(db, 'plan', 'export', '1', '--out', folder, '--json');
    expect(intoFolder.code).toBe(1);
    expect(intoFolder.json).toEqual({ error: { code: 'INVALID_INPUT', message: `无法写入 ${folder}：这是一个文件夹，请给出文件名` } });

    const aFile = path.join(dir, 'a-file');
    fs.writeFileSync(aFile, '');
    const underFile = await runCli(db, 'template', 'export', '1', '--period', '2023Q3', '--out', aFile, '--json');
    expect(underFile.code).toBe(1);
    expect(underFile.json).toEqual({ error: { code: 'INVALID_INPUT', message: `无法写入 ${aFile}：路径中有同名的文件，无法建立文件夹` } });
  });

  it('answers an unknown command with the JSON error under --json, exit code 2', async () => {
    const db = path.join(tempDir('taizhang-cli-unknown-'), 'taizhang.db');
    expect(await runCli(db, 'bogus', '--json')).toMatchObject({ code: 2, json: { error: { code: 'INVALID_INPUT', message: '未知命令：bogus' } } });
    expect(await runCli(db, 'plan', '--json')).toMatchObject({ code: 2, json: { error: { code: 'INVALID_INPUT', message: '未知命令：plan' } } });
    // Without --json: the message on stderr, the help on stdout, as before.
    const text = await runCli(db, 'bogus');
    expect(text.code).toBe(2);
    expect(text.stderr).toContain('未知命令：bogus');
    expect(text.stdout).toContain('用法：');
    expect(fs.existsSync(db)).toBe(false);
  });

  it('prints the help for help as for --help, exit code 0, opening no database', async () => {
    const db = path.join(tempDir('taizhang-cli-help-'), 'taizhang.db');
    for (const ask of ['help', '--help']) {
      const answer = await runCli(db, ask);
      expect(answer).toMatchObject({ code: 0, stderr: '' });
      expect(answer.stdout).toContain('用法：');
    }
    expect(fs.existsSync(db)).toBe(false);
  });
});
