/** The moderator's side: the queue, approve (held → pending), reject (erased), and the batched
 * publication. The same functions serve `fourchette contributions …` and /api/admin/…. */
import { randomBytes } from 'node:crypto';
import {
  CONTRIBUTIONS_SOURCE_ID,
  clampMinGroupSize,
  planPublication,
  type Source,
  type StoredContribution,
} from '../../domain/index.ts';
import type {
  AdminDecision,
  AdminListQuery,
  AdminListResponse,
  PublishResponse,
} from '../../contract/index.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';

/** The source published contributions belong to, on the sources page. */
export const CONTRIBUTIONS_SOURCE: Source = {
  id: CONTRIBUTIONS_SOURCE_ID,
  title: 'Anonymous salary contributions to Fourchette',
  publisher: 'Fourchette contributors',
  licence:
    'Published aggregates: CC BY 4.0 (Fourchette). Individual contributions are never published.',
  date: '2026-12-01',
  url: null,
  kind: 'contribution',
  evidenceShareable: false,
};

function toItem(c: StoredContribution): AdminListResponse['items'][number] {
  return {
    id: c.id,
    status: c.status,
    heldReason: c.heldReason,
    submittedOn: c.submittedOn,
    publishedOn: c.publishedOn,
    role: c.roleId,
    level: c.level,
    years: c.yearsOfExperience,
    country: c.country,
    city: c.city,
    employment: c.employment,
    amount: c.amount,
    currency: c.currency,
    period: c.period,
    basis: c.basis,
    monthsPerYear: c.monthsPerYear,
    bonus: c.bonus,
    year: c.year,
    companySize: c.companySize,
    sector: c.sector,
    remote: c.remote,
    valueYearEur: Math.round(c.valueYearEur),
  };
}

export async function listForModeration(
  ctx: AppContext,
  query: AdminListQuery,
): Promise<AdminListResponse> {
  const statuses = query.status ? [query.status] : (['held', 'pending'] as const);
  return { items: (await ctx.store.listContributions(statuses, query.limit)).map(toItem) };
}

export async function approveContribution(ctx: AppContext, id: string): Promise<AdminDecision> {
  if (!(await ctx.store.approveContribution(id)))
    throw new AppError('not-found', 404, `no held contribution ${id} (see \`contributions list\`)`);
  return { id, decision: 'approved', status: 'pending' };
}

export async function rejectContribution(ctx: AppContext, id: string): Promise<AdminDecision> {
  // A rejected contribution is erased: nothing is kept that will not be published.
  const today = new Date().toISOString().slice(0, 10);
  if (!(await ctx.store.deleteContribution(id, ['held', 'pending'], today)))
    throw new AppError(
      'not-found',
      404,
      `no held or pending contribution ${id} (a published one is erased with its delete token)`,
    );
  return { id, decision: 'rejected', status: 'erased' };
}

/** Releases every cohort holding at least k pending contributions, each as one batch. */
export async function publishContributions(
  ctx: AppContext,
  now: Date = new Date(),
): Promise<PublishResponse> {
  const k = clampMinGroupSize(ctx.config.minGroupSize);
  const [pending, held, senders] = await Promise.all([
    ctx.store.listContributions(['pending'], 1_000_000),
    ctx.store.listContributions(['held'], 1_000_000),
    ctx.store.pendingSubmitters(),
  ]);
  const plan = planPublication(pending, k, (id) => senders.get(id) ?? null);
  const stamp = now
    .toISOString()
    .replace(/[-:.TZ]/g, '')
    .slice(0, 14);
  const batches = plan.batches.map((b, i) => ({
    atomId: `${stamp}-${String(i).padStart(4, '0')}-${randomBytes(3).toString('hex')}`,
    ids: b.ids,
  }));
  if (batches.length) await ctx.store.upsertSources([CONTRIBUTIONS_SOURCE]);
  const published = await ctx.store.publishContributions(batches, now.toISOString().slice(0, 10));
  return {
    published,
    batches: batches.length,
    minBatch: k,
    waiting: [...plan.waiting],
    held: held.length,
  };
}
