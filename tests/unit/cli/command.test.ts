// The CLI's shared pieces: option parsing and the list commands' JSON / text output.
import { describe, expect, it } from 'vitest';
import { listCommand, parseArgs, requirePeriod, type CliEnv } from '../../../electron/cli/command';
import type { PlanSummary } from '../../../electron/shared/types';

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
    expect(await command.run([], env)).toBe(0);
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
