import { z } from 'zod';
import {
  PaySchema,
  CountrySchema,
  CurrencySchema,
  LevelSchema,
  PeriodSchema,
  RoleIdSchema,
} from './common.ts';

const DateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2024-06-03')
  .describe('YYYY-MM-DD, from 1999-01-04 (first ECB rate)');
const AmountBasisSchema = z
  .enum(['gross', 'net', 'net-after-tax'])
  .describe('gross (brut), net before income tax, or net after tax');
const FreelanceStatusSchema = z
  .enum(['micro', 'ei', 'sasu'])
  .describe('micro-entreprise, EI/EURL or SASU');

/** A conversion step, described in words, with its figures (rate, date, source, rules…). */
export const TraceStepSchema = z.looseObject({ kind: z.string(), description: z.string() });
export type TraceStepView = z.infer<typeof TraceStepSchema>;

export const ConvertQuerySchema = z.object({
  amount: z.coerce.number().describe('the amount to convert (> 0)'),
  currency: CurrencySchema,
  period: PeriodSchema,
  basis: AmountBasisSchema.default('gross'),
  date: DateSchema.optional().describe(
    'the date the figure describes (default: last published rate)',
  ),
  country: CountrySchema.optional().describe('working time and gross/net rules (default FR)'),
  status: z.enum(['cadre', 'non-cadre']).default('cadre'),
  monthsPerYear: z.coerce
    .number()
    .int()
    .min(12)
    .max(14)
    .optional()
    .describe('12, or 13 for "sur 13 mois"'),
  toCurrency: CurrencySchema.optional(),
  toPeriod: PeriodSchema.optional(),
  toBasis: AmountBasisSchema.optional(),
  statedRate: z.coerce
    .number()
    .positive()
    .optional()
    .describe(
      'units of the currency per 1 EUR as the source states it (for currencies without ECB rates, e.g. MAD)',
    ),
});
export type ConvertQuery = z.infer<typeof ConvertQuerySchema>;

export const ConvertResponseSchema = z.object({
  value: z.number(),
  currency: z.string(),
  period: PeriodSchema,
  basis: z.string(),
  trace: z.array(TraceStepSchema),
});
export type ConvertResponse = z.infer<typeof ConvertResponseSchema>;

export const FreelanceQuerySchema = z.object({
  tjm: z.coerce.number().optional().describe('day rate in € (give tjm, or salary for the reverse)'),
  salary: z.coerce
    .number()
    .optional()
    .describe('yearly gross salary in € of a cadre employee (reverse)'),
  days: z.coerce
    .number()
    .int()
    .min(1)
    .max(366)
    .optional()
    .describe('billable days a year (default 200)'),
  status: FreelanceStatusSchema.optional().describe('one status; every status when absent'),
  employeeStatus: z
    .enum(['cadre', 'non-cadre'])
    .default('cadre')
    .describe('with salary: the employee whose net the TJM must match'),
});
export type FreelanceQuery = z.infer<typeof FreelanceQuerySchema>;

export const FreelanceResultSchema = z.object({
  status: FreelanceStatusSchema,
  ok: z.boolean(),
  message: z
    .string()
    .optional()
    .describe('why there is no figure (e.g. above the micro-entreprise ceiling)'),
  tjm: z.number().nullable(),
  days: z.number(),
  revenue: z.number().nullable(),
  net: z.number().nullable().describe('yearly net income before income tax, €'),
  netAfterTax: z.number().nullable(),
  employeeGrossEquivalent: z
    .number()
    .nullable()
    .describe('yearly gross salary of a cadre employee with the same net'),
  trace: z.array(TraceStepSchema),
});

export const FreelanceResponseSchema = z.object({
  mode: z.enum(['from-tjm', 'from-salary']),
  currency: z.literal('EUR'),
  results: z.array(FreelanceResultSchema),
});
export type FreelanceResponse = z.infer<typeof FreelanceResponseSchema>;

export const CompareQuerySchema = z.object({
  role: RoleIdSchema,
  level: LevelSchema.optional(),
  period: PeriodSchema.default('year'),
  reference: CountrySchema.default('FR').describe(
    'country whose currency and purchasing power are the reference',
  ),
  pay: PaySchema.optional(),
});
export type CompareQuery = z.infer<typeof CompareQuerySchema>;

export const CompareResponseSchema = z.object({
  role: z.string(),
  level: LevelSchema.nullable(),
  reference: z.string(),
  currency: z.string(),
  period: PeriodSchema,
  date: z.string().describe('date of the exchange rates and PPP factors'),
  minGroupSize: z.number().int(),
  countries: z.array(
    z.object({
      country: z.string(),
      count: z.number().int(),
      sources: z.number().int(),
      status: z.enum(['ok', 'not-enough-data']),
      nominal: z.number().nullable().describe('median gross in the reference currency'),
      ppp: z
        .number()
        .nullable()
        .describe('what the same purchasing power costs in the reference country'),
      net: z.number().nullable().describe('median net before income tax (France only)'),
      notes: z.array(z.string()),
      trace: z.array(TraceStepSchema),
    }),
  ),
});
export type CompareResponse = z.infer<typeof CompareResponseSchema>;
