import fs from 'node:fs';
import path from 'node:path';
import type { Input, MethodName, Output } from '../shared/contract';
import type { FileInput, FileOutput } from '../shared/api/method';
import { AppError, type ApiError } from '../shared/result';
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
  run(args: string[], env: CliEnv): Promise<number>;
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
    throw new AppError('NOT_FOUND', `无法读取文件 ${file}：${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

export function writeOutputFile(target: string, out: FileOutput): string {
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  fs.writeFileSync(target, out.bytes);
  return path.resolve(target);
}

export function requireId(value: string | undefined, what: string): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n <= 0) throw new AppError('INVALID_INPUT', `请给出${what}（正整数）`);
  return n;
}

/** Splits `--name value` options (and bare `--flag`s) from positional arguments; a repeated option keeps every value. */
export function parseArgs(
  args: string[],
  valued: string[],
  flags: string[] = [],
): { positional: string[]; options: Map<string, string | true>; all: (name: string) => string[] } {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  const repeated = new Map<string, string[]>();
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
      repeated.set(name!, [...(repeated.get(name!) ?? []), value]);
    } else if (flags.includes(name!)) options.set(name!, true);
    else throw new AppError('INVALID_INPUT', `未知选项：${a}`);
  }
  return { positional, options, all: (name) => repeated.get(name) ?? [] };
}
