/** How a converted figure was obtained: one step per conversion, JSON-friendly, shown by the
 * API, the CLI and the web app ("how we got this number"). */
import type { CurrencyCode, Period } from './money.ts';

/** gross = brut; net = net avant impôt (before income tax); net-after-tax = net payé après
 * impôt (prélèvement à la source, single person, no children). */
export const AMOUNT_BASES = ['gross', 'net', 'net-after-tax'] as const;
export type AmountBasis = (typeof AMOUNT_BASES)[number];

/** Where a currency rate came from. */
export type RateOrigin = 'ecb' | 'stated-by-source' | 'identity';

export interface CurrencyStep {
  readonly kind: 'currency';
  readonly from: CurrencyCode;
  readonly to: CurrencyCode;
  /** Units of `to` for one unit of `from`. */
  readonly rate: number;
  /** The day whose rate was used (nearest business day on or before `requestedDate`). */
  readonly rateDate: string;
  readonly requestedDate: string;
  readonly origin: RateOrigin;
  readonly source: string;
  /** True when the requested date is after the last bundled rate (the last one is used). */
  readonly stale: boolean;
}

export interface PeriodStep {
  readonly kind: 'period';
  readonly from: Period;
  readonly to: Period;
  /** Multiply by this to go from `from` to `to`. */
  readonly factor: number;
  readonly country: string | null;
  /** The working-time assumption in words, e.g. "12 monthly payments a year". */
  readonly assumption: string;
  readonly source: string;
}

export interface BasisStep {
  readonly kind: 'basis';
  readonly from: AmountBasis;
  readonly to: AmountBasis;
  readonly country: string;
  readonly status: 'cadre' | 'non-cadre';
  /** e.g. "modele-social 11.1.0". */
  readonly rules: string;
  /** The date the rules are pinned to (YYYY-MM-DD). */
  readonly rulesDate: string;
  /** interpolated: linear interpolation on a precomputed grid; direct: one engine evaluation. */
  readonly method: 'interpolated' | 'direct';
  readonly yearlyIn: number;
  readonly yearlyOut: number;
  readonly assumption: string;
}

export interface PppStep {
  readonly kind: 'ppp';
  readonly country: string;
  readonly currency: CurrencyCode;
  /** Local currency units per international dollar. */
  readonly lcuPerIntlDollar: number;
  readonly year: number;
  readonly source: string;
}

/** Which freelance computation a step is: revenue from a day rate, net income from revenue,
 * the revenue that gives a net, or the day rate from revenue. */
export const FREELANCE_STEP_CODES = ['revenue', 'net', 'revenue-for-net', 'tjm'] as const;
export type FreelanceStepCode = (typeof FREELANCE_STEP_CODES)[number];

export interface FreelanceStep {
  readonly kind: 'freelance';
  /** Stable code of the computation; `description` says it in English with its figures. */
  readonly step: FreelanceStepCode;
  readonly status: string;
  readonly description: string;
  readonly rules: string;
  readonly rulesDate: string;
  readonly method: 'interpolated' | 'direct' | 'arithmetic';
}

export type TraceStep = CurrencyStep | PeriodStep | BasisStep | PppStep | FreelanceStep;
