/** "What should I earn?": the estimator's range for a profile, in the requested currency and
 * period, with its waterfall, and for France the net and the equivalent day rates. */
import { estimate } from '../domain/index.ts';
import { levelFromYears } from '../domain/index.ts';
import type { EstimateQuery, EstimateResponse } from '../contract/index.ts';
import { FREELANCE_STATUSES } from '../domain/index.ts';
import { convertAmount, describeStep, tjmForSalary } from '../normalize/index.ts';
import { classifyTitle } from '../reference/index.ts';
import { lastRateDate, requireRatedCurrency, type AppContext } from './context.ts';
import { AppError } from './errors.ts';

const QUANTILES = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;

export async function computeEstimate(
  ctx: AppContext,
  q: EstimateQuery,
): Promise<EstimateResponse> {
  requireRatedCurrency(ctx, q.currency);
  const fromTitle = !q.role && q.title ? classifyTitle(q.title) : null;
  const role = q.role ?? fromTitle?.role ?? null;
  const level =
    q.level ?? (q.years !== undefined ? levelFromYears(q.years) : (fromTitle?.level ?? null));
  const { model, version } = await ctx.estimator.get();
  const e = estimate(model, {
    roleId: role,
    rawTitle: q.title ?? null,
    level,
    country: q.country ?? null,
    remote: q.remote ?? null,
    companySize: q.companySize ?? null,
    employment: q.employment ?? null,
    // A job in a country is paid in its currency unless said otherwise (a French job paid in USD
    // is usually a foreign employer's, and pays differently).
    payCurrency: q.country ? (ctx.tables.ppp?.currencyOf.get(q.country) ?? null) : null,
  });

  const date = lastRateDate(ctx);
  const scale = convertAmount(
    {
      amount: 1000,
      currency: 'EUR',
      period: 'year',
      basis: 'gross',
      date,
      country: q.country ?? 'FR',
      toCurrency: q.currency,
      toPeriod: q.period,
    },
    ctx.tables,
  );
  if (!scale.ok) throw new AppError('conversion-failed', 422, scale.message);
  const factor = scale.value / 1000;
  const percentiles = Object.fromEntries(
    QUANTILES.map((k) => [k, e[k] * factor]),
  ) as EstimateResponse['percentiles'];
  const conversions = [
    {
      step: 'model',
      detail: `fitted on ${model.observations} stored gross base pay observations (yearly EUR; a posted range counts once, its two ends for half each); backs off to "${e.fallback}" with ${e.observations} observations`,
    },
    ...scale.trace.map((s) => ({ step: s.kind, detail: describeStep(s) })),
  ];

  let net: EstimateResponse['net'] = {
    percentiles: null,
    note: 'net pay is computed for France only (no documented rules elsewhere yet)',
  };
  let tjm: EstimateResponse['tjm'] = [];
  if ((q.country ?? null) === 'FR' && q.employment === 'freelance') {
    // A freelance figure is revenue: its net depends on the status, and "the day rate with the
    // same net as this salary" would treat it as a salary.
    net = {
      percentiles: null,
      note: 'a freelance figure is revenue, not a salary: its net depends on the status (micro, ei, sasu); ask /api/freelance with a day rate',
    };
  } else if ((q.country ?? null) === 'FR') {
    const nets = QUANTILES.map((k) =>
      convertAmount(
        {
          amount: e[k],
          currency: 'EUR',
          period: 'year',
          basis: 'gross',
          toBasis: 'net',
          date,
          country: 'FR',
          toCurrency: q.currency,
          toPeriod: q.period,
        },
        ctx.tables,
      ),
    );
    const ok = nets.every((n) => n.ok);
    net = ok
      ? {
          percentiles: Object.fromEntries(
            QUANTILES.map((k, i) => [k, (nets[i] as { value: number }).value]),
          ) as EstimateResponse['percentiles'],
          note: 'net before income tax, cadre, French rules of data/gross-net',
        }
      : {
          percentiles: null,
          note: nets.map((n) => (n.ok ? '' : n.message)).find(Boolean) ?? 'net not available',
        };
    tjm = FREELANCE_STATUSES.map((status) => {
      const r = tjmForSalary({ grossYearly: e.p50, status }, ctx.tables);
      return r.ok
        ? {
            status,
            tjm: r.tjm,
            days: r.days,
            note: `day rate giving the same net as the median gross salary (${status})`,
          }
        : { status, tjm: null, days: 0, note: r.message, reason: r.reason };
    });
  }

  return {
    status: 'ok',
    profile: {
      role,
      roleFromTitle:
        fromTitle && q.title ? { title: q.title, confidence: fromTitle.confidence } : null,
      level,
      country: q.country ?? null,
      city: q.city ?? null,
      remote: q.remote ?? null,
      companySize: q.companySize ?? null,
      employment: q.employment ?? null,
      sector: q.sector ?? null,
      // Years only set the level when none is given: said, not dropped silently.
      ignored: [
        ...(q.level && q.years !== undefined ? (['years'] as const) : []),
        ...(q.city ? (['city'] as const) : []),
        ...(q.sector ? (['sector'] as const) : []),
      ],
    },
    currency: q.currency,
    period: q.period,
    basis: 'gross',
    percentiles,
    contributions: e.contributions.map((c) => ({
      factor: c.factor,
      label: c.label,
      value: c.value * factor,
    })),
    observations: e.observations,
    fallback: e.fallback,
    confidence: e.confidence,
    net,
    tjm,
    conversions,
    model: { trainedOn: model.observations, version },
  };
}
