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

/** A part of a job-posting feed file, sent by `fourchette ingest` to the server that holds the
 * store (in order, one client per file: the feed's resume cursor counts records across parts). */
export const PostingFeedPartSchema = z.object({
  path: z
    .string()
    .min(1)
    .describe("the feed file's absolute path: with the source id, the key of its resume cursor"),
  format: z.enum(['json-lines', 'csv', 'html']),
  content: z.string().describe('whole lines of the file (JSON Lines), or the whole file'),
  firstLine: z.number().int().min(1).default(1).describe("the number of the content's first line"),
  firstRecord: z
    .number()
    .int()
    .min(0)
    .default(0)
    .describe("records of the file before this part (the sum of the earlier parts' `records`)"),
  sourceId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes')
    .optional()
    .describe('default: postings-<file name>'),
  licence: z.string().min(1).default('unknown'),
  shareEvidence: z.boolean().default(false),
  fromStart: z
    .boolean()
    .default(false)
    .describe('ignore the saved cursor (the first part only: later parts continue it)'),
});
export type PostingFeedPart = z.infer<typeof PostingFeedPartSchema>;

export const PostingFeedReportSchema = z.object({
  feed: z.string(),
  sourceId: z.string(),
  resumedAfter: z.number().int().describe('records covered by the saved cursor'),
  records: z.number().int().describe('records in this part (the next part starts after them)'),
  read: z.number().int(),
  stored: z.number().int(),
  resent: z.number().int(),
  reposts: z.number().int(),
  observations: z.number().int(),
  bad: z.array(z.object({ line: z.number().int(), message: z.string() })),
});
export type PostingFeedReport = z.infer<typeof PostingFeedReportSchema>;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as 2026-11-01')
  .optional();

export const FranceTravailIngestSchema = z.object({
  since: day.describe('offers created from this day (default: 31 days before until)'),
  until: day.describe('up to the start of this day (default: today)'),
  rome: z
    .array(z.string().regex(/^[A-Z]\d{4}$/, 'expected a ROME code such as M1405'))
    .min(1)
    .max(50)
    .optional()
    .describe('ROME codes (default: the AI and data ones)'),
  clientId: z.string().min(1).describe("the caller's francetravail.io application id"),
  clientSecret: z.string().min(1).describe('and its secret (used for this ingest, never stored)'),
});
export type FranceTravailIngest = z.infer<typeof FranceTravailIngestSchema>;

export const FranceTravailReportSchema = z.object({
  feeds: z.array(PostingFeedReportSchema.omit({ records: true }).extend({ romeCode: z.string() })),
  retries: z.number().int().describe('requests retried after a 429 or a 5xx'),
  truncated: z.array(z.string()).describe('searches with more offers than the API pages through'),
});
export type FranceTravailReportPayload = z.infer<typeof FranceTravailReportSchema>;
