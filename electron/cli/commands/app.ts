import type { AppInfo } from '../../shared/api/app';
import type { CliCommand } from '../command';

/** “经办人：张三”, or that records go under the login name. */
const operatorLine = (info: AppInfo) =>
  info.operator ? `经办人：${info.operator}` : `经办人：未设（导入、修改和操作日志记为本机登录用户 ${info.osUser}）`;

export const appCommands: CliCommand[] = [
  {
    name: 'info',
    summary: '显示程序版本、数据库路径与数据结构版本',
    usage: 'info [--json]',
    async run(_args, env) {
      const info = await env.call('app.info', {});
      env.print(info, () =>
        [`${info.name} ${info.version}`, `数据库：${info.dbPath}`, `数据结构版本：${info.schemaVersion}`, operatorLine(info)].join('\n'),
      );
      return 0;
    },
  },
  {
    name: 'operator',
    summary: '设置经办人：导入记录的导入人、进展的修改人和操作日志记为此人（none 为不设，记为本机登录用户）',
    usage: 'operator [姓名|none] [--json]',
    positionals: 1,
    async run({ positional }, env) {
      const [name] = positional;
      const info = name === undefined ? await env.call('app.info', {}) : await env.call('app.setOperator', { name: name === 'none' ? '' : name });
      env.print(info, () => operatorLine(info));
      return 0;
    },
  },
];
