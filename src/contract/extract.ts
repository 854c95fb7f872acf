import { z } from 'zod';
import {
  BasisSchema,
  ComponentSchema,
  EmploymentSchema,
  LevelSchema,
  PeriodSchema,
  StatisticSchema,
} from './common.ts';
import { TraceStepSchema } from './normalize.ts';

export const ExtractRequestSchema = z.object({
  text: z
    .string()
    .min(1)
    .max(1_000_000)
    .describe('the text to read: plain, Markdown or HTML, up to 1 MB'),
  lang: z
    .enum(['fr', 'en', 'de', 'nl'])
    .optional()
    .describe("the text's main language, detected when absent (and per sentence)"),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2024-06-03')
    .optional()
    .describe('the date the figures describe (picks exchange rates; default: last published rate)'),
});
export type ExtractRequest = z.infer<typeof ExtractRequestSchema>;

const Span = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

export const ExtractedFactSchema = z.object({
  low: z.number().nullable(),
  high: z.number().nullable(),
  currency: z.string(),
  period: PeriodSchema.nullable(),
  basis: BasisSchema.exclude(['unknown']).nullable(),
  component: ComponentSchema,
  employment: EmploymentSchema,
  role: z.string().nullable(),
  level: LevelSchema.nullable(),
  country: z.string().nullable(),
  city: z.string().nullable(),
  statistic: StatisticSchema,
  approximate: z.boolean(),
  evidence: z.array(Span).describe('offsets into the text sent; the first is the main one'),
  restatements: z.array(
    z.object({
      low: z.number().nullable(),
      high: z.number().nullable(),
      currency: z.string(),
      period: PeriodSchema.nullable(),
      basis: z.string().nullable(),
      evidence: Span,
    }),
  ),
  normalized: z
    .object({
      low: z.number().nullable(),
      high: z.number().nullable(),
      currency: z.literal('EUR'),
      period: z.literal('year'),
      basis: z.string(),
      trace: z.array(TraceStepSchema),
    })
    .nullable()
    .describe('the figure as yearly EUR on its stated basis; null when it cannot be converted'),
  normalizeNote: z.string().optional(),
});

export const ExtractResponseSchema = z.object({ facts: z.array(ExtractedFactSchema) });
export type ExtractResponse = z.infer<typeof ExtractResponseSchema>;
