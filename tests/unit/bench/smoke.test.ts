// `npm run bench -- --smoke` as part of the unit suite: every benchmark case runs on small inputs
// through the real handlers, and the results file carries every figure.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CASES, RATIOS, READER_CASES } from '../../bench/cases/index';
import { tempDir } from '../../helpers/backend';
import { ROOT } from '../../helpers/server';

const run = promisify(execFile);

describe('npm run bench -- --smoke', () => {
  it('runs every case and writes every figure to the results file', { timeout: 240_000 }, async () => {
    const dir = tempDir('taizhang-bench-smoke-');
    const out = path.join(dir, 'bench-smoke.json');
    let stdout: string;
    let json: Record<string, unknown> & { mode: string; cases: Record<string, { status: string; message?: string }> };
    try {
      ({ stdout } = await run(process.execPath, ['--import', 'tsx', 'tests/bench/run.ts', '--smoke', '--out', out], {
        cwd: ROOT,
        timeout: 230_000,
        maxBuffer: 16 * 2 ** 20,
      }));
      json = JSON.parse(fs.readFileSync(out, 'utf8')) as typeof json;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(json.mode).toBe('smoke');
    for (const spec of [...CASES, ...READER_CASES]) {
      expect(json.cases[spec.key]?.status, `${spec.key}: ${json.cases[spec.key]?.message ?? ''}`).toBe('ok');
      expect(json[spec.key], spec.key).toBeTypeOf('number');
      expect(json[`${spec.key}_min`]).toBeLessThanOrEqual(json[`${spec.key}_max`] as number);
      if (spec.rss) expect(json[`${spec.key}_peak_rss_mb`], `${spec.key} peak RSS`).toBeGreaterThan(0);
      expect(stdout).toContain(spec.key);
    }
    for (const ratio of RATIOS) expect(json[ratio.key], ratio.key).toBeGreaterThan(0);

    // The figures are of real work: every task parsed, every returned row matched, the whole ledger scrolled.
    expect(json.plan_parse_2000_tasks).toBe(60);
    expect(json.import_100_files_files_imported).toBe(6);
    expect(json.import_100_files_rows_matched).toBe(json.import_100_files_rows_expected);
    expect(json.import_20k_rows_rows_matched).toBe(300);
    // The write floors write what those imports write.
    expect(json.raw_write_100_files_records).toBe(json.import_100_files_rows_matched);
    expect(json.raw_write_20k_rows_records).toBe(300);
    expect(json.summary_200k_history_records).toBeGreaterThan(1000);
    expect(json.ledger_scroll_frames).toBeGreaterThan(1);
  });
});
