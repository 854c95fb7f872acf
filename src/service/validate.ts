/** Turns a zod failure into a 400 naming the parameter, the bad value and what is accepted. */
import { z } from 'zod';
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

export function parseInput<T extends z.ZodType>(
  schema: T,
  raw: Record<string, unknown>,
  where: 'query' | 'path' | 'body',
): z.output<T> {
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
