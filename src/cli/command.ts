/** The shape every CLI command shares: `src/cli/commands/<name>.ts` default-exports a Command,
 * and `fourchette <name>` finds it by file name. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CodedError } from '../service/index.ts';

export interface CliIO {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** The environment the command reads its settings from (default: process.env). */
  readonly env?: Record<string, string | undefined>;
}

export interface Command {
  readonly summary: string;
  /** Full help text, printed by `fourchette <name> --help`. */
  readonly help: string;
  /** Returns the process exit code. Throws UsageError for bad input (printed as one line). */
  run(argv: string[], io: CliIO): Promise<number>;
}

/** Bad input from the user: printed as one line, exit code 2. */
export class UsageError extends CodedError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('usage', message, options);
  }
}

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Lets `--amount -3` reach the option's own number check (parseArgs would read -3 as an
 * option and say something less helpful). */
function joinNegativeNumbers(argv: string[]): string[] {
  const out: string[] = [];
  for (const arg of argv) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.startsWith('--') && !prev.includes('=') && /^-[\d.]/.test(arg))
      out[out.length - 1] = `${prev}=${arg}`;
    else out.push(arg);
  }
  return out;
}

/** parseArgs with strict checking, turning its errors into one-line UsageErrors. */
export function parseCommandArgs<O extends Options>(
  argv: string[],
  options: O,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: joinNegativeNumbers(argv), options, strict: true, allowPositionals });
  } catch (error) {
    const first = (error as Error).message.split('\n')[0] ?? String(error);
    throw new UsageError(
      `${first.replace(/\. To specify a positional argument.*$/, '')} (see --help for the accepted options)`,
    );
  }
}

/** Parses a number option, naming the option and the bad value on failure. */
export function numberOption(
  name: string,
  raw: string | undefined,
  opts: { min?: number; integer?: boolean } = {},
): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  const okInteger = !opts.integer || Number.isInteger(value);
  if (
    raw.trim() === '' ||
    !Number.isFinite(value) ||
    !okInteger ||
    (opts.min !== undefined && value < opts.min)
  ) {
    const what = opts.integer ? 'a whole number' : 'a number';
    const min = opts.min !== undefined ? ` ≥ ${opts.min}` : '';
    throw new UsageError(`--${name} "${raw}" is invalid (expected ${what}${min})`);
  }
  return value;
}

export function writeJsonLine(io: CliIO, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value)}\n`);
}
