/** Figures in thin cells: where a group is below the minimum size, the estimator's range for that
 * profile stands in, marked `kind: "modelled"` with its confidence and the observations behind
 * it. Observed figures are never replaced. */
import { estimate, type EstimatorModel } from '../domain/index.ts';
import type { Level, Period } from '../domain/index.ts';
import type { GroupSummary, Modelled } from '../contract/index.ts';
import { convertAmount } from '../normalize/index.ts';
import { lastRateDate, type AppContext } from './context.ts';
import { AppError } from './errors.ts';

/** How long a client should wait before asking again while the first fit runs. */
export const MODEL_RETRY_SECONDS = 5;

/** Multiplier from the estimator's yearly gross EUR to the requested currency and period (the
 * working time of `country`, France when none). */
export function yearlyEurScale(
  ctx: AppContext,
  currency: string,
  period: Period,
  country: string | null,
): { factor: number; trace: ReturnType<typeof convertAmount> & { ok: true } } {
  const scale = convertAmount(
    {
      amount: 1000,
      currency: 'EUR',
      period: 'year',
      basis: 'gross',
      date: lastRateDate(ctx),
      country: country ?? 'FR',
      toCurrency: currency,
      toPeriod: period,
    },
    ctx.tables,
  );
  if (!scale.ok) throw new AppError('conversion-failed', 422, scale.message);
  return { factor: scale.value / 1000, trace: scale };
}

export interface CellProfile {
  readonly role: string | null;
  readonly level: Level | null;
  readonly country: string | null;
}

/** The estimator's p10–p90 for a profile, scaled; a pending marker while no model is fitted. */
export function modelledFigure(
  ctx: AppContext,
  model: EstimatorModel | null,
  profile: CellProfile,
  factor: number,
): { percentiles: GroupSummary['percentiles']; model: Modelled } {
  if (!model) {
    return {
      percentiles: null,
      model: {
        state: 'pending',
        confidence: null,
        observations: 0,
        fallback: null,
        retryAfterSeconds: MODEL_RETRY_SECONDS,
      },
    };
  }
  const e = estimate(model, {
    roleId: profile.role,
    level: profile.level,
    country: profile.country,
    // A job in a country is paid in its currency, as the observed figures (pay=local).
    payCurrency: profile.country ? (ctx.tables.ppp?.currencyOf.get(profile.country) ?? null) : null,
  });
  return {
    percentiles: {
      p10: e.p10 * factor,
      p25: e.p25 * factor,
      p50: e.p50 * factor,
      p75: e.p75 * factor,
      p90: e.p90 * factor,
    },
    model: {
      state: 'ready',
      confidence: e.confidence,
      observations: e.observations,
      fallback: e.fallback,
      retryAfterSeconds: null,
    },
  };
}

/** An observed summary as it is, or, below the minimum size, the modelled figure beside its
 * observed count. `modelled` is only called for thin cells. */
export function fillThin(
  observed: Omit<GroupSummary, 'kind' | 'model'>,
  modelled: () => { percentiles: GroupSummary['percentiles']; model: Modelled } | null,
): GroupSummary {
  if (observed.status === 'ok') return { ...observed, kind: 'observed', model: null };
  const m = modelled();
  return m
    ? { ...observed, kind: 'modelled', ...m }
    : { ...observed, kind: 'observed', model: null };
}
