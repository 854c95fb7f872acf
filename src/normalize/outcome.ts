/** Expected failures are values: a reason code for programs and a message naming the bad value
 * and the way out for people. */

export type FailureReason =
  | 'invalid-amount'
  | 'unknown-currency'
  | 'no-rate'
  | 'unknown-period'
  | 'unknown-basis'
  | 'invalid-date'
  | 'date-before-rates'
  | 'invalid-months'
  | 'invalid-status'
  | 'net-not-available'
  | 'out-of-range'
  | 'above-ceiling'
  | 'invalid-days'
  | 'no-ppp';

export interface Failure {
  readonly ok: false;
  readonly reason: FailureReason;
  readonly message: string;
}

export function fail(reason: FailureReason, message: string): Failure {
  return { ok: false, reason, message };
}
