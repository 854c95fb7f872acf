import { z } from 'zod';
import {
  CompanySizeSchema,
  CountrySchema,
  CurrencySchema,
  EmploymentSchema,
  LevelSchema,
  PeriodSchema,
  RemoteSchema,
  RoleIdSchema,
  strictNumber,
} from './common.ts';
import { PercentilesSchema } from './stats.ts';

export const EstimateQuerySchema = z.object({
  role: RoleIdSchema.optional().describe('canonical role id (or give a title)'),
  title: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('a job title, classified when no role is given'),
  level: LevelSchema.optional(),
  years: strictNumber(z.number().min(0).max(60))
    .optional()
    .describe('years of experience (sets the level when no level is given)'),
  country: CountrySchema.optional(),
  city: z
    .string()
    .min(1)
    .max(80)
    .optional()
    .describe('city (shown; the model works at country level)'),
  remote: RemoteSchema.optional(),
  companySize: CompanySizeSchema.optional(),
  employment: EmploymentSchema.optional(),
  sector: z.string().min(1).max(80).optional().describe('sector (shown; not yet a model factor)'),
  currency: CurrencySchema.default('EUR'),
  period: PeriodSchema.default('year'),
});
export type EstimateQuery = z.infer<typeof EstimateQuerySchema>;

export const EstimateResponseSchema = z.object({
  status: z.literal('ok'),
  profile: z.object({
    role: z.string().nullable(),
    roleFromTitle: z
      .object({
        title: z.string(),
        confidence: z.number(),
        matched: z
          .boolean()
          .describe('false: the title names no data/AI role (confidence is then low)'),
        closest: z.array(z.string()).describe('when unmatched: the roles to try instead'),
      })
      .nullable(),
    level: LevelSchema.nullable(),
    country: z.string().nullable(),
    city: z.string().nullable(),
    remote: RemoteSchema.nullable(),
    companySize: CompanySizeSchema.nullable(),
    employment: EmploymentSchema.nullable(),
    sector: z.string().nullable(),
    ignored: z
      .array(z.enum(['years', 'city', 'sector']))
      .describe(
        'inputs shown but not used: years when a level is also given, city and sector (the model works at country level)',
      ),
  }),
  currency: z.string(),
  period: PeriodSchema,
  basis: z.literal('gross'),
  percentiles: PercentilesSchema.nullable().describe(
    'yearly gross base pay converted to currency and period',
  ),
  contributions: z
    .array(z.object({ factor: z.string(), label: z.string(), value: z.number() }))
    .describe(
      "waterfall from the base to p50; the values add up to p50. With a country, the base is that country's typical pay (every role and level) and a place step appears only for an employer abroad; without one, the base is every observation",
    ),
  observations: z.number().int(),
  fallback: z.string(),
  confidence: z.enum(['high', 'medium', 'low']),
  net: z
    .object({ percentiles: PercentilesSchema.nullable(), note: z.string() })
    .describe(
      'net before income tax (France: modele-social rules); other countries: not available',
    ),
  tjm: z
    .array(
      z.object({
        status: z.string(),
        tjm: z.number().nullable(),
        days: z.number(),
        note: z.string(),
      }),
    )
    .describe('France: the day rate giving the same net as p50, by freelance status'),
  conversions: z.array(z.object({ step: z.string(), detail: z.string() })),
  model: z.object({ trainedOn: z.number().int(), version: z.string() }),
});
export type EstimateResponse = z.infer<typeof EstimateResponseSchema>;
