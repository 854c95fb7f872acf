/** Conversions, freelance equivalence and country comparison: the functions behind
 * /api/convert and /api/freelance (compare.ts: /api/compare), and so of their CLI twins. Failures of the pure functions become 400s naming the value. */
import type { TraceStep } from '../domain/index.ts';
import { FREELANCE_STATUSES } from '../domain/index.ts';
import type {
  ConvertQuery,
  ConvertResponse,
  FreelanceQuery,
  FreelanceResponse,
  TraceStepView,
} from '../contract/index.ts';
import {
  convertAmount,
  DEFAULT_BILLABLE_DAYS,
  describeStep,
  freelanceIncome,
  tjmForSalary,
} from '../normalize/index.ts';
import { lastRateDate, type AppContext } from './context.ts';
import { AppError, invalidParameter } from './errors.ts';

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
