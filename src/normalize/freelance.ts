/** Freelance ↔ employee: TJM × billable days → revenue → net income (micro, EI, SASU), the
 * salary with the same net, and the reverse (the TJM matching a salary). France, EUR, yearly. */
import {
  netAfterTaxFromRevenue,
  netFromRevenue,
  revenueForNet,
  type FreelanceCurves,
} from '../domain/index.ts';
import { isFreelanceStatus, type FreelanceStatus } from '../domain/index.ts';
import { convertBasisYearly, type EmployeeStatus, type GrossNetCurves } from '../domain/index.ts';
import type { FreelanceStepCode, TraceStep } from '../domain/index.ts';
import { fail, type Failure } from './outcome.ts';
import { checkAmount, isFailure } from './validate.ts';

/** Billable days a year by default: the 218 days of a French forfait jours minus ~18 days of
 * non-billable time (between missions, training, admin). A Fourchette assumption: pass your own. */
export const DEFAULT_BILLABLE_DAYS = 200;

export interface FreelanceTables {
  readonly grossNet?: GrossNetCurves;
  readonly freelance?: FreelanceCurves;
}

export interface FreelanceIncome {
  readonly ok: true;
  readonly status: FreelanceStatus;
  readonly tjm: number;
  readonly days: number;
  readonly currency: 'EUR';
  readonly period: 'year';
  /** chiffre d'affaires, € a year. */
  readonly revenue: number;
  /** Net income before income tax, € a year. */
  readonly net: number;
  readonly netAfterTax: number;
  /** The yearly gross salary of a cadre employee with the same net before income tax. */
  readonly employeeGrossEquivalent: number;
  readonly trace: TraceStep[];
}

function checkStatus(status: string): FreelanceStatus | Failure {
  if (isFreelanceStatus(status)) return status;
  return fail(
    'invalid-status',
    `status ${JSON.stringify(status)} is invalid (expected micro, ei or sasu)`,
  );
}

function checkDays(days: unknown): number | Failure {
  if (typeof days !== 'number' || !Number.isFinite(days) || days <= 0 || days > 366) {
    return fail(
      'invalid-days',
      `days ${JSON.stringify(String(days))} is invalid (expected billable days a year, more than 0 and at most 366)`,
    );
  }
  return days;
}

function curvesOf(
  tables: FreelanceTables,
): { grossNet: GrossNetCurves; freelance: FreelanceCurves } | Failure {
  if (!tables.grossNet || !tables.freelance) {
    return fail(
      'net-not-available',
      'freelance income needs the curves of data/gross-net, which were not loaded',
    );
  }
  return { grossNet: tables.grossNet, freelance: tables.freelance };
}

function ceilingFailure(curves: FreelanceCurves, revenue: number, what: string): Failure {
  return fail(
    'above-ceiling',
    `${what} ${Math.round(revenue)} € a year is above the micro-entreprise ceiling of ${curves.microCeiling} € (profession libérale, rules of ${curves.rulesDate}); use status ei or sasu`,
  );
}

function freelanceStep(
  curves: FreelanceCurves,
  status: FreelanceStatus,
  step: FreelanceStepCode,
  description: string,
  method: 'interpolated' | 'arithmetic',
): TraceStep {
  return {
    kind: 'freelance',
    step,
    status,
    description,
    rules: curves.rules,
    rulesDate: curves.rulesDate,
    method,
  };
}

export interface FreelanceInput {
  readonly tjm: number;
  readonly days?: number;
  readonly status: string;
}

