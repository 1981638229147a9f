// `report PLAN_ID --period P [--json] [--out FILE]`, run as a user runs it, on a real database file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium, printHtmlToPdf } from '../../../electron/core/report/pdf';
import type { PeriodFigures } from '../../../electron/shared/api/reports';
import { testBackend } from '../../helpers/backend';
import { runCli } from '../../helpers/cli';
import { saveReports } from '../../helpers/reportData';
import { PERIOD, seedRulesPlan } from './fixture';

let dbPath: string;
let dir: string;
let planId: number;
let expected: PeriodFigures;

beforeAll(async () => {
  const b = await testBackend();
  planId = await seedRulesPlan(b);
  expected = await b.call('reports.summary', { planId, period: PERIOD });
  dbPath = b.dbPath;
  dir = b.dir;
  b.close();
});

const cli = (...args: string[]) => runCli(dbPath, ...args);

const has = (tool: string) => {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

describe('report command', () => {
  it('prints the summary with the contract’s keys under --json', async () => {
    const { code, stdout } = await cli('report', String(planId), '--period', PERIOD, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    for (const key of ['period', 'totals', 'overdue', 'dueSoon', 'missingUnits', 'bySection', 'byUnit']) expect(json).toHaveProperty(key);
    expect(Object.keys(json.totals)).toEqual(['tasks', 'completed', 'on_track', 'delayed', 'not_started', 'unreported']);
    expect(json.period).toBe('2023Q3');
    expect(json.totals).toEqual(expected.totals);
    expect(json.overdue).toEqual(['1', '8']);
    expect(json.dueSoon).toEqual(['3', '5']);
    expect(json.missingUnits).toEqual(['己办', '戊局']);
    expect(json.bySection).toEqual(expected.bySection);
    expect(json.byUnit).toEqual(expected.byUnit);
  }, 180_000);

  it('writes the 汇总表, the 通报 and the print view by the file’s extension', async () => {
    for (const [ext, magic] of [
      ['xlsx', 'PK'],
      ['docx', 'PK'],
      ['html', '<!DOCTYPE html>'],
    ] as const) {
      const out = path.join(dir, `out/report.${ext}`);
      const { code, stdout } = await cli('report', String(planId), '--period', PERIOD, '--out', out, '--json');
      expect(code, ext).toBe(0);
      expect(JSON.parse(stdout)).toEqual({ file: out, format: ext, narrativeOutdated: false });
      expect(fs.readFileSync(out).subarray(0, magic.length).toString()).toBe(magic);
    }
  }, 180_000);

  it('says when the 通报 it writes was saved before the period’s latest reports', async () => {
    const b = await testBackend({ dbPath });
    const { narrative } = await b.call('reports.narrative', { planId, period: PERIOD });
    await b.call('reports.saveNarrative', { planId, period: PERIOD, narrative });
    await saveReports(b, planId, PERIOD, [{ seq: '6', unit: '戊局', status: 'on_track', progress: '补报。' }]);
    b.close();
    const out = path.join(dir, 'out/late.docx');
    const text = await cli('report', String(planId), '--period', PERIOD, '--out', out);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('提示：其中的通报正文是保存过的修改稿，保存之后本期又有填报导入、撤销或修改');
    const json = await cli('report', String(planId), '--period', PERIOD, '--out', path.join(dir, 'out/late.xlsx'), '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ narrativeOutdated: false }); // the 汇总表 holds no 通报
  }, 180_000);

  it('refuses an unknown output type and a missing period in Chinese', async () => {
    const bad = await cli('report', String(planId), '--period', PERIOD, '--out', path.join(dir, 'x.txt'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('无法识别输出文件类型“x.txt”');
    const noPeriod = await cli('report', String(planId));
    expect(noPeriod.code).toBe(1);
    expect(noPeriod.stderr).toContain('请用 --period 给出期次');
  }, 180_000);

  it.skipIf(!findChromium())('prints a PDF with Chromium: portrait notice, landscape table, page numbers', async () => {
    const out = path.join(dir, 'out/report.pdf');
    const { code, stderr } = await cli('report', String(planId), '--period', PERIOD, '--out', out);
    expect(code, stderr).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    if (has('pdfinfo')) {
      const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', out]).toString();
      const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => (Number(m[1]) < Number(m[2]) ? 'portrait' : 'landscape'));
      expect(sizes[0]).toBe('portrait');
      expect(sizes.at(-1)).toBe('landscape');
    }
    if (has('pdftotext')) {
      const text = execFileSync('pdftotext', ['-layout', out, '-']).toString();
      expect(text).toMatch(/—\s*1\s*—/);
      expect(text).toMatch(/—\s*2\s*—/);
      expect(text).toContain('推进情况汇总表');
    }
  }, 180_000);
});

describe('finding a browser for PDF', () => {
  it('looks at TAIZHANG_CHROMIUM first, then the usual places of the platform', () => {
    expect(chromiumCandidates({ TAIZHANG_CHROMIUM: '/opt/x/chrome' }, 'linux').slice(0, 2)).toEqual(['/opt/x/chrome', '/usr/bin/chromium']);
    const win = chromiumCandidates({ 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', PROGRAMFILES: 'C:\\Program Files' }, 'win32');
    expect(win[0]).toBe('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(win).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
  });

  it('says in Chinese what to do when there is none', async () => {
    await expect(printHtmlToPdf('<p>x</p>', path.join(dir, 'none.pdf'), null)).rejects.toThrow(/未找到可用于生成 PDF 的浏览器.*TAIZHANG_CHROMIUM/);
  });
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
