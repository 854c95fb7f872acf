/** Published figures for a role: the articles' own figures for the job and the official
 * statistics of its occupation (DARES by FAP family, Job Bank by NOC group), each as published
 * and converted to the requested scale, beside (never inside) the observed percentiles. */
import type { SourceSummary, StoredObservation } from '../store/index.ts';
import type { Period, PublishedStatistic } from '../domain/index.ts';
import type { PublishedFigure } from '../contract/index.ts';
import { convertAmount, describeStep } from '../normalize/index.ts';
import { getRole } from '../reference/index.ts';
import type { AppContext } from './context.ts';

export interface PublishedQuery {
  readonly role: string;
  readonly country: string | null;
  readonly currency: string;
  /** Salaries are converted to this period; day rates stay day rates. */
  readonly period: Period;
}

type Stated = PublishedFigure['stated'];

/** Each end of a stated figure on the requested scale, gross where the rules of the country
 * allow (France: net → gross with data/gross-net), with the steps said once. */
function convertStated(
  ctx: AppContext,
  stated: Stated,
  at: { date: string; country: string | null; period: Period; currency: string },
): PublishedFigure['converted'] {
  let steps: string[] = [];
  let basis = stated.basis;
  const one = (amount: number | null) => {
    if (amount === null) return null;
    const r = convertAmount(
      {
        amount,
        currency: stated.currency,
        period: stated.period,
        basis: stated.basis,
        date: at.date,
        country: at.country,
        toCurrency: at.currency,
        toPeriod: at.period,
        ...(stated.basis === 'net' && at.country === 'FR' ? { toBasis: 'gross' } : {}),
      },
      ctx.tables,
    );
    if (!r.ok) return null;
    steps = r.trace.map(describeStep);
    basis = r.basis;
    return r.value;
  };
  const converted = { low: one(stated.low), mid: one(stated.mid), high: one(stated.high) };
  if (converted.low === null && converted.mid === null && converted.high === null) return null;
  return { ...converted, currency: at.currency, period: at.period, basis, steps };
}

function sourceOf(s: SourceSummary | undefined, id: string): PublishedFigure['source'] {
  return {
    id,
    title: s?.title ?? id,
    titleFr: s?.titleFr ?? null,
    publisher: s?.publisher ?? '',
    licence: s?.licence ?? '',
    date: s?.date ?? '',
    url: s?.url ?? null,
  };
}

function articleFigure(
  ctx: AppContext,
  o: StoredObservation,
  source: SourceSummary | undefined,
  q: PublishedQuery,
): PublishedFigure {
  const stated: Stated = {
    low: o.low,
    mid: null,
    high: o.high,
    currency: o.currency,
    period: o.period,
    basis: o.basis,
  };
  // A day rate is compared with day rates: it keeps its period.
  const period = o.period === 'day' || o.period === 'hour' ? o.period : q.period;
  return {
    kind: 'article',
    source: sourceOf(source, o.provenance.sourceId),
    stated,
    converted: convertStated(ctx, stated, {
      date: o.observedOn,
      country: o.country,
      period,
      currency: q.currency,
    }),
    employment: o.employment,
    level: o.level,
    country: o.country,
    region: o.city,
    occupation: null,
    population: null,
    years: { from: Number(o.observedOn.slice(0, 4)), to: Number(o.observedOn.slice(0, 4)) },
  };
}

/** An official figure belongs to a role that names it, or whose FAP codes fall in its family. */
export function statisticFits(
  s: PublishedStatistic,
  role: string,
  fap: readonly string[],
): boolean {
  if (s.roles.includes(role)) return true;
  return (
    s.occupation.system === 'FAP-2009' && fap.some((code) => code.startsWith(s.occupation.code))
  );
}

function officialFigure(
  ctx: AppContext,
  s: PublishedStatistic,
  source: SourceSummary | undefined,
  q: PublishedQuery,
): PublishedFigure {
  const stated: Stated = {
    low: s.p10,
    mid: s.p50,
    high: s.p90,
    currency: s.currency,
    period: s.period,
    basis: s.basis,
  };
  return {
    kind: 'official',
    source: sourceOf(source, s.sourceId),
    stated,
    converted: convertStated(ctx, stated, {
      date: `${s.yearTo}-07-01`,
      country: s.country,
      period: q.period,
      currency: q.currency,
    }),
    employment: 'employee',
    level: null,
    country: s.country,
    region: s.region,
    occupation: s.occupation,
    population: s.population,
    years: { from: s.yearFrom, to: s.yearTo },
  };
}

/** The articles' own figures (for a role, or every role), each with the role it is about. */
export async function articleFigures(
  ctx: AppContext,
  sources: readonly SourceSummary[],
  q: Omit<PublishedQuery, 'role'> & { role: string | null },
): Promise<(PublishedFigure & { role: string | null })[]> {
  const articles = sources.filter((s) => s.kind === 'article' && s.observations > 0);
  const pages = await Promise.all(
    articles.map((s) =>
      ctx.store.listObservations(
        {
          ...(q.role ? { role: q.role } : {}),
          sourceId: s.id,
          ...(q.country ? { country: q.country } : {}),
        },
        { limit: 100, offset: 0 },
      ),
    ),
  );
  return pages.flatMap((p, i) =>
    p.items.map((o) => ({
      ...articleFigure(ctx, o, articles[i], { ...q, role: o.roleId ?? '' }),
      role: o.roleId,
    })),
  );
}

export async function publishedFigures(
  ctx: AppContext,
  q: PublishedQuery,
): Promise<PublishedFigure[]> {
  const fap = (getRole(q.role)?.fap ?? []).map((f) => f.code);
  const [sources, statistics] = await Promise.all([
    ctx.store.listSources(),
    ctx.store.listPublishedStatistics(),
  ]);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const articles = (await articleFigures(ctx, sources, q)).map(({ role: _role, ...f }) => f);
  const official = statistics
    .filter((s) => statisticFits(s, q.role, fap) && (!q.country || s.country === q.country))
    // The latest period of each occupation and region: older ones stay in the sources.
    .filter(
      (s, _i, all) =>
        !all.some(
          (o) =>
            o.occupation.code === s.occupation.code && o.region === s.region && o.yearTo > s.yearTo,
        ),
    );
  return [...articles, ...official.map((s) => officialFigure(ctx, s, byId.get(s.sourceId), q))];
}
