/** Conversions, freelance equivalence and country comparison: the functions behind
 * /api/convert, /api/freelance and /api/compare, and so of their CLI twins. Failures of the pure functions become 400s naming the value. */
import type { TraceStep } from '../domain/index.ts';
import { FREELANCE_STATUSES } from '../domain/index.ts';
import { clampMinGroupSize } from '../domain/index.ts';
import type {
  CompareQuery,
  CompareResponse,
  ConvertQuery,
  ConvertResponse,
  FreelanceQuery,
  FreelanceResponse,
  TraceStepView,
} from '../contract/index.ts';
import {
  compareCountries,
  convertAmount,
  DEFAULT_BILLABLE_DAYS,
  describeStep,
  freelanceIncome,
  tjmForSalary,
} from '../normalize/index.ts';
import { lastRateDate, type AppContext } from './context.ts';
import { AppError, invalidParameter } from './errors.ts';
import { localPay } from './filter.ts';

export const viewTrace = (trace: readonly TraceStep[]): TraceStepView[] =>
  trace.map((s) => ({ ...s, description: describeStep(s) }));

export function convert(ctx: AppContext, q: ConvertQuery): ConvertResponse {
  const r = convertAmount(
    {
      amount: q.amount,
      currency: q.currency,
      period: q.period,
      basis: q.basis,
      date: q.date ?? lastRateDate(ctx),
      country: q.country ?? 'FR',
      status: q.status,
      ...(q.monthsPerYear ? { monthsPerYear: q.monthsPerYear } : {}),
      ...(q.toCurrency ? { toCurrency: q.toCurrency } : {}),
      ...(q.toPeriod ? { toPeriod: q.toPeriod } : {}),
      ...(q.toBasis ? { toBasis: q.toBasis } : {}),
      ...(q.statedRate
        ? { statedRate: { perEur: q.statedRate, note: 'statedRate given with the request' } }
        : {}),
    },
    ctx.tables,
  );
  if (!r.ok) throw new AppError(r.reason, 400, r.message);
  return {
    value: r.value,
    currency: r.currency,
    period: r.period,
    basis: r.basis,
    trace: viewTrace(r.trace),
  };
}

export function freelance(ctx: AppContext, q: FreelanceQuery): FreelanceResponse {
  if ((q.tjm === undefined) === (q.salary === undefined)) {
    throw invalidParameter(
      'tjm',
      q.tjm ?? null,
      'either tjm (a day rate in €) or salary (a yearly gross in €), not both',
    );
  }
  const statuses = q.status ? [q.status] : [...FREELANCE_STATUSES];
  const days = q.days;
  const results = statuses.map((status) => {
    if (q.tjm !== undefined) {
      const r = freelanceIncome({ tjm: q.tjm, status, ...(days ? { days } : {}) }, ctx.tables);
      if (!r.ok) {
        if (r.reason !== 'above-ceiling') throw new AppError(r.reason, 400, r.message);
        return {
          status,
          ok: false,
          message: r.message,
          reason: r.reason,
          tjm: q.tjm,
          days: days ?? DEFAULT_BILLABLE_DAYS,
          revenue: null,
          net: null,
          netAfterTax: null,
          employeeGrossEquivalent: null,
          trace: [],
        };
      }
      return {
        status,
        ok: true,
        tjm: r.tjm,
        days: r.days,
        revenue: r.revenue,
        net: r.net,
        netAfterTax: r.netAfterTax,
        employeeGrossEquivalent: r.employeeGrossEquivalent,
        trace: viewTrace(r.trace),
      };
    }
    const r = tjmForSalary(
      {
        grossYearly: q.salary as number,
        status,
        employeeStatus: q.employeeStatus,
        ...(days ? { days } : {}),
      },
      ctx.tables,
    );
    if (!r.ok) {
      if (r.reason !== 'above-ceiling') throw new AppError(r.reason, 400, r.message);
      return {
        status,
        ok: false,
        message: r.message,
        reason: r.reason,
        tjm: null,
        days: days ?? DEFAULT_BILLABLE_DAYS,
        revenue: null,
        net: null,
        netAfterTax: null,
        employeeGrossEquivalent: q.salary ?? null,
        trace: [],
      };
    }
    return {
      status,
      ok: true,
      tjm: r.tjm,
      days: r.days,
      revenue: r.revenue,
      net: r.net,
      netAfterTax: null,
      employeeGrossEquivalent: r.grossYearly,
      trace: viewTrace(r.trace),
    };
  });
  return { mode: q.tjm !== undefined ? 'from-tjm' : 'from-salary', currency: 'EUR', results };
}

export async function compare(ctx: AppContext, q: CompareQuery): Promise<CompareResponse> {
  const minGroupSize = clampMinGroupSize(ctx.config.minGroupSize);
  const date = lastRateDate(ctx);
  const groups = await ctx.store.quantilesByGroup(
    {
      role: q.role,
      ...(q.level ? { level: q.level } : {}),
      component: 'base',
      basis: 'gross',
      ...localPay(ctx, q.pay),
    },
    ['country'],
    { currency: 'EUR', periodsPerYear: 1, minGroupSize },
  );
  const shown = groups.filter((g) => g.group.country).sort((a, b) => b.count - a.count);
  const ok = shown.filter((g) => g.count >= minGroupSize && g.quantiles);
  const comparison = compareCountries(
    {
      items: ok.map((g) => ({
        country: g.group.country as string,
        amount: (g.quantiles as number[])[2] as number,
        currency: 'EUR',
      })),
      period: 'year',
      date,
      reference: q.reference,
    },
    ctx.tables,
  );
  if (!comparison.ok) throw new AppError(comparison.reason, 400, comparison.message);
  const byCountry = new Map(comparison.items.map((i) => [i.country, i]));
  const toPeriod = (yearly: number, country: string) => {
    const r = convertAmount(
      {
        amount: yearly,
        currency: comparison.currency,
        period: 'year',
        basis: 'gross',
        date,
        country,
        toPeriod: q.period,
      },
      ctx.tables,
    );
    return r.ok ? r.value : null;
  };
  const countries = shown.map((g) => {
    const country = g.group.country as string;
    const item = byCountry.get(country);
    const notes: string[] = [];
    let net: number | null = null;
    if (item && country === 'FR') {
      const r = convertAmount(
        {
          amount: item.nominal,
          currency: comparison.currency,
          period: 'year',
          basis: 'gross',
          toBasis: 'net',
          date,
          country,
          toPeriod: q.period,
        },
        ctx.tables,
      );
      net = r.ok ? r.value : null;
    } else if (item) notes.push('net: not available outside France yet (no documented rules)');
    if (item?.pppUnavailable) notes.push(`PPP: ${item.pppUnavailable}`);
    return {
      country,
      count: g.count,
      sources: g.sources,
      status: item ? ('ok' as const) : ('not-enough-data' as const),
      nominal: item ? toPeriod(item.nominal, country) : null,
      ppp: item?.pppAdjusted != null ? toPeriod(item.pppAdjusted, q.reference) : null,
      net,
      notes,
      trace: item ? viewTrace(item.trace) : [],
    };
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
  };
}
