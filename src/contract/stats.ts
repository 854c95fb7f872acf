import { z } from 'zod';
import { CurrencySchema, FilterQuerySchema, PeriodSchema, strictNumber } from './common.ts';

export const StatsQuerySchema = FilterQuerySchema.extend({
  currency: CurrencySchema.default('EUR'),
  period: PeriodSchema.default('year'),
});
export type StatsQuery = z.infer<typeof StatsQuerySchema>;

export const PercentilesSchema = z.object({
  p10: z.number(),
  p25: z.number(),
  p50: z.number(),
  p75: z.number(),
  p90: z.number(),
});

export const ConversionStepSchema = z.object({
  step: z.string(),
  detail: z.string(),
});

export const StatsResponseSchema = z.object({
  count: z.number().int().describe('observations matching the filter'),
  sources: z.number().int().describe('distinct sources behind them'),
  status: z.enum(['ok', 'not-enough-data']),
  percentiles: PercentilesSchema.nullable().describe('null when the group is below minGroupSize'),
  min: z.number().nullable(),
  max: z.number().nullable(),
  currency: z.string(),
  period: PeriodSchema,
  basis: z.string().describe('what the figures are: gross base pay unless filtered otherwise'),
  minGroupSize: z.number().int(),
  dateRange: z.object({ from: z.string(), to: z.string() }).nullable(),
  filter: z.record(z.string(), z.union([z.string(), z.number()])),
  conversions: z.array(ConversionStepSchema).describe('how the figures were brought to one scale'),
  wider: z
    .object({
      dropped: z.array(z.string()).describe('the filter criteria left out, narrowest first'),
      count: z.number().int().describe('observations matching the wider filter'),
      filter: z.record(z.string(), z.union([z.string(), z.number()])),
    })
    .nullable()
    .describe(
      'with not enough data: the nearest wider filter that has enough (the same role and country, the narrowest criteria left out: city, company size, remote, employment, years, level, source), to ask next; null otherwise',
    ),
});
export type StatsResponse = z.infer<typeof StatsResponseSchema>;

export const DistributionQuerySchema = StatsQuerySchema.extend({
  bins: strictNumber(z.number().int().min(5).max(100))
    .default(24)
    .describe('number of bars, 5 to 100'),
});
export type DistributionQuery = z.infer<typeof DistributionQuerySchema>;

export const DistributionResponseSchema = z.object({
  count: z.number().int(),
  status: z.enum(['ok', 'not-enough-data']),
  minGroupSize: z.number().int(),
  currency: z.string(),
  period: PeriodSchema,
  basis: z.string(),
  bins: z
    .array(z.object({ from: z.number(), to: z.number(), count: z.number().int() }))
    .describe(
      'equal-width bars from the 1st to the 99th percentile; figures beyond are in the edge bars; empty below minGroupSize',
    ),
});
export type DistributionResponse = z.infer<typeof DistributionResponseSchema>;
