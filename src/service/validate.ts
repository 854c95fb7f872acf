/** Turns a zod failure into a 400 naming the parameter, the bad value and what is accepted. */
import { z } from 'zod';
import { LevelSchema } from '../contract/index.ts';
import { detectSeniority } from '../domain/index.ts';
import { AppError } from './errors.ts';

function expectedOf(schema: z.ZodType | undefined, issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value' && 'values' in issue)
    return `one of ${issue.values.map(String).join(', ')}`;
  const json = schema
    ? (z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>)
    : {};
  const parts: string[] = [];
  if (json.type === 'integer') parts.push('a whole number');
  else if (json.type === 'number') parts.push('a number');
  if (typeof json.minimum === 'number') parts.push(`≥ ${json.minimum}`);
  if (typeof json.maximum === 'number') parts.push(`≤ ${json.maximum}`);
  if (parts.length) return parts.join(' ');
  if (typeof json.description === 'string') return json.description;
  // zod's "Invalid input: expected string, received undefined" → "a string"
  const message = issue.message.replace(/^Invalid input: /, '');
  const type = /^expected (\w+), received \w+$/.exec(message)?.[1];
  return type ? `a ${type}` : message;
}

/** The enum field itself (through optional and default), or null for another field. */
function enumOf(field: z.ZodType | undefined): z.ZodEnum | null {
  let f: unknown = field;
  while (f instanceof z.ZodOptional || f instanceof z.ZodDefault) f = f.unwrap();
  return f instanceof z.ZodEnum ? f : null;
}

/**
 * An enum value written as people write it ("Senior", "Data Scientist", "full_time") is read as
 * the id it stands for when it is one once lower-cased, trimmed and with spaces or underscores as
 * hyphens; a level written as job ads write it ("confirmé", "débutant", "stagiaire") is the level
 * the title reader gives it. Anything else is left for the schema to refuse.
 */
function withEnumIds(schema: z.ZodType, raw: Record<string, unknown>): Record<string, unknown> {
  if (!(schema instanceof z.ZodObject)) return raw;
  const shape = schema.shape as Record<string, z.ZodType>;
  let out = raw;
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value !== 'string') continue;
    const field = enumOf(shape[name]);
    const values = field?.options as readonly string[] | undefined;
    if (!values || values.includes(value)) continue;
    const id = value
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-');
    const level = field === LevelSchema ? detectSeniority(value, '').level : null;
    if (values.includes(id)) out = { ...out, [name]: id };
    else if (level) out = { ...out, [name]: level };
  }
  return out;
}

export function parseInput<T extends z.ZodType>(
  schema: T,
  given: Record<string, unknown>,
  where: 'query' | 'path' | 'body',
): z.output<T> {
  const raw = withEnumIds(schema, given);
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  // An unknown parameter first: it often explains a missing one ("from=EUR" for "currency").
  const issue = (result.error.issues.find((i) => i.code === 'unrecognized_keys') ??
    result.error.issues[0]) as z.core.$ZodIssue;
  if (issue.code === 'unrecognized_keys') {
    const shape = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
    const name = issue.keys[0] ?? '';
    throw new AppError(
      'invalid-parameter',
      400,
      `unknown ${where} parameter "${name}" (accepted: ${shape.join(', ')})`,
      {
        parameter: name,
        value: raw[name],
        expected: `one of the parameters ${shape.join(', ')}`,
      },
    );
  }
  const name = issue.path.map(String).join('.') || where;
  const field =
    schema instanceof z.ZodObject
      ? (schema.shape as Record<string, z.ZodType>)[String(issue.path[0])]
      : undefined;
  const expected = expectedOf(field, issue);
  const value = issue.path.length ? raw[String(issue.path[0])] : raw;
  throw new AppError(
    'invalid-parameter',
    400,
    value === undefined
      ? `${where} parameter "${name}" is missing (expected ${expected})`
      : `${where} parameter "${name}" has invalid value ${JSON.stringify(value)} (expected ${expected})`,
    {
      parameter: name,
      value,
      expected,
    },
  );
}

/** Query parameters as single values: a parameter given twice is refused rather than read as
 * its first value (`?role=a&role=b` would otherwise answer for `a` alone without a word). */
export function singleQueryValues(queries: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, values] of Object.entries(queries)) {
    if (values.length > 1)
      throw new AppError(
        'invalid-parameter',
        400,
        `query parameter "${name}" is given ${values.length} times (${values.map((v) => JSON.stringify(v)).join(', ')}): give it once`,
        { parameter: name, value: values, expected: 'a single value' },
      );
    out[name] = values[0] ?? '';
  }
  return out;
}
