import { z } from 'zod';
import { CurrencySchema, FilterQuerySchema, LevelSchema, PeriodSchema } from './common.ts';
import { PercentilesSchema } from './stats.ts';
import { PublishedFigureSchema } from './published.ts';

export const PanoramaQuerySchema = FilterQuerySchema.omit({ role: true, level: true }).extend({
  currency: CurrencySchema.default('EUR'),
  period: PeriodSchema.default('year'),
});
export type PanoramaQuery = z.infer<typeof PanoramaQuerySchema>;

/** Where a modelled figure comes from: the estimator, its confidence and the observations of the
 * cell it backs off to; `pending` while the estimator is being fitted (ask again after
 * `retryAfterSeconds`). */
export const ModelledSchema = z.object({
  state: z.enum(['ready', 'pending']),
  confidence: z.enum(['high', 'medium', 'low']).nullable(),
  observations: z
    .number()
    .describe('training observations in the cell the estimate backs off to (a range counts once)'),
  fallback: z.string().nullable().describe('that cell, e.g. role·level·country'),
  retryAfterSeconds: z.number().int().nullable(),
});
export type Modelled = z.infer<typeof ModelledSchema>;

export const GroupSummarySchema = z.object({
  count: z.number().int().describe('observed count, whatever the kind'),
  sources: z.number().int(),
  status: z.enum(['ok', 'not-enough-data']).describe('of the observed figures'),
  kind: z
    .enum(['observed', 'modelled'])
    .describe(
      'observed: percentiles of the observations; modelled: the estimator’s range for this profile, shown where the group is below minGroupSize',
    ),
  percentiles: PercentilesSchema.nullable().describe('null only while a model is pending'),
  model: ModelledSchema.nullable().describe('for kind modelled'),
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
      cells: z.array(
        GroupSummarySchema.extend({
          level: LevelSchema,
          published: z
            .array(PublishedFigureSchema)
            .describe('salaries the articles publish for this role and level, beside ours'),
        }),
      ),
    }),
  ),
});
export type PanoramaResponse = z.infer<typeof PanoramaResponseSchema>;
