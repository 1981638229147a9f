import fs from 'node:fs';
import path from 'node:path';
import type { Input, MethodName, Output } from '../shared/contract';
import type { FileInput, FileOutput } from '../shared/api/method';
import { AppError, type ApiError } from '../shared/result';
import { readFailureMessage, writeFailureMessage } from '../shared/fileErrors';
import type { Backend } from '../core/backend';

/** What a CLI command gets: the backend's calls, the output mode and file helpers. */
export interface CliEnv {
  json: boolean;
  /** Calls a contract method; throws CliFailure carrying the error envelope when it fails. */
  call<K extends MethodName>(name: K, input: Input<K>): Promise<Output<K>>;
  /** Prints the JSON value with --json, the human text otherwise. */
  print(value: unknown, human: () => string): void;
}

export interface CliCommand {
  /** Words that select it, e.g. "plan import". */
  name: string;
  summary: string;
  usage: string;
  /**
   * The `--name value` options and bare `--flag`s it takes. Any other option is refused before the
   * database is opened, so a mistyped one never runs the command without it (e.g. an undo for real).
   */
  options?: { valued?: string[]; flags?: string[] };
  /**
   * How many positional arguments it takes (those its usage shows), 0 when not given; 'many' when the
   * last repeats (FILE...). More are refused as unknown options are: `operator 张 三` never sets 张.
   */
  positionals?: number | 'many';
  /** Runs on a damaged database too (in recovery mode, where only the backup methods answer). */
  worksInRecovery?: boolean;
  run(args: CommandArgs, env: CliEnv): Promise<number>;
}

/** A command that calls one query and lists what it returns: JSON as returned, or one line per item. */
export interface ListCommandSpec<K extends MethodName, T> {
  name: string;
  summary: string;
  usage: string;
  method: K;
  options?: CliCommand['options'];
  positionals?: CliCommand['positionals'];
  input: (args: CommandArgs) => Input<K>;
  items: (output: Output<K>) => readonly T[];
  /** What --json prints; the query's output itself by default. */
  json?: (output: Output<K>) => unknown;
  /** One line of the human listing per item. */
  line: (item: T) => string;
  /** Printed instead of an empty listing. */
  empty?: string;
}

export function listCommand<K extends MethodName, T>(spec: ListCommandSpec<K, T>): CliCommand {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    ...(spec.options ? { options: spec.options } : {}),
    ...(spec.positionals !== undefined ? { positionals: spec.positionals } : {}),
    async run(args, env) {
      const output = await env.call(spec.method, spec.input(args));
      const items = spec.items(output);
      env.print(spec.json ? spec.json(output) : output, () =>
        !items.length && spec.empty !== undefined ? spec.empty : items.map(spec.line).join('\n'),
      );
      return 0;
    },
  };
}

export class CliFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

export function makeEnv(backend: Backend, json: boolean): CliEnv {
  return {
    json,
    async call(name, input) {
      const env = await backend.registry.invoke(name, input, backend.ctx);
      if (!env.ok) throw new CliFailure(env.error);
      return env.value as never;
    },
    print(value, human) {
      console.log(json ? JSON.stringify(value, null, 2) : human());
    },
  };
}

/** Reads a file the user named into a FileInput, with a clear message when it cannot. */
export function readInputFile(file: string): FileInput {
  try {
    return { name: path.basename(file), bytes: new Uint8Array(fs.readFileSync(file)) };
  } catch (err) {
    throw new AppError('NOT_FOUND', readFailureMessage(err, file));
  }
}

/**
 * A JSON file named by an option (`--decisions FILE.json`), with a clear message when it cannot be read
 * or parsed. Its shape is the method's to check: the registry validates every call against the contract.
 */
export function readJsonOption<T>(file: string, option: string): T {
  const { bytes } = readInputFile(file);
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as T;
  } catch (err) {
    // The engine's message is English; where it gives the place, say it in Chinese instead.
    const at = /at position (\d+)/.exec((err as Error).message);
    const where = at ? `第 ${Number(at[1]) + 1} 个字符附近有误` : (err as Error).message;
    throw new AppError('INVALID_INPUT', `${option} 给出的文件 ${file} 不是有效的 JSON（${where}）`);
  }
}

/** Says in Chinese why a file or folder could not be written, naming it. */
function writeFailure(err: unknown, target: string): AppError {
  return new AppError('INVALID_INPUT', writeFailureMessage(err, target));
}

/** Creates the folder files are written into, with a clear message when it cannot. */
export function makeOutputFolder(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw writeFailure(err, dir);
  }
}

export function writeOutputFile(target: string, out: FileOutput): string {
  makeOutputFolder(path.dirname(path.resolve(target)));
  try {
    fs.writeFileSync(target, out.bytes);
  } catch (err) {
    throw writeFailure(err, target);
  }
  return path.resolve(target);
}

export function requireId(value: string | undefined, what: string): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n <= 0) throw new AppError('INVALID_INPUT', `请给出${what}（正整数）`);
  return n;
}

/** A period given on the command line, or a clear message asking for one: with --period, or (`positional`) after the plan. */
export function requirePeriod(value: string | undefined, { positional = false } = {}): string {
  if (!value) throw new AppError('INVALID_INPUT', positional ? '请在计划编号后给出期次，例如 2023Q3' : '请用 --period 给出期次，例如 --period 2023Q3');
  return value;
}

export interface CommandArgs {
  positional: string[];
  /** The value of a `--name value` option (the last one when repeated), or undefined. */
  value(name: string): string | undefined;
  /** Whether a `--flag` or an option was given. */
  has(name: string): boolean;
}

/** Splits `--name value` / `--name=value` options and bare `--flag`s from positional arguments. */
export function parseArgs(args: string[], valued: string[], flags: string[] = []): CommandArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s);
    if (valued.includes(name!)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new AppError('INVALID_INPUT', `选项 --${name} 需要一个值`);
      options.set(name!, value);
    } else if (flags.includes(name!)) options.set(name!, true);
    else throw new AppError('INVALID_INPUT', `未知选项：${a}`);
  }
  return {
    positional,
    value: (name) => {
      const value = options.get(name);
      return typeof value === 'string' ? value : undefined;
    },
    has: (name) => options.has(name),
  };
}

/** The command's arguments, refusing an option it does not take and positional arguments beyond its count. */
export function commandArgs(command: CliCommand, args: string[]): CommandArgs {
  const parsed = parseArgs(args, command.options?.valued ?? [], command.options?.flags ?? []);
  const count = command.positionals ?? 0;
  if (count !== 'many' && parsed.positional.length > count) {
    throw new AppError('INVALID_INPUT', `多余的参数：${parsed.positional.slice(count).join(' ')}（用法：${command.usage}）`);
  }
  return parsed;
}
