/** Contributions: the body of POST /api/contributions, its answer, and the admin payloads. */
import { z } from 'zod';
import { CONTRIBUTION_EMPLOYMENTS, CONTRIBUTION_STATUSES, SECTORS } from '../domain/index.ts';
import {
  CompanySizeSchema,
  CountrySchema,
  CurrencySchema,
  LevelSchema,
  PeriodSchema,
  RemoteSchema,
  RoleIdSchema,
  strictNumber,
} from './common.ts';

/** Largest amount accepted (a yearly pay in the smallest-valued currency stays below it). */
export const MAX_CONTRIBUTED_AMOUNT = 1_000_000_000;

export const ContributionBodySchema = z
  .object({
    role: RoleIdSchema.optional().describe('canonical role id (give role or title)'),
    title: z
      .string()
      .trim()
      .min(2)
      .max(120)
      .optional()
      .describe('job title as written, classified to a role and not stored (give role or title)'),
    level: LevelSchema.optional().describe('give level or years'),
    years: z.number().min(0).max(50).optional().describe('years of experience, 0 to 50'),
    country: CountrySchema,
    city: z.string().trim().min(1).max(80).optional(),
    employment: z.enum(CONTRIBUTION_EMPLOYMENTS),
    amount: z
      .number()
      .positive()
      .max(MAX_CONTRIBUTED_AMOUNT)
      .describe('the pay for one period, in currency'),
    currency: CurrencySchema,
    period: PeriodSchema,
    basis: z.enum(['gross', 'net']).describe('gross (brut) or net before income tax'),
    year: z.number().int().min(1999).max(2100).describe('the year the pay is for'),
    monthsPerYear: z.number().int().min(12).max(16).optional().describe('12, 13 (sur 13 mois)…'),
    bonus: z.number().min(0).max(MAX_CONTRIBUTED_AMOUNT).optional().describe('variable pay a year'),
    companySize: CompanySizeSchema.optional(),
    sector: z.enum(SECTORS).optional(),
    remote: RemoteSchema.optional(),
  })
  .strict();
export type ContributionBody = z.infer<typeof ContributionBodySchema>;

export const ContributionStatusSchema = z.enum(CONTRIBUTION_STATUSES);

export const ContributionCreatedSchema = z.object({
  id: z.string(),
  deleteToken: z
    .string()
    .optional()
    .describe('send as Authorization: Bearer <token> to DELETE it; absent for a resubmission'),
  status: ContributionStatusSchema.describe(
    'pending: waits for the next publication; held: waits for a moderator',
  ),
  duplicate: z.boolean().describe('true when the same client sent the same contribution before'),
});
export type ContributionCreated = z.infer<typeof ContributionCreatedSchema>;

export const ContributionIdParamsSchema = z.object({
  id: z.string().regex(/^c_[A-Za-z0-9_-]{16,40}$/, 'a contribution id such as c_…'),
});

export const ContributionErasedSchema = z.object({ id: z.string(), erased: z.literal(true) });

export const AdminListQuerySchema = z
  .object({
    status: ContributionStatusSchema.optional().describe(
      'held, pending or published (default held and pending)',
    ),
    limit: strictNumber(z.number().int().min(1).max(1000)).default(200),
  })
  .strict();
export type AdminListQuery = z.infer<typeof AdminListQuerySchema>;

export const AdminContributionSchema = z.object({
  id: z.string(),
  status: ContributionStatusSchema,
  heldReason: z.string().nullable(),
  submittedOn: z.string(),
  publishedOn: z.string().nullable(),
  role: z.string(),
  level: z.string(),
  years: z.number().nullable(),
  country: z.string(),
  city: z.string().nullable(),
  employment: z.string(),
  amount: z.number(),
  currency: z.string(),
  period: z.string(),
  basis: z.string(),
  monthsPerYear: z.number().nullable(),
  bonus: z.number().nullable(),
  year: z.number(),
  companySize: z.string().nullable(),
  sector: z.string().nullable(),
  remote: z.string().nullable(),
  valueYearEur: z.number(),
});

export const AdminListResponseSchema = z.object({ items: z.array(AdminContributionSchema) });
export type AdminListResponse = z.infer<typeof AdminListResponseSchema>;

export const AdminDecisionSchema = z.object({
  id: z.string(),
  decision: z.enum(['approved', 'rejected']),
  status: z.enum(['pending', 'erased']),
});
export type AdminDecision = z.infer<typeof AdminDecisionSchema>;

export const PublishResponseSchema = z.object({
  published: z.number().int().describe('contributions released into the statistics'),
  batches: z.number().int(),
  minBatch: z.number().int().describe('a cohort is released only with at least this many'),
  waiting: z
    .array(
      z.object({
        cohort: z.string(),
        count: z.number().int().describe('new contributions waiting'),
        senders: z
          .number()
          .int()
          .describe('their different senders: a batch needs minBatch of them too'),
        withdrawn: z
          .number()
          .int()
          .describe('withdrawn by an erasure: they go out with minBatch new ones'),
      }),
    )
    .describe('cohorts with fewer than minBatch new contributions'),
  held: z.number().int().describe('contributions waiting for a moderator'),
});
export type PublishResponse = z.infer<typeof PublishResponseSchema>;

export const ImportBodySchema = z
  .object({
    name: z
      .string()
      .min(1)
      .max(200)
      .describe('the file name, which names the import rows as their sender'),
    csv: z.string().min(1).describe('the CSV text: a header of contribution fields, a row each'),
  })
  .strict();
export type ImportBody = z.infer<typeof ImportBodySchema>;

export const ImportResponseSchema = z.object({
  rows: z.number().int(),
  pending: z.number().int(),
  held: z.number().int(),
  duplicates: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), message: z.string() })),
});
export type ImportResponse = z.infer<typeof ImportResponseSchema>;
