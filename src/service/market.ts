/** The market view: the function behind `GET /api/market` and `fourchette market`. */
import { clampMinGroupSize, likeForLikePayChange } from '../domain/index.ts';
import type { MarketQuery, MarketResponse } from '../contract/index.ts';
import { marketReadsOf, type MarketBasis, type MarketFilter } from '../store/index.ts';
import type { AppContext } from './context.ts';
import { invalidParameter } from './errors.ts';
import { monthKey, placeFigures, quarterKey, shareOf, visiblePay } from './market-figures.ts';

/** Places read for the two hub rankings. */
const PLACES_READ = 200;
const PLACES_SHOWN = 15;

function toMarketFilter(q: MarketQuery): MarketFilter {
  if (q.year !== undefined && (q.yearFrom !== undefined || q.yearTo !== undefined))
    throw invalidParameter('year', q.year, 'either year or yearFrom/yearTo, not both');
  const yearFrom = q.year ?? q.yearFrom;
  const yearTo = q.year ?? q.yearTo;
  if (yearFrom !== undefined && yearTo !== undefined && yearFrom > yearTo)
    throw invalidParameter('yearFrom', yearFrom, `a year not after yearTo (${yearTo})`);
  const filter = {
    role: q.role,
    level: q.level,
    country: q.country,
    city: q.city,
    sourceId: q.source,
    yearFrom,
    yearTo,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
}

/** Postings when the feeds gave any (of the named source), the dataset records otherwise. */
async function chooseBasis(ctx: AppContext, q: MarketQuery): Promise<MarketBasis> {
  if (q.basis) return q.basis;
  return (await marketReadsOf(ctx.store).countPostings(q.source)) > 0 ? 'postings' : 'records';
}

async function requireKnownSource(ctx: AppContext, id: string | undefined): Promise<void> {
  if (id === undefined) return;
  const ids = (await ctx.store.listSources()).map((s) => s.id);
  if (ids.includes(id) || (await marketReadsOf(ctx.store).countPostings(id)) > 0) return;
  throw invalidParameter('source', id, `a source id such as ${ids.slice(0, 6).join(', ')}`);
}

function notes(basis: MarketBasis): MarketResponse['notes'] {
  const unit =
    basis === 'postings'
      ? {
          step: 'postings',
          detail:
            'each posting counts once: reposts of one job share its id, and its first sighting in the filter gives its month, place and pay',
        }
      : {
          step: 'records',
          detail:
            'no job-posting feed for this filter: figures count the salary records of the bundled datasets (aijobs.net: one record per posted figure or range, dated 1 July of its year)',
        };
  return [
    unit,
    { step: 'remote', detail: 'remote share: full remote among all items; hybrid apart' },
    {
      step: 'pay',
      detail:
        'posted pay: range midpoints, yearly, converted to EUR at the ECB rate of their date; like-for-like change within role × place cells present in both years, weighted by the earlier year',
    },
  ];
}

export async function computeMarket(ctx: AppContext, query: MarketQuery): Promise<MarketResponse> {
  const filter = toMarketFilter(query);
  await requireKnownSource(ctx, query.source);
  const basis = await chooseBasis(ctx, query);
  const min = clampMinGroupSize(ctx.config.minGroupSize);
  const m = marketReadsOf(ctx.store);
  const [totals, months, years, remote, roles, quarters, cells, places] = await Promise.all([
    m.totals(basis, filter),
    m.months(basis, filter),
    m.years(basis, filter),
    m.remoteByCountryYear(basis, filter),
    m.aiByRole(basis, filter),
    m.payByQuarter(basis, filter),
    m.payCells(basis, filter),
    m.places(basis, filter, PLACES_READ),
  ]);
  const [contracts, sectors, sizes, sources] = await Promise.all(
    (['contract', 'sector', 'company_size', 'source_id'] as const).map((c) =>
      m.mix(basis, filter, c),
    ),
  );
  const n = totals.items;
  const shownPlaces = places.map((p) => placeFigures(p, min));
  const payChange = likeForLikePayChange(
    cells.map((c) => ({ ...c, cell: `${c.roleId}|${c.country ?? ''}|${c.city ?? ''}` })),
    new Map(years.map((y) => [y.year, { count: y.pay.count, median: y.pay.p50 }])),
    min,
  );
  return {
    basis,
    // The filter as asked (query names), with the basis chosen.
    filter: Object.fromEntries(
      Object.entries({ ...filter, sourceId: undefined, source: filter.sourceId, basis }).filter(
        ([, v]) => v !== undefined,
      ),
    ) as Record<string, string | number>,
    minGroupSize: min,
    postings: n,
    sources: (sources ?? []).map((s) => ({ id: String(s.value), postings: s.items })),
    dateRange: totals.from && totals.to ? { from: totals.from, to: totals.to } : null,
    withPay: shareOf(totals.withPay, n, min),
    withPayCount: totals.withPay,
    remoteShare: shareOf(totals.remote, n, min),
    remoteCount: totals.remote,
    hybridShare: shareOf(totals.hybrid, n, min),
    hybridCount: totals.hybrid,
    aiShare: shareOf(totals.mentionsAi, totals.aiKnown, min),
    aiCount: totals.mentionsAi,
    pay: visiblePay(totals.pay, min),
    months: months.map((x) => ({
      month: monthKey(x.year, x.month),
      postings: x.items,
      withPay: x.withPay,
    })),
    years: years.map((y) => ({
      year: y.year,
      postings: y.items,
      remoteShare: shareOf(y.remote, y.items, min),
      hybridShare: shareOf(y.hybrid, y.items, min),
      pay: visiblePay(y.pay, min),
    })),
    // Per year and country: groups below the minimum size are left out (their shares are hidden).
    remoteByCountry: remote
      .filter((r) => r.items >= min)
      .map((r) => ({
        year: r.year,
        country: r.country,
        postings: r.items,
        remoteShare: shareOf(r.remote, r.items, min),
        hybridShare: shareOf(r.hybrid, r.items, min),
      })),
    aiByRole: roles.map((r) => ({
      role: r.roleId,
      postings: r.items,
      mentionsAi: r.mentionsAi,
      share: basis === 'postings' ? shareOf(r.mentionsAi, r.items, min) : null,
    })),
    payByQuarter: quarters.map(({ year, quarter, ...pay }) => ({
      quarter: quarterKey(year, quarter),
      ...visiblePay(pay, min),
    })),
    payChange,
    contracts: (contracts ?? []).map((c) => ({
      contract: c.value,
      postings: c.items,
      share: shareOf(c.items, n, min),
    })),
    sectors: (sectors ?? []).map((s) => ({ sector: s.value, postings: s.items })),
    companySizes: (sizes ?? []).map((s) => ({ companySize: s.value, postings: s.items })),
    places: shownPlaces.slice(0, PLACES_SHOWN),
    placesByPay: shownPlaces
      .filter((p) => p.pay.p50 !== null)
      .sort((a, b) => (b.pay.p50 ?? 0) - (a.pay.p50 ?? 0))
      .slice(0, PLACES_SHOWN),
    notes: notes(basis),
  };
}
