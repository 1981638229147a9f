import type { CliCommand } from '../command';

export const appCommands: CliCommand[] = [
  {
    name: 'info',
    summary: '显示程序版本、数据库路径与数据结构版本',
    usage: 'info [--json]',
    async run(_args, env) {
      const info = await env.call('app.info', {});
      env.print(info, () =>
        [`${info.name} ${info.version}`, `数据库：${info.dbPath}`, `数据结构版本：${info.schemaVersion}`].join('\n'),
      );
      return 0;
    },
  },
];
