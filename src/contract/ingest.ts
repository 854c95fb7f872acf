import { z } from 'zod';
import { SourceKindSchema } from './common.ts';

export const IngestDocumentSchema = z.object({
  text: z.string().min(1).describe('the text: plain, Markdown or HTML'),
  name: z.string().min(1).describe('how the user named it (a file path)'),
  title: z.string().min(1).optional().describe('source title (default: the name)'),
  kind: SourceKindSchema.default('article'),
  licence: z.string().min(1).default('unknown'),
  shareEvidence: z
    .boolean()
    .default(false)
    .describe('the licence allows showing the evidence sentences'),
  observedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2024-06-03')
    .describe('the date the figures describe'),
});
export type IngestDocument = z.infer<typeof IngestDocumentSchema>;

export const IngestRequestSchema = z.object({
  documents: z.array(IngestDocumentSchema).min(1).max(1000),
});
export type IngestRequest = z.infer<typeof IngestRequestSchema>;

export const IngestReportSchema = z.object({
  name: z.string(),
  sourceId: z.string(),
  facts: z.number().int(),
  inserted: z.number().int(),
  skipped: z.number().int().describe('already stored (ingesting the same text again adds nothing)'),
  notStored: z.array(z.object({ reason: z.string(), evidence: z.string() })),
});
export type IngestReport = z.infer<typeof IngestReportSchema>;

export const IngestResponseSchema = z.object({ reports: z.array(IngestReportSchema) });
export type IngestResponse = z.infer<typeof IngestResponseSchema>;
