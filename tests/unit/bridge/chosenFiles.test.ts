// The desktop shell's save and open dialogs hand their paths to these functions: what the user sees
// when a chosen file cannot be written or read.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChosenFiles, writeChosenFile } from '../../../electron/main/chosenFiles';
import { tempDir } from '../../helpers/backend';

describe('files chosen in the desktop dialogs', () => {
  it('writes the bytes and answers the saved path', async () => {
    const file = path.join(tempDir(), '汇总表.xlsx');
    expect(await writeChosenFile(file, new Uint8Array([1, 2, 3]))).toEqual({ ok: true, value: file });
    expect([...fs.readFileSync(file)]).toEqual([1, 2, 3]);
  });

  it('says in Chinese why a file cannot be written, naming it, instead of the system error', async () => {
    const dir = tempDir();
    const env = await writeChosenFile(dir, new Uint8Array([1]));
    expect(env).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: `无法写入 ${dir}：这是一个文件夹，请给出文件名` } });
    const missing = path.join(dir, '没有的文件夹', 'a.xlsx');
    const env2 = await writeChosenFile(missing, new Uint8Array([1]));
    expect(env2.ok ? '' : env2.error.message).toBe(`无法写入 ${missing}：无法在此处建立文件（路径不存在或不可写）`);
  });

  it('reads the chosen files, an oversized one as an empty stand-in, and names a file it cannot read', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), '一二三');
    fs.writeFileSync(path.join(dir, 'big.xlsx'), new Uint8Array(64));
    const env = await readChosenFiles([path.join(dir, 'a.txt'), path.join(dir, 'big.xlsx')], 32);
    expect(env.ok && env.value.map((f) => [f.name, f.bytes.length])).toEqual([
      ['a.txt', 9],
      ['big.xlsx', 0],
    ]);
    const gone = path.join(dir, '已删除.xlsx');
    const failed = await readChosenFiles([gone], 32);
    expect(failed).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: `无法读取文件 ${gone}：文件不存在，请检查路径和文件名` } });
  });
});
