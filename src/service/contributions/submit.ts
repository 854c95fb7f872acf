/** POST /api/contributions: check every field, classify, convert to a yearly EUR value, hold
 * the unusual ones for a moderator, store once per client and figures. */
import {
  checkPlausibility,
  type ContributionFields,
  type ContributionStatus,
} from '../../domain/index.ts';
import type { ContributionCreated } from '../../contract/index.ts';
import { yearlyEurValue } from '../../ingest/index.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { checkContribution } from './check-fields.ts';
import { plausibleRange } from './plausible-range.ts';
import {
  contributionFingerprint,
  contributionSubmitter,
  newContributionId,
  newDeleteToken,
  sha256Hex,
} from './tokens.ts';

const today = (now: Date) => now.toISOString().slice(0, 10);

/** The day a contribution's pay describes: mid-year, or today for the current year. */
function observedOn(year: number, now: Date): string {
  const mid = `${year}-07-01`;
  return mid < today(now) ? mid : today(now);
}

function toYearlyEur(ctx: AppContext, c: ContributionFields, on: string): number {
  const value = yearlyEurValue(
    {
      low: c.amount,
      high: c.amount,
      currency: c.currency,
      period: c.period,
      basis: c.basis,
      country: c.country,
      observedOn: on,
      ...(c.monthsPerYear ? { monthsPerYear: c.monthsPerYear } : {}),
    },
    ctx.tables,
  );
  if (value === null || !(value > 0))
    throw new AppError(
      'invalid-contribution',
      400,
      `${c.amount} ${c.currency} a ${c.period} cannot be converted to a yearly value (check the currency, period and months per year)`,
      {
        parameter: 'amount',
        value: c.amount,
        expected: 'an amount the period and currency can convert',
      },
    );
  return value;
}

export interface SubmitOptions {
  /** Who sent it (socket or forwarded address, or `import:<file>`): for resubmissions only. */
  readonly client: string;
  readonly now?: Date;
}

export async function submitContribution(
  ctx: AppContext,
  raw: unknown,
  options: SubmitOptions,
): Promise<ContributionCreated> {
  const now = options.now ?? new Date();
  const fields = checkContribution(raw, {
    currencies: ctx.currencies,
    currentYear: now.getUTCFullYear(),
  });
  const on = observedOn(fields.year, now);
  const valueYearEur = toYearlyEur(ctx, fields, on);
  const plausible = checkPlausibility(valueYearEur, await plausibleRange(ctx, fields));
  const status: ContributionStatus = plausible.ok ? 'pending' : 'held';
  const deleteToken = newDeleteToken();
  const stored = await ctx.store.insertContribution({
    ...fields,
    id: newContributionId(),
    status,
    heldReason: plausible.ok ? null : plausible.reason,
    submittedOn: today(now),
    atomId: null,
    publishedOn: null,
    withdrawnOn: null,
    observedOn: on,
    valueYearEur,
    deleteTokenHash: sha256Hex(deleteToken),
    fingerprint: contributionFingerprint(options.client, fields),
    submitter: contributionSubmitter(options.client),
  });
  if (stored.duplicate) return { id: stored.id, status: stored.status, duplicate: true };
  return { id: stored.id, deleteToken, status: stored.status, duplicate: false };
}
