/** Input checks shared by every normalization: each failure names the bad value and the fix. */
import { isPeriod, type Period } from '../domain/money.ts';
import { AMOUNT_BASES, type AmountBasis } from '../domain/trace.ts';
import { fail, type Failure } from './outcome.ts';

/** The first day of the ECB euro reference rates. */
export const FIRST_RATE_DAY = '1999-01-04';

export function checkAmount(name: string, value: unknown): number | Failure {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return fail(
      'invalid-amount',
      `${name} ${JSON.stringify(String(value))} is not a number (expected a number ≥ 0)`,
    );
  }
  if (!Number.isFinite(value))
    return fail('invalid-amount', `${name} ${value} is not finite (expected a number ≥ 0)`);
  if (value < 0)
    return fail('invalid-amount', `${name} ${value} is negative (expected a number ≥ 0)`);
  return value;
}

const CODE = /^[A-Z]{3}$/;

/** Syntax only: whether a rate exists is the currency step's business. */
export function checkCurrency(value: string): string | Failure {
  const code = value.trim();
  if (!CODE.test(code)) {
    return fail(
      'unknown-currency',
      `unknown currency ${JSON.stringify(value)} (expected an ISO 4217 code such as EUR)`,
    );
  }
  return code;
}

export function checkPeriod(value: string): Period | Failure {
  if (isPeriod(value)) return value;
  return fail(
    'unknown-period',
    `unknown period ${JSON.stringify(value)} (expected one of: hour, day, week, month, year)`,
  );
}

export function checkBasis(value: string): AmountBasis | 'unknown' | Failure {
  if ((AMOUNT_BASES as readonly string[]).includes(value) || value === 'unknown') {
    return value as AmountBasis | 'unknown';
  }
  return fail(
    'unknown-basis',
    `unknown basis ${JSON.stringify(value)} (expected gross, net, net-after-tax or unknown)`,
  );
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function checkDate(value: string): string | Failure {
  const m = DATE.exec(value);
  const parsed = m ? new Date(`${value}T00:00:00Z`) : null;
  if (
    !m ||
    !parsed ||
    Number.isNaN(parsed.getTime()) ||
    parsed.toISOString().slice(0, 10) !== value
  ) {
    return fail(
      'invalid-date',
      `date ${JSON.stringify(value)} is not a calendar date (expected YYYY-MM-DD)`,
    );
  }
  if (value < FIRST_RATE_DAY) {
    return fail(
      'date-before-rates',
      `date ${value} is before the first ECB reference rate (${FIRST_RATE_DAY}); give a date from 1999 on`,
    );
  }
  return value;
}

/** 12 by default, 13 for "sur 13 mois"; some countries pay 14 (up to 16 accepted). */
export function checkMonths(value: number | undefined): number | Failure {
  if (value === undefined) return 12;
  if (!Number.isInteger(value) || value < 12 || value > 16) {
    return fail(
      'invalid-months',
      `monthsPerYear ${value} is invalid (expected a whole number from 12 to 16, e.g. 13 for "sur 13 mois")`,
    );
  }
  return value;
}

export function isFailure<T>(value: T | Failure): value is Failure {
  return typeof value === 'object' && value !== null && (value as Failure).ok === false;
}
