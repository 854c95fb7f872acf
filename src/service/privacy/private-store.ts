/** The one point where published contributions enter figures: a store wrapper, applied once in
 * openAppContext, around the three reads every statistic goes through (quantiles, histogram,
 * grouped quantiles). The store's own figures are open data only (contributions live in a table
 * of their own); this adds the contributions a filter selects when they are whole publication
 * batches, with the rules of src/domain/privacy/ (decision record
 * docs/decisions/2026-12-01-contribution-publication.md). */
import {
  CONTRIBUTIONS_SOURCE_ID,
  holdsWholeAtoms,
  privateFigures,
  privateHistogram,
  type ContributedValue,
  type HistogramBucket,
  type StatsFilter,
} from '../../domain/index.ts';
import type {
  GroupKey,
  GroupedQuantiles,
  RawQuantiles,
  SalaryStore,
  SourceSummary,
  StatsOptions,
} from '../../store/index.ts';

/** Broader cohorts to smooth toward, nearest first (open data only). */
function parentFilters(filter: StatsFilter): StatsFilter[] {
  const { level: _level, ...noLevel } = filter;
  const { role: _role, ...noRole } = noLevel;
  const { country: _country, localCurrencies: _local, city: _city, ...noPlace } = noRole;
  return [noLevel, noRole, noPlace].filter(
    (f) => Object.keys(f).length < Object.keys(filter).length,
  );
}

const minDate = (a: string | null, b: string) => (a === null || b < a ? b : a);
const maxDate = (a: string | null, b: string) => (a === null || b > a ? b : a);

/** Grouped figure values back to the filter that selects the group (null when a value is
 * unknown: such a group cannot be asked for alone, and gets no contributions). */
function groupFilter(group: Readonly<Record<string, string | null>>): StatsFilter | null {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(group)) {
    if (value === null) return null;
    if (key === 'year') {
      out.yearFrom = Number(value);
      out.yearTo = Number(value);
    } else out[key] = value;
  }
  return out as StatsFilter;
}

class PrivateFigures {
  constructor(
    private readonly store: SalaryStore,
    private readonly k: number,
  ) {}

  /** The contributions a filter may show: all of them when they are whole batches, none
   * otherwise (a filter that splits a batch shows open data only). */
  private async included(filter: StatsFilter, options: StatsOptions): Promise<ContributedValue[]> {
    const values = await this.store.contributedValues(filter, options);
    return holdsWholeAtoms(values) ? values : [];
  }

  private async parent(filter: StatsFilter, options: StatsOptions): Promise<number[] | null> {
    for (const f of parentFilters(filter)) {
      const q = await this.store.quantiles(f, options);
      if (q.count >= this.k && q.quantiles) return [...q.quantiles];
    }
    return null;
  }

  quantiles = async (filter: StatsFilter, options: StatsOptions): Promise<RawQuantiles> => {
    const contributed = await this.included(filter, options);
    if (contributed.length === 0) return this.store.quantiles(filter, options);
    const [open, buckets, parent] = await Promise.all([
      this.store.quantiles(filter, options),
      this.store.histogram(filter, options),
      this.parent(filter, options),
    ]);
    const figures = privateFigures({ openBuckets: buckets, contributed, parent, k: this.k });
    let { from, to } = open;
    for (const c of contributed) {
      from = minDate(from, c.observedOn);
      to = maxDate(to, c.observedOn);
    }
    return {
      method: 'histogram',
      count: figures.count,
      sources: open.sources + 1,
      quantiles: figures.quantiles,
      // Never a min or max where contributions are in the group.
      min: null,
      max: null,
      from,
      to,
      privacy: {
        contributions: contributed.length,
        digits: figures.digits,
        smoothedWith: figures.smoothedWith,
      },
    };
  };

  histogram = async (filter: StatsFilter, options: StatsOptions): Promise<HistogramBucket[]> => {
    const [contributed, buckets] = await Promise.all([
      this.included(filter, options),
      this.store.histogram(filter, options),
    ]);
    return contributed.length ? privateHistogram(buckets, contributed, this.k) : buckets;
  };

  quantilesByGroup = async (
    filter: StatsFilter,
    groups: readonly GroupKey[],
    options: StatsOptions,
  ): Promise<GroupedQuantiles[]> => {
    const [open, contributed] = await Promise.all([
      this.store.quantilesByGroup(filter, groups, options),
      this.store.contributedValues(filter, options),
    ]);
    if (contributed.length === 0) return open;
    const keyOf = (g: Readonly<Record<string, string | null>>) =>
      JSON.stringify(groups.map((k) => g[k] ?? null));
    const out = new Map(open.map((g) => [keyOf(g.group), g]));
    const byGroup = new Map<string, ContributedValue[]>();
    for (const c of contributed) {
      const key = keyOf(c.group);
      byGroup.set(key, [...(byGroup.get(key) ?? []), c]);
    }
    for (const [key, values] of byGroup) {
      const group = Object.fromEntries(groups.map((k) => [k, values[0]?.group[k] ?? null]));
      const narrow = groupFilter(group);
      if (!narrow || !holdsWholeAtoms(values)) continue;
      out.set(key, { ...(await this.quantiles({ ...filter, ...narrow }, options)), group });
    }
    return [...out.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, g]) => g);
  };

  listSources = async (): Promise<SourceSummary[]> => {
    const [sources, summary] = await Promise.all([
      this.store.listSources(),
      this.store.contributionsSummary(),
    ]);
    return sources.map((s) =>
      s.id === CONTRIBUTIONS_SOURCE_ID
        ? {
            ...s,
            observations: summary.published,
            firstObservedOn: summary.firstObservedOn,
            lastObservedOn: summary.lastObservedOn,
          }
        : s,
    );
  };

  observationsVersion = async (): Promise<string> => {
    const [open, summary] = await Promise.all([
      this.store.observationsVersion(),
      this.store.contributionsSummary(),
    ]);
    return `${open}+${summary.version}`;
  };
}

const WRAPPED = new WeakSet<object>();

/** The store with the privacy rules applied to every figure it returns; the rest passes through
 * unchanged (new port methods included). `k` is the minimum group size. */
export function withContributionPrivacy(store: SalaryStore, k: number): SalaryStore {
  if (WRAPPED.has(store)) return store;
  const figures = new PrivateFigures(store, k);
  const overrides: Partial<Record<keyof SalaryStore, unknown>> = {
    quantiles: figures.quantiles,
    histogram: figures.histogram,
    quantilesByGroup: figures.quantilesByGroup,
    listSources: figures.listSources,
    observationsVersion: figures.observationsVersion,
  };
  const wrapped = new Proxy(store, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && prop in overrides)
        return overrides[prop as keyof SalaryStore];
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  WRAPPED.add(wrapped);
  return wrapped;
}
