/** Where a figure comes from, in the reader's language: each conversion step is written from
 * its structured fields (rate, date, rules…), never from the server's English description. */
import type { TraceStepView } from '../contract/index.ts';
import type { FreelanceStepCode, TraceStep } from '../domain/trace.ts';
import { countryName } from './format.ts';
import type { I18n } from './i18n/context.ts';
import type { MessageKey } from './i18n/index.ts';

export type Texts = Pick<I18n, 't' | 'lang' | 'int' | 'num' | 'date'>;

export interface StepText {
  /** Short name of the step ("Devise", "Période"…). */
  readonly label: string;
  /** The step in words, or null for a kind this client does not know. */
  readonly text: string | null;
}

/** A translation that may not exist: the key itself comes from server data. */
export function maybe(t: Texts['t'], key: string): string | null {
  return (t(key as MessageKey) as string | undefined) ?? null;
}

const FREELANCE_STEP_KEYS: Record<FreelanceStepCode, MessageKey> = {
  revenue: 'trace.freelance.revenue',
  net: 'trace.freelance.net',
  'revenue-for-net': 'trace.freelance.revenueForNet',
  tjm: 'trace.freelance.tjm',
};

function freelanceText(step: Extract<TraceStep, { kind: 'freelance' }>, f: Texts): string {
  const params = {
    status: maybe(f.t, `status.${step.status}`) ?? step.status,
    rules: step.rules,
    date: f.date(step.rulesDate),
  };
  // The step's code says which computation it is (its `description` is the server's English).
  const key = step.step ? FREELANCE_STEP_KEYS[step.step] : 'trace.freelance.other';
  return f.t(key, params);
}

function stepText(step: TraceStep, f: Texts): string {
  const { t } = f;
  switch (step.kind) {
    case 'currency': {
      const line = t('trace.currency', {
        from: step.from,
        to: step.to,
        rate: f.num(step.rate),
        origin: maybe(t, `trace.origin.${step.origin}`) ?? step.source,
        date: f.date(step.rateDate),
      });
      return step.stale ? `${line} — ${t('trace.stale')}` : line;
    }
    case 'period':
      return t('trace.period', {
        from: t(`period.${step.from}`),
        to: t(`period.${step.to}`),
        factor: f.num(step.factor, 4),
        place: step.country
          ? t('trace.periodCountry', { country: countryName(step.country, f.lang) })
          : t('trace.periodDefault'),
      });
    case 'basis':
      return t('trace.basis', {
        from: maybe(t, `amount.${step.from}`) ?? step.from,
        to: maybe(t, `amount.${step.to}`) ?? step.to,
        status: maybe(t, `employeeStatus.${step.status}`) ?? step.status,
        rules: step.rules,
        date: f.date(step.rulesDate),
        method: maybe(t, `trace.method.${step.method}`) ?? step.method,
      });
    case 'ppp':
      return t('trace.ppp', {
        country: countryName(step.country, f.lang),
        lcu: f.num(step.lcuPerIntlDollar),
        currency: step.currency,
        year: step.year,
      });
    case 'freelance':
      return freelanceText(step, f);
  }
}

const KINDS = ['currency', 'period', 'basis', 'ppp', 'freelance'];

export function traceStepText(step: TraceStepView, f: Texts): StepText {
  const label = maybe(f.t, `trace.kind.${step.kind}`) ?? step.kind;
  if (!KINDS.includes(step.kind)) return { label, text: null };
  return { label, text: stepText(step as unknown as TraceStep, f) };
}

/** "role·level·country" → "métier · niveau · pays"; "global" → "toutes les observations". */
export function fallbackText(fallback: string, t: Texts['t']): string {
  return fallback
    .split('·')
    .map((part) => maybe(t, `fallback.${part}`) ?? part)
    .join(' · ');
}

export interface ConversionContext {
  /** Stats convert every observation at its own date; an estimate converts one figure today. */
  readonly of: 'stats' | 'estimate';
  readonly currency: string;
  readonly period: string;
  readonly model?: { trainedOn: number; fallback: string; observations: number };
}

/** A stats or estimate `conversions` entry, by its step code. */
export function conversionText(step: string, ctx: ConversionContext, f: Texts): StepText {
  const { t } = f;
  const label = maybe(t, `conversion.step.${step}`) ?? step;
  const period = maybe(t, `period.${ctx.period}`) ?? ctx.period;
  switch (step) {
    case 'value':
      return { label, text: t('conversion.value') };
    case 'currency':
      return {
        label,
        text:
          ctx.of === 'estimate'
            ? t('conversion.estimateCurrency', { currency: ctx.currency })
            : ctx.currency === 'EUR'
              ? t('conversion.currencyEur')
              : t('conversion.currency', { currency: ctx.currency }),
      };
    case 'period':
      return { label, text: t('conversion.period', { period }) };
    case 'pay':
      return { label, text: t('conversion.pay') };
    case 'percentiles':
      return { label, text: t('conversion.percentiles') };
    case 'basis':
      return { label, text: t('conversion.estimateBasis') };
    case 'model':
      return {
        label,
        text: ctx.model
          ? t('conversion.model', {
              count: f.int(ctx.model.trainedOn),
              fallback: fallbackText(ctx.model.fallback, t),
              observations: f.int(ctx.model.observations),
            })
          : null,
      };
    default:
      return { label, text: null };
  }
}
