import { z } from 'zod';
import { CountrySchema, PeriodSchema } from './common.ts';
import { TraceStepSchema } from './normalize.ts';

export const CompareAmountsQuerySchema = z.object({
  items: z
    .string()
    .min(1)
    .describe(
      'COUNTRY:AMOUNT:CURRENCY[:RATE] items separated by commas, e.g. CH:9170:CHF,LU:5100:EUR,MA:12510:MAD:10.738 (RATE: units per 1 EUR as the source states, for currencies without ECB rates)',
    ),
  period: PeriodSchema.describe('the period of every amount'),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2024-06-03')
    .optional()
    .describe('the date of the rates and PPP factors (default: last published rate)'),
  reference: CountrySchema.default('FR').describe(
    'country whose currency and purchasing power are the reference',
  ),
});
export type CompareAmountsQuery = z.infer<typeof CompareAmountsQuerySchema>;

export const CompareAmountsResponseSchema = z.object({
  reference: z.string(),
  currency: z.string(),
  period: PeriodSchema,
  date: z.string(),
  items: z.array(
    z.object({
      country: z.string(),
      amount: z.number(),
      currency: z.string(),
      nominal: z.number().describe('in the reference currency at the ECB rate of the date'),
      pppAdjusted: z
        .number()
        .nullable()
        .describe('what the same purchasing power costs in the reference country'),
      intlDollars: z.number().nullable(),
      pppUnavailable: z.string().optional(),
      trace: z.array(TraceStepSchema),
    }),
  ),
});
export type CompareAmountsResponse = z.infer<typeof CompareAmountsResponseSchema>;