export function freelanceIncome(
  input: FreelanceInput,
  tables: FreelanceTables,
): FreelanceIncome | Failure {
  const tjm = checkAmount('tjm', input.tjm);
  if (isFailure(tjm)) return tjm;
  const days = checkDays(input.days ?? DEFAULT_BILLABLE_DAYS);
  if (isFailure(days)) return days;
  const status = checkStatus(input.status);
  if (isFailure(status)) return status;
  const curves = curvesOf(tables);
  if (isFailure(curves)) return curves;
  const fc = curves.freelance;
  const revenue = tjm * days;
  if (status === 'micro' && revenue > fc.microCeiling)
    return ceilingFailure(fc, revenue, `revenue (${tjm} € × ${days} days)`);
  const net = netFromRevenue(fc, status, revenue);
  const netAfterTax = netAfterTaxFromRevenue(fc, status, revenue);
  const employeeGross = convertBasisYearly(curves.grossNet, net, 'net', 'gross', 'cadre');
  if (Number.isNaN(net) || Number.isNaN(employeeGross)) {
    return fail(
      'out-of-range',
      `revenue ${revenue} € a year is outside the curves of data/gross-net (1 000 – 1 000 000 €)`,
    );
  }
  const trace: TraceStep[] = [
    freelanceStep(
      fc,
      status,
      'revenue',
      `revenue = ${tjm} € a day × ${days} billable days${input.days === undefined ? ' (default)' : ''}`,
      'arithmetic',
    ),
    freelanceStep(
      fc,
      status,
      'net',
      `net income before income tax from revenue (${status})`,
      'interpolated',
    ),
    {
      kind: 'basis',
      from: 'net',
      to: 'gross',
      country: 'FR',
      status: 'cadre',
      rules: curves.grossNet.rules,
      rulesDate: curves.grossNet.rulesDate,
      method: 'interpolated',
      yearlyIn: net,
      yearlyOut: employeeGross,
      assumption: 'the cadre employee gross salary with the same net before income tax',
    },
  ];
  return {
    ok: true,
    status,
    tjm,
    days,
    currency: 'EUR',
    period: 'year',
    revenue,
    net,
    netAfterTax,
    employeeGrossEquivalent: employeeGross,
    trace,
  };
}

export interface TjmForSalaryInput {
  /** Yearly gross salary, € (brut annuel). */
  readonly grossYearly: number;
  readonly employeeStatus?: EmployeeStatus;
  readonly status: string;
  readonly days?: number;
}

export interface TjmForSalary {
  readonly ok: true;
  readonly status: FreelanceStatus;
  readonly grossYearly: number;
  readonly net: number;
  readonly revenue: number;
  readonly days: number;
  readonly tjm: number;
  readonly trace: TraceStep[];
}

/** The TJM that yields the same net before income tax as a yearly gross salary. */
export function tjmForSalary(
  input: TjmForSalaryInput,
  tables: FreelanceTables,
): TjmForSalary | Failure {
  const gross = checkAmount('grossYearly', input.grossYearly);
  if (isFailure(gross)) return gross;
  const days = checkDays(input.days ?? DEFAULT_BILLABLE_DAYS);
  if (isFailure(days)) return days;
  const status = checkStatus(input.status);
  if (isFailure(status)) return status;
  const employeeStatus = input.employeeStatus ?? 'cadre';
  const curves = curvesOf(tables);
  if (isFailure(curves)) return curves;
  const fc = curves.freelance;
  const net = convertBasisYearly(curves.grossNet, gross, 'gross', 'net', employeeStatus);
  if (Number.isNaN(net))
    return fail(
      'out-of-range',
      `gross ${gross} € a year is outside the curves of data/gross-net (1 000 – 1 000 000 €)`,
    );
  const revenue = revenueForNet(fc, status, net);
  const microMaxNet = netFromRevenue(fc, 'micro', fc.microCeiling);
  if (status === 'micro' && Number.isNaN(revenue) && net > microMaxNet) {
    return fail(
      'above-ceiling',
      `a net of ${Math.round(net)} € a year needs more revenue than the micro-entreprise ceiling of ${fc.microCeiling} € allows (at most ${Math.round(microMaxNet)} € net, rules of ${fc.rulesDate}); use status ei or sasu`,
    );
  }
  if (Number.isNaN(revenue))
    return fail(
      'out-of-range',
      `net ${Math.round(net)} € a year is outside the ${status} curve of data/gross-net`,
    );
  const tjm = revenue / days;
  const trace: TraceStep[] = [
    {
      kind: 'basis',
      from: 'gross',
      to: 'net',
      country: 'FR',
      status: employeeStatus,
      rules: curves.grossNet.rules,
      rulesDate: curves.grossNet.rulesDate,
      method: 'interpolated',
      yearlyIn: gross,
      yearlyOut: net,
      assumption: `${employeeStatus} employee net before income tax`,
    },
    freelanceStep(
      fc,
      status,
      'revenue-for-net',
      `revenue giving the same net before income tax (${status})`,
      'interpolated',
    ),
    freelanceStep(
      fc,
      status,
      'tjm',
      `TJM = revenue / ${days} billable days${input.days === undefined ? ' (default)' : ''}`,
      'arithmetic',
    ),
  ];
  return { ok: true, status, grossYearly: gross, net, revenue, days, tjm, trace };
}
