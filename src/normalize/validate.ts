/** Input checks shared by every normalization: each failure names the bad value and the fix. */
import { isPeriod, type Period } from '../domain/index.ts';
import { AMOUNT_BASES, type AmountBasis } from '../domain/index.ts';
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

function isUpperCode(value: string): boolean {
  if (value.length !== 3) return false;
  for (let i = 0; i < 3; i++) {
    const c = value.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** Syntax only: whether a rate exists is the currency step's business. */
export function checkCurrency(value: string): string | Failure {
  if (typeof value === 'string' && isUpperCode(value)) return value;
  const code = typeof value === 'string' ? value.trim() : '';
  if (isUpperCode(code)) return code;
  return fail(
    'unknown-currency',
    `unknown currency ${JSON.stringify(value)} (expected an ISO 4217 code such as EUR)`,
  );
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

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number written by the digits of value[from, to), or -1 if one is not a digit. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

// Character arithmetic, not Date or RegExp: this runs once per converted figure.
export function checkDate(value: string): string | Failure {
  const ok =
    typeof value === 'string' && value.length === 10 && value[4] === '-' && value[7] === '-';
  const year = ok ? digits(value, 0, 4) : -1;
  const month = ok ? digits(value, 5, 7) : -1;
  const day = ok ? digits(value, 8, 10) : -1;
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
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
