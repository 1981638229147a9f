// `npm run cli -- --db PATH <command> … [--json]`: the same handlers as the app, from a terminal.
import { openBackend } from '../core/backend';
import { defaultDbPath } from '../db/paths';
import { AppError, type ApiError } from '../shared/result';
import { CliFailure, commandArgs, makeEnv, type CliCommand } from './command';
import { appCommands } from './commands/app';
import { dataCommands } from './commands/data';
import { planCommands } from './commands/plan';
import { progressCommands } from './commands/progress';
import { reportCommands } from './commands/report';

const COMMANDS: CliCommand[] = [...appCommands, ...reportCommands, ...planCommands, ...progressCommands, ...dataCommands];

function helpText(): string {
  return [
    '工作要点台账 命令行',
    '',
    '用法：npm run cli -- [--db 数据库文件] <命令> [参数] [--json]',
    '',
    '命令：',
    ...COMMANDS.flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
    '',
    '全局选项：',
    '  --db PATH   数据库文件（默认：用户数据目录下的 taizhang.db，或环境变量 TAIZHANG_DB）',
    '  --json      以 JSON 输出结果；出错时输出 {"error":{"code","message"}}',
    '  --help      显示本帮助',
  ].join('\n');
}

/** Splits off the global options; the rest goes to the command. */
function parseGlobal(argv: string[]): { db: string; json: boolean; help: boolean; rest: string[] } {
  let db = defaultDbPath();
  let json = false;
  let help = false;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--db') db = argv[++i] ?? '';
    else if (a.startsWith('--db=')) db = a.slice(5);
    else if (a === '--json') json = true;
    else if (a === '--help' || a === '-h' || (a === 'help' && rest.length === 0)) help = true;
    else rest.push(a);
  }
  return { db, json, help, rest };
}

function findCommand(words: string[]): { command: CliCommand; args: string[] } | null {
  // Longest name first, so "plan import" wins over "plan".
  const sorted = [...COMMANDS].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const command of sorted) {
    const parts = command.name.split(' ');
    if (parts.every((p, i) => words[i] === p)) return { command, args: words.slice(parts.length) };
  }
  return null;
}

/** With --json the error envelope on stdout, where tools read it; otherwise a line on stderr. */
function printError(error: ApiError, json: boolean): void {
  if (json) console.log(JSON.stringify({ error: { code: error.code, message: error.message } }, null, 2));
  else console.error(`错误：${error.message}`);
}

/**
 * The folder relative paths (--db, FILE, --out, --dir, --decisions, the default output name) mean:
 * where the command was typed. `npm run cli` runs in the project folder and passes that folder as
 * INIT_CWD; a CLI started some other way inside an npm script inherits an INIT_CWD that is not its own,
 * so it is taken only for the `cli` script itself.
 */
function invocationFolder(): string {
  const { INIT_CWD, npm_lifecycle_event } = process.env;
  return npm_lifecycle_event === 'cli' && INIT_CWD ? INIT_CWD : process.cwd();
}

async function main(argv: string[]): Promise<number> {
  // Working from that folder resolves every relative path, here and in the handlers, in one place.
  const folder = invocationFolder();
  try {
    process.chdir(folder);
  } catch (err) {
    throw new AppError('INVALID_INPUT', `无法进入命令所在的文件夹 ${folder}：${(err as Error).message}`);
  }
  const global = parseGlobal(argv);
  const found = findCommand(global.rest);
  if (!global.help && !found && global.json) {
    printError({ code: 'INVALID_INPUT', message: global.rest.length ? `未知命令：${global.rest.join(' ')}` : '请给出命令' }, true);
    return 2;
  }
  if (global.help || !found) {
    if (!global.help && global.rest.length) console.error(`未知命令：${global.rest.join(' ')}\n`);
    console.log(helpText());
    return global.help ? 0 : 2;
  }
  const { command } = found;
  // Arguments are checked before the database is opened: a refused command changes nothing.
  const args = commandArgs(command, found.args);
  if (!global.db) throw new AppError('INVALID_INPUT', '--db 需要一个文件路径');
  const backend = await openBackend({ dbPath: global.db, transport: 'cli', recoverIfDamaged: command.worksInRecovery ?? false });
  try {
    return await command.run(args, makeEnv(backend, global.json));
  } finally {
    // The day's first backup and the checks of copies taken before changes finish before the process ends.
    await backend.store.backups.settled();
    backend.close();
  }
}

const json = process.argv.includes('--json');
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    const error =
      err instanceof CliFailure
        ? err.error
        : err instanceof AppError
          ? { code: err.code, message: err.message }
          : { code: 'INTERNAL' as const, message: (err as Error).message };
    printError(error, json);
    process.exit(1);
  },
);
