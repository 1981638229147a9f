// `operator`: the 经办人 set, shown and cleared from the command line, and the imports it records.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { osUserName } from '../../../electron/core/context';
import { tempDir } from '../../helpers/backend';
import { runCli as cli } from '../../helpers/cli';

describe('operator command', { timeout: 120_000 }, () => {
  it('sets, shows and clears the 经办人; `info` names it', async () => {
    const db = path.join(tempDir('taizhang-cli-operator-'), 'taizhang.db');
    expect((await cli(db, 'operator')).stdout.trim()).toBe(`经办人：未设（导入、修改和操作日志记为本机登录用户 ${osUserName()}）`);
    expect(await cli(db, 'operator', '李四', '--json')).toMatchObject({ code: 0, json: { operator: '李四', recordedAs: '李四', osUser: osUserName() } });
    expect((await cli(db, 'info')).stdout).toContain('\n经办人：李四');
    expect((await cli(db, 'plan', 'sample')).code).toBe(0);
    expect((await cli(db, 'imports', 'list', '--json')).json).toMatchObject({ imports: [{ kind: 'plan', importedBy: '李四' }] });
    expect(await cli(db, 'operator', 'none', '--json')).toMatchObject({ code: 0, json: { operator: null, recordedAs: osUserName() } });
  });
});
