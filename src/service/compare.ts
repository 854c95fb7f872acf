/** Country comparison behind /api/compare: the observed median of each country, or the
 * estimator's range where a country is thin (kind "modelled"), in the reference currency, at
 * PPP, net for France; the official figures of the occupation beside them. */
import { clampMinGroupSize, type StatsFilter } from '../domain/index.ts';
import type { CompareQuery, CompareResponse, GroupSummary } from '../contract/index.ts';
import { compareCountries, convertAmount } from '../normalize/index.ts';
import { lastRateDate, type AppContext } from './context.ts';
import { AppError } from './errors.ts';
import { localPay } from './filter.ts';
import { modelledFigure } from './modelled.ts';
import { publishedFigures } from './published.ts';
import { viewTrace } from './conversions.ts';

type Percentiles = NonNullable<GroupSummary['percentiles']>;
const KEYS = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;
const scaled = (p: Percentiles, f: number) =>
  Object.fromEntries(KEYS.map((k) => [k, p[k] * f])) as Percentiles;

export async function compare(ctx: AppContext, q: CompareQuery): Promise<CompareResponse> {
  const minGroupSize = clampMinGroupSize(ctx.config.minGroupSize);
  const date = lastRateDate(ctx);
  const filter: StatsFilter = {
    role: q.role,
    ...(q.level ? { level: q.level } : {}),
    component: 'base',
    basis: 'gross',
    ...localPay(ctx, q.pay),
  };
  const groups = await ctx.store.quantilesByGroup(filter, ['country'], {
    currency: 'EUR',
    periodsPerYear: 1,
    minGroupSize,
  });
  const model = ctx.estimator.peek()?.model ?? null;
  // Yearly EUR figures per country: observed where the group is large enough, else modelled.
  const rows = groups
    .filter((g) => g.group.country)
    .sort((a, b) => b.count - a.count)
    .map((g) => {
      const country = g.group.country as string;
      const [p10, p25, p50, p75, p90] = g.quantiles ?? [];
      if (g.count >= minGroupSize && p10 !== undefined && p90 !== undefined)
        return {
          g,
          country,
          kind: 'observed' as const,
          model: null,
          eur: { p10, p25, p50, p75, p90 } as Percentiles,
        };
      const m = modelledFigure(ctx, model, { role: q.role, level: q.level ?? null, country }, 1);
      return { g, country, kind: 'modelled' as const, model: m.model, eur: m.percentiles };
    });
  const comparison = compareCountries(
    {
      items: rows.flatMap((r) =>
        r.eur ? [{ country: r.country, amount: r.eur.p50, currency: 'EUR' }] : [],
      ),
      period: 'year',
      date,
      reference: q.reference,
    },
    ctx.tables,
  );
  if (!comparison.ok) throw new AppError(comparison.reason, 400, comparison.message);
  const byCountry = new Map(comparison.items.map((i) => [i.country, i]));
  const convert = (yearly: number, country: string, toBasis?: 'net') => {
    const r = convertAmount(
      {
        amount: yearly,
        currency: comparison.currency,
        period: 'year',
        basis: 'gross',
        ...(toBasis ? { toBasis } : {}),
        date,
        country,
        toPeriod: q.period,
      },
      ctx.tables,
    );
    return r.ok ? r.value : null;
  };
  const countries = rows.map(({ g, country, kind, model: m, eur }) => {
    const item = byCountry.get(country);
    const notes: string[] = [];
    if (item && country !== 'FR')
      notes.push('net: not available outside France yet (no documented rules)');
    if (item?.pppUnavailable) notes.push(`PPP: ${item.pppUnavailable}`);
    if (kind === 'modelled' && m?.state === 'ready')
      notes.push(
        `modelled: estimator range (confidence ${m.confidence}, ${m.observations} observations in ${m.fallback})`,
      );
    // The period factor of the country's working time, applied to every percentile alike.
    const nominal = item ? convert(item.nominal, country) : null;
    const factor = item && eur && nominal !== null ? nominal / eur.p50 : null;
    return {
      country,
      count: g.count,
      sources: g.sources,
      status:
        g.count >= minGroupSize && g.quantiles ? ('ok' as const) : ('not-enough-data' as const),
      kind,
      percentiles: eur && factor !== null ? scaled(eur, factor) : null,
      model: m,
      nominal,
      ppp: item?.pppAdjusted != null ? convert(item.pppAdjusted, q.reference) : null,
      net: item && country === 'FR' ? convert(item.nominal, country, 'net') : null,
      notes,
      trace: item ? viewTrace(item.trace) : [],
    };
  });
  const published = await publishedFigures(ctx, {
    role: q.role,
    country: null,
    currency: comparison.currency,
    period: q.period,
  });
  return {
    role: q.role,
    level: q.level ?? null,
    reference: q.reference,
    currency: comparison.currency,
    period: q.period,
    date,
    minGroupSize,
    countries,
    published: published.filter((p) => p.kind === 'official'),
  };
}
