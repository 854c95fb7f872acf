/** Every wrong field of a contribution at once, each naming its value and the fix; then the
 * fields as stored (the title classified to a role and dropped, years turned into a level). */
import { z } from 'zod';
import { levelFromYears, type ContributionFields } from '../../domain/index.ts';
import { ContributionBodySchema, type ContributionBody } from '../../contract/index.ts';
import { classifyTitle } from '../../reference/index.ts';
import { AppError } from '../errors.ts';

export interface FieldError {
  readonly parameter: string;
  readonly value: unknown;
  readonly expected: string;
}

/** Values are echoed at most this long (a body may carry megabytes in one field). */
const ECHO_CHARS = 80;

export function echo(value: unknown): unknown {
  if (typeof value === 'string' && value.length > ECHO_CHARS)
    return `${value.slice(0, ECHO_CHARS)}… (${value.length} characters)`;
  if (value !== null && typeof value === 'object') {
    const text = JSON.stringify(value) ?? '';
    return text.length > ECHO_CHARS
      ? `${text.slice(0, ECHO_CHARS)}… (${text.length} characters)`
      : value;
  }
  return value;
}

function expectedOf(issue: z.core.$ZodIssue, field: z.ZodType | undefined): string {
  if (issue.code === 'invalid_value' && 'values' in issue)
    return `one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'too_small' || issue.code === 'too_big' || issue.code === 'invalid_type') {
    const json = field
      ? (z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>)
      : {};
    const parts: string[] = [];
    if (json.type === 'integer') parts.push('a whole number');
    else if (json.type === 'number') parts.push('a number');
    else if (json.type === 'string') parts.push('a text');
    if (typeof json.exclusiveMinimum === 'number') parts.push(`> ${json.exclusiveMinimum}`);
    if (typeof json.minimum === 'number') parts.push(`≥ ${json.minimum}`);
    if (typeof json.maximum === 'number') parts.push(`≤ ${json.maximum}`);
    if (typeof json.minLength === 'number') parts.push(`of at least ${json.minLength} characters`);
    if (typeof json.maxLength === 'number') parts.push(`of at most ${json.maxLength} characters`);
    if (parts.length) return parts.join(' ');
  }
  return issue.message.replace(/^Invalid input: /, '');
}

export interface FieldContext {
  /** Currencies with reference rates. */
  readonly currencies: ReadonlySet<string>;
  readonly currentYear: number;
}

function schemaIssues(raw: Record<string, unknown>): {
  body: ContributionBody | null;
  errors: FieldError[];
} {
  const result = ContributionBodySchema.safeParse(raw);
  if (result.success) return { body: result.data, errors: [] };
  const shape = ContributionBodySchema.shape as Record<string, z.ZodType>;
  const errors: FieldError[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys.slice(0, 20))
        errors.push({
          parameter: String(echo(key)),
          value: echo(raw[key]),
          expected: `no such field: contributions keep no name, e-mail, employer or free text (fields: ${Object.keys(shape).join(', ')})`,
        });
      continue;
    }
    const name = issue.path.map(String).join('.') || 'body';
    errors.push({
      parameter: name,
      value: echo(raw[String(issue.path[0])]),
      expected: expectedOf(issue, shape[String(issue.path[0])]),
    });
  }
  return { body: null, errors };
}

/** The checks a schema cannot make: one of role/title, one of level/years, a rated currency,
 * no year in the future, a title that names a data or AI job. */
// prettier-ignore
function crossFieldIssues(raw: Record<string, unknown>, ctx: FieldContext): FieldError[] {
  const errors: FieldError[] = [];
  if (raw.role === undefined && raw.title === undefined)
    errors.push({ parameter: 'role', value: null, expected: 'a role id (see /api/roles) or a job title in "title"' });
  if (raw.level === undefined && raw.years === undefined)
    errors.push({ parameter: 'level', value: null, expected: 'a level (junior, mid, senior, …) or years of experience in "years"' });
  if (typeof raw.currency === 'string' && /^[A-Za-z]{3}$/.test(raw.currency) && !ctx.currencies.has(raw.currency.toUpperCase()))
    errors.push({ parameter: 'currency', value: raw.currency, expected: `a currency with ECB reference rates: ${[...ctx.currencies].sort().join(', ')}` });
  if (typeof raw.year === 'number' && Number.isInteger(raw.year) && raw.year > ctx.currentYear && raw.year <= 2100)
    errors.push({ parameter: 'year', value: raw.year, expected: `a year not after ${ctx.currentYear} (pay already earned)` });
  if (raw.role === undefined && typeof raw.title === 'string' && raw.title.trim().length >= 2 && raw.title.length <= 120) {
    const c = classifyTitle(raw.title);
    if (c.role === 'other')
      errors.push({ parameter: 'title', value: echo(raw.title), expected: `the title of a data or AI job (read as "${c.reason}"); or give a role id from /api/roles` });
  }
  return errors;
}

/** The contribution's fields, or a 400 listing every wrong one. */
export function checkContribution(raw: unknown, ctx: FieldContext): ContributionFields {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new AppError(
      'invalid-body',
      400,
      'the body must be a JSON object of contribution fields',
    );
  const input = raw as Record<string, unknown>;
  const { body, errors } = schemaIssues(input);
  const all = [...errors, ...crossFieldIssues(input, ctx)];
  if (all.length > 0 || !body) {
    const list = all.map(
      (e) => `"${e.parameter}" ${JSON.stringify(e.value)} (expected ${e.expected})`,
    );
    throw new AppError(
      'invalid-contribution',
      400,
      `${all.length} field(s) to fix: ${list.join('; ')}`,
      {
        errors: all,
      },
    );
  }
  const classified = body.role ? null : classifyTitle(body.title ?? '');
  const roleId = body.role ?? (classified?.role as string);
  const level =
    body.level ??
    (body.years !== undefined ? levelFromYears(body.years) : null) ??
    classified?.level;
  return {
    roleId,
    level: level ?? 'mid',
    yearsOfExperience: body.years ?? null,
    country: body.country,
    city: body.city ?? null,
    employment: body.employment,
    amount: body.amount,
    currency: body.currency,
    period: body.period,
    basis: body.basis,
    monthsPerYear: body.monthsPerYear ?? null,
    bonus: body.bonus ?? null,
    year: body.year,
    companySize: body.companySize ?? null,
    sector: body.sector ?? null,
    remote: body.remote ?? null,
  };
}
