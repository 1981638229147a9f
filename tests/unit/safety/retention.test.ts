import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName, reasonSlug } from '../../../electron/core/backup/naming';
import { backupsToPrune, KEEP_LAST } from '../../../electron/core/backup/retention';

const at = (y: number, m: number, d: number, h = 9) => ({ at: new Date(y, m - 1, d, h), label: `${y}-${m}-${d} ${h}h` });
const labels = (xs: { label: string }[]) => xs.map((x) => x.label).sort();

describe('backup retention', () => {
  it('keeps everything while there are at most 30', () => {
    const backups = Array.from({ length: KEEP_LAST }, (_, i) => at(2024, 3, 1 + i));
    expect(backupsToPrune(backups)).toEqual([]);
  });

  it('keeps the newest 30 of a busy month and drops the older ones', () => {
    const backups = Array.from({ length: 45 }, (_, i) => at(2024, 3, 1 + Math.floor(i / 2), 8 + (i % 2)));
    const pruned = backupsToPrune(backups);
    expect(pruned).toHaveLength(15);
    const newest = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, 30);
    expect(pruned.some((p) => newest.includes(p))).toBe(false);
  });

  it('keeps the last backup of every month however old, beside the newest 30', () => {
    // Three backups a month (the 5th, 15th and 28th) for 14 months: 42 in all.
    const backups = [];
    for (let month = 0; month < 14; month++) {
      const y = 2023 + Math.floor(month / 12);
      const m = (month % 12) + 1;
      backups.push(at(y, m, 5), at(y, m, 15), at(y, m, 28));
    }
    const pruned = backupsToPrune(backups);
    // The newest 30 cover the last 10 months; of the first 4 months only the 28th stays.
    expect(labels(pruned)).toEqual(labels([at(2023, 1, 5), at(2023, 1, 15), at(2023, 2, 5), at(2023, 2, 15), at(2023, 3, 5), at(2023, 3, 15), at(2023, 4, 5), at(2023, 4, 15)]));
    const kept = backups.filter((b) => !pruned.includes(b));
    expect(kept).toHaveLength(34);
    for (const m of [1, 2, 3, 4]) expect(kept.some((b) => b.label === `2023-${m}-28 9h`)).toBe(true);
  });

  it('treats the month end by calendar month, across a year boundary', () => {
    const backups = [at(2023, 12, 31, 23), at(2023, 12, 31, 22), at(2024, 1, 1, 0), ...Array.from({ length: 30 }, (_, i) => at(2024, 2, 1 + (i % 28), 10 + Math.floor(i / 28)))];
    const pruned = backupsToPrune(backups);
    expect(labels(pruned)).toEqual(labels([at(2023, 12, 31, 22)]));
  });
});

describe('backup names', () => {
  it('round-trips time and reason, with a suffix for a taken name', () => {
    const when = new Date(2024, 4, 1, 9, 30, 5);
    const name = backupFileName('/data/taizhang.db', when, 'progress.import');
    expect(name).toBe('taizhang-20240501-093005-progress.import.db');
    expect(parseBackupFileName(name)).toEqual({ base: 'taizhang', at: when, reason: 'progress.import' });
    expect(parseBackupFileName(backupFileName('/data/我的-台账.db', when, 'manual', 3))).toEqual({ base: '我的-台账', at: when, reason: 'manual' });
    expect(parseBackupFileName('taizhang.db')).toBeNull();
    expect(parseBackupFileName('taizhang-20240501-093005-manual.db.json')).toBeNull();
  });

  it('reduces any reason to a portable slug', () => {
    expect(reasonSlug('Plans Import/../x')).toBe('plans.import.x');
    expect(reasonSlug('导入推进情况前')).toBe('auto');
  });
});
