import { z } from 'zod';
import { CurrencySchema, FilterQuerySchema, LevelSchema, PeriodSchema } from './common.ts';
import { PercentilesSchema } from './stats.ts';

export const PanoramaQuerySchema = FilterQuerySchema.omit({ role: true, level: true }).extend({
  currency: CurrencySchema.default('EUR'),
  period: PeriodSchema.default('year'),
});
export type PanoramaQuery = z.infer<typeof PanoramaQuerySchema>;

export const GroupSummarySchema = z.object({
  count: z.number().int(),
  sources: z.number().int(),
  status: z.enum(['ok', 'not-enough-data']),
  percentiles: PercentilesSchema.nullable(),
});
export type GroupSummary = z.infer<typeof GroupSummarySchema>;

export const PanoramaResponseSchema = z.object({
  currency: z.string(),
  period: PeriodSchema,
  basis: z.string(),
  minGroupSize: z.number().int(),
  levels: z.array(LevelSchema),
  rows: z.array(
    z.object({
      role: z.string(),
      all: GroupSummarySchema.describe('every level together'),
      cells: z.array(GroupSummarySchema.extend({ level: LevelSchema })),
    }),
  ),
});
export type PanoramaResponse = z.infer<typeof PanoramaResponseSchema>;
