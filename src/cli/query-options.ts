/** CLI options ↔ API query parameters: `--company-size` is `companySize`, validated by the same
 * contract schema as the route, so the CLI and the API accept and refuse the same values. The one
 * option parser of the commands that are twins of a route. */
import { z } from 'zod';
import { parseInput } from '../service/index.ts';
import { parseCommandArgs, type Options } from './command.ts';
import { asOptionMessage, kebab } from './route-client.ts';

/** One line per option: its description, its values when there are few, its default. */
export function queryOptionsHelp(schema: z.ZodObject): string {
  return Object.entries(schema.shape)
    .map(([name, s]) => `  --${kebab(name).padEnd(16)} ${optionHelp(s as z.ZodType)}`.trimEnd())
    .join('\n');
}

function optionHelp(field: z.ZodType): string {
  const json = z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as {
    description?: string;
    enum?: unknown[];
    default?: unknown;
  };
  const parts = [field.description ?? json.description ?? ''];
  if (json.enum && json.enum.length <= 8) parts.push(`(${json.enum.join(' | ')})`);
  if (json.default !== undefined) parts.push(`[default ${String(json.default)}]`);
  return parts.filter(Boolean).join(' ');
}

export interface ParsedQueryOptions<S extends z.ZodObject, O extends Options> {
  /** The query as the route reads it (defaults applied), for formatting. */
  readonly query: z.output<S>;
  /** The options as query parameters (strings, as a URL carries them): what the route is sent. */
  readonly raw: Record<string, string>;
  readonly json: boolean;
  /** The command's own options beyond the schema (e.g. --lang for the text output). */
  readonly extra: Partial<Record<keyof O, string | boolean | string[] | boolean[]>>;
  readonly positionals: string[];
}

/** Parses argv against a query schema (plus --json and the command's own options); bad values
 * become one-line errors naming the option. */
export function parseQueryOptions<S extends z.ZodObject, O extends Options = Record<never, never>>(
  argv: string[],
  schema: S,
  own: { options?: O; positionals?: boolean } = {},
): ParsedQueryOptions<S, O> {
  const names = Object.keys(schema.shape);
  const options: Options = { json: { type: 'boolean' }, ...own.options };
  for (const name of names) options[kebab(name)] = { type: 'string' };
  const { values, positionals } = parseCommandArgs(argv, options, own.positionals ?? false);
  const raw: Record<string, string> = {};
  for (const name of names) {
    const v = (values as Record<string, unknown>)[kebab(name)];
    if (typeof v === 'string') raw[name] = v;
  }
  const extra: Record<string, unknown> = {};
  for (const name of Object.keys(own.options ?? {}))
    extra[name] = (values as Record<string, unknown>)[name];
  try {
    return {
      query: parseInput(schema, raw, 'query'),
      raw,
      json: Boolean(values.json),
      extra: extra as ParsedQueryOptions<S, O>['extra'],
      positionals,
    };
  } catch (error) {
    const e = error as Error;
    e.message = asOptionMessage(e.message);
    throw e;
  }
}
