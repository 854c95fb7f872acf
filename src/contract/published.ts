import { z } from 'zod';
import { LevelSchema, PeriodSchema } from './common.ts';

/** A figure someone published (an article's range, an official median), shown beside ours as
 * what it is and never mixed into observed percentiles. */
export const PublishedFigureSchema = z.object({
  kind: z.enum(['article', 'official']),
  source: z.object({
    id: z.string(),
    title: z.string(),
    titleFr: z.string().nullable(),
    publisher: z.string(),
    licence: z.string(),
    date: z.string(),
    url: z.string().nullable(),
  }),
  stated: z
    .object({
      low: z.number().nullable().describe('p10 for an official low / median / high'),
      mid: z.number().nullable().describe('the median of an official statistic'),
      high: z.number().nullable().describe('p90 for an official low / median / high'),
      currency: z.string(),
      period: PeriodSchema,
      basis: z.string(),
    })
    .describe('as published'),
  converted: z
    .object({
      low: z.number().nullable(),
      mid: z.number().nullable(),
      high: z.number().nullable(),
      currency: z.string(),
      period: PeriodSchema,
      basis: z.string(),
      steps: z.array(z.string()),
    })
    .nullable()
    .describe('in the requested currency and period, gross where the rules allow'),
  employment: z.string(),
  level: LevelSchema.nullable(),
  country: z.string().nullable(),
  region: z.string().nullable(),
  occupation: z
    .object({ system: z.string(), code: z.string(), label: z.string() })
    .nullable()
    .describe('the whole occupation an official figure describes'),
  population: z.string().nullable(),
  years: z.object({ from: z.number().int(), to: z.number().int() }),
});
export type PublishedFigure = z.infer<typeof PublishedFigureSchema>;
