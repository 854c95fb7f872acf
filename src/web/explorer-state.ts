/** The explorer's state, read from and written to the URL query. Pure, so it is tested in node. */
import { COMPANY_SIZES, EMPLOYMENTS, LEVELS, REMOTES } from '../domain/observation.ts';

export const FILTER_KEYS = [
  'role',
  'level',
  'country',
  'city',
  'employment',
  'remote',
  'companySize',
  'yearFrom',
  'yearTo',
  // Empty: jobs paid in their country's currency (the API's default); 'any': every currency.
  'pay',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The country pages open on unless the URL names another, or `all`. */
export const DEFAULT_COUNTRY = 'FR';
export const ALL_COUNTRIES = 'all';

export const GROUPS = {
  level: LEVELS,
  remote: REMOTES,
  companySize: COMPANY_SIZES,
  employment: EMPLOYMENTS,
} as const;
export type GroupBy = keyof typeof GROUPS;

export interface ExplorerState {
  readonly filter: Partial<Record<FilterKey, string>>;
  readonly currency: string;
  readonly period: string;
  readonly groupBy: GroupBy;
}

export function readExplorerState(query: URLSearchParams): ExplorerState {
  const filter: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = query.get(key)?.trim();
    if (value) filter[key] = value;
  }
  // France first: no country in the URL means France; country=all means every country.
  if (!query.get('country')?.trim()) filter.country = DEFAULT_COUNTRY;
  else if (filter.country === ALL_COUNTRIES) delete filter.country;
  const groupBy = query.get('groupBy') ?? 'level';
  return {
    filter,
    currency: query.get('currency') || 'EUR',
    period: query.get('period') || 'year',
    groupBy: groupBy in GROUPS ? (groupBy as GroupBy) : 'level',
  };
}

/** The query of a state; defaults are left out so links stay canonical. */
export function explorerQuery(state: ExplorerState): Record<string, string | undefined> {
  const country = state.filter.country;
  return {
    ...state.filter,
    country: country === DEFAULT_COUNTRY ? undefined : (country ?? ALL_COUNTRIES),
    currency: state.currency === 'EUR' ? undefined : state.currency,
    period: state.period === 'year' ? undefined : state.period,
    groupBy: state.groupBy === 'level' ? undefined : state.groupBy,
  };
}

/** The groups compared in the chart: each value of the grouping dimension, or the one the
 * filter already fixes. */
export function groupValues(state: ExplorerState): readonly string[] {
  const fixed = state.filter[state.groupBy];
  return fixed ? [fixed] : GROUPS[state.groupBy];
}

/** Parameters of /api/stats for the whole filter or for one group. */
export function statsParams(
  state: ExplorerState,
  group?: string,
): Record<string, string | undefined> {
  const params: Record<string, string | undefined> = {
    ...state.filter,
    currency: state.currency,
    period: state.period,
  };
  if (group !== undefined) params[state.groupBy] = group;
  return params;
}
