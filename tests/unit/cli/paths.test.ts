// `npm run cli` runs in the project folder; relative paths must mean the folder the command was typed in.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/backend';
import { runCliWith } from '../../helpers/cli';
import { ROOT } from '../../helpers/server';
import { SEED_PATH } from '../plan/seedExpected';

describe('relative paths under npm run cli', { timeout: 240_000 }, () => {
  it('resolves --db, FILE and --out against the folder npm was started in (INIT_CWD)', async () => {
    const typedIn = tempDir('taizhang-cli-cwd-');
    fs.copyFileSync(SEED_PATH, path.join(typedIn, '要点.txt'));
    // What npm sets for `npm run cli` typed in that folder; the process itself runs in the project folder.
    const npm = { INIT_CWD: typedIn, npm_lifecycle_event: 'cli' };
    const before = fs.readdirSync(ROOT);

    const imported = await runCliWith(npm, 'data/x.db', 'plan', 'import', '要点.txt', '--json');
    expect(imported).toMatchObject({ code: 0, json: { planId: 1 } });
    expect(fs.existsSync(path.join(typedIn, 'data', 'x.db'))).toBe(true);

    const exported = await runCliWith(npm, 'data/x.db', 'plan', 'export', '1', '--out', 'out/台账.xlsx', '--json');
    expect(exported).toMatchObject({ code: 0, json: { file: path.join(typedIn, 'out', '台账.xlsx') } });
    expect(fs.existsSync(path.join(typedIn, 'out', '台账.xlsx'))).toBe(true);
    // Nothing landed in the project folder.
    expect(fs.readdirSync(ROOT)).toEqual(before);
  });

  it('resolves --dir of backups and restore against that folder too', async () => {
    const typedIn = tempDir('taizhang-cli-cwd-');
    const npm = { INIT_CWD: typedIn, npm_lifecycle_event: 'cli' };
    const made = await runCliWith(npm, 'x.db', 'backup', '--json');
    expect(made.code).toBe(0);
    const { file } = made.json as { file: string };

    const listed = await runCliWith(npm, 'x.db', 'backups', '--dir', 'backups', '--json');
    expect(listed).toMatchObject({ code: 0, json: { dir: path.join(typedIn, 'backups'), backups: [{ file }] } });
    const restored = await runCliWith(npm, 'x.db', 'restore', file, '--dir', 'backups', '--json');
    expect(restored).toMatchObject({ code: 0, json: { restored: { file, path: path.join(typedIn, 'backups', file) } } });
  });

  it('ignores an INIT_CWD inherited from another npm script', async () => {
    const dir = tempDir('taizhang-cli-cwd-');
    const db = path.join(dir, 'y.db');
    // e.g. a CLI started by `npm test`: npm's INIT_CWD is not where this process was asked to work.
    const run = await runCliWith({ INIT_CWD: dir, npm_lifecycle_event: 'test:unit' }, db, 'plan', 'import', path.relative(ROOT, SEED_PATH), '--json');
    expect(run).toMatchObject({ code: 0, json: { planId: 1 } });
  });
});
