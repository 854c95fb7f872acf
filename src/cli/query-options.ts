/** CLI options ↔ API query parameters: `--company-size` is `companySize`, validated by the same
 * contract schema, so the CLI and the API accept and refuse the same values. */
import { z } from 'zod';
import { parseInput } from '../service/index.ts';
import { parseCommandArgs } from './command.ts';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** One line per option: its description, its values when there are few, its default. */
export function queryOptionsHelp(schema: z.ZodObject): string {
  return Object.entries(schema.shape)
    .map(([name, s]) => `  --${kebab(name).padEnd(14)} ${optionHelp(s as z.ZodType)}`.trimEnd())
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

/** Parses argv against a query schema (plus --json); bad values become one-line errors. */
export function parseQueryOptions<S extends z.ZodObject>(
  argv: string[],
  schema: S,
): { query: z.output<S>; json: boolean } {
  const names = Object.keys(schema.shape);
  const options: Record<string, { type: 'string' } | { type: 'boolean' }> = {
    json: { type: 'boolean' },
  };
  for (const name of names) options[kebab(name)] = { type: 'string' };
  const { values } = parseCommandArgs(argv, options);
  const raw: Record<string, unknown> = {};
  for (const name of names) {
    const v = (values as Record<string, unknown>)[kebab(name)];
    if (v !== undefined) raw[name] = v;
  }
  try {
    return { query: parseInput(schema, raw, 'query'), json: Boolean(values.json) };
  } catch (error) {
    // Name the option as the user typed it.
    const e = error as Error;
    e.message = e.message.replace(
      /query parameter "(\w+)"/,
      (_m, n: string) => `option --${kebab(n)}`,
    );
    throw e;
  }
}
