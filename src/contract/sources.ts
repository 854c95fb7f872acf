import { z } from 'zod';
import { SourceKindSchema } from './common.ts';

export const SourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  titleFr: z.string().nullable().describe('the title in French where it differs (null otherwise)'),
  publisher: z.string(),
  licence: z.string(),
  date: z.string(),
  url: z.string().nullable(),
  kind: SourceKindSchema,
  evidenceShareable: z.boolean(),
  observations: z.number().int(),
  firstObservedOn: z.string().nullable(),
  lastObservedOn: z.string().nullable(),
});
export type SourceSummary = z.infer<typeof SourceSchema>;

export const SourcesResponseSchema = z.object({ items: z.array(SourceSchema) });
export type SourcesResponse = z.infer<typeof SourcesResponseSchema>;

export const HealthResponseSchema = z.object({
  status: z.literal('ok'),
  store: z.enum(['duckdb', 'postgres']),
  observations: z.number().int(),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;
