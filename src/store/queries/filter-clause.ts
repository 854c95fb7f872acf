/** The WHERE clause of a StatsFilter, with bound parameters ($1, $2, … in both dialects). */
import type { StatsFilter } from '../../domain/index.ts';

export interface SqlFragment {
  readonly sql: string;
  readonly params: (string | number)[];
}

/** The filter keys matched by equality, and their column (the statistics index matches the
 * same ones on its cells). */
export const EQUALITY_COLUMNS = [
  ['role', 'role_id'],
  ['level', 'level'],
  ['country', 'country'],
  ['employment', 'employment'],
  ['component', 'component'],
  ['remote', 'remote'],
  ['companySize', 'company_size'],
  ['basis', 'basis'],
  ['sourceId', 'source_id'],
] as const satisfies ReadonlyArray<readonly [keyof StatsFilter, string]>;

/** `firstParam` is the number of the first placeholder (parameters may precede the filter). */
export function filterClause(filter: StatsFilter, firstParam = 1, alias = 'o'): SqlFragment {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const next = (value: string | number) => {
    params.push(value);
    return `$${firstParam + params.length - 1}`;
  };
  for (const [key, column] of EQUALITY_COLUMNS) {
    const value = filter[key];
    if (value !== undefined) parts.push(`${alias}.${column} = ${next(value as string)}`);
  }
  if (filter.city !== undefined) parts.push(`lower(${alias}.city) = lower(${next(filter.city)})`);
  if (filter.yearFrom !== undefined) parts.push(`${alias}.year >= ${next(filter.yearFrom)}`);
  if (filter.yearTo !== undefined) parts.push(`${alias}.year <= ${next(filter.yearTo)}`);
  if (filter.localCurrencies !== undefined) {
    const local = localPayCondition(filter.localCurrencies, filter.country, alias);
    if (local) parts.push(local);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** `currency = the currency of the row's country`, for the listed countries: one equality when
 * the filter names the country (most requests; as cheap as any other filter), a CASE over the
 * countries otherwise. The codes are checked and written as literals: few SQL texts in all
 * (prepared statements are kept per text), and no parameter numbering to shift. */
function localPayCondition(
  currencies: Readonly<Record<string, string>>,
  country: string | undefined,
  alias: string,
): string {
  const code = (country: string, currency: string) => {
    if (!/^[A-Z]{2}$/.test(country) || !/^[A-Z]{3}$/.test(currency))
      throw new Error(`local pay: "${country}" → "${currency}" is not a country and currency code`);
    return currency;
  };
  if (country !== undefined) {
    const own = Object.hasOwn(currencies, country) ? currencies[country] : undefined;
    return own === undefined ? '' : `${alias}.currency = '${code(country, own)}'`;
  }
  const branches = Object.entries(currencies)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([country, currency]) => `WHEN '${country}' THEN '${code(country, currency)}'`);
  if (branches.length === 0) return '';
  return `${alias}.currency = CASE ${alias}.country ${branches.join(' ')} ELSE ${alias}.currency END`;
}
