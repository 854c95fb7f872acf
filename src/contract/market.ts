/** The market view: counts, shares and posted pay of job postings (or, with no feed, of the
 * bundled dataset records), and the market facts articles state. */
import { z } from 'zod';
import { CountrySchema, LevelSchema, RoleIdSchema, YearSchema } from './common.ts';

export const MarketBasisSchema = z
  .enum(['postings', 'records'])
  .describe(
    'postings: job postings from feeds, each counted once however often sighted; records: salary records of the bundled datasets (aijobs.net). Default: postings when the filter has any, records otherwise',
  );

export const MarketQuerySchema = z.object({
  role: RoleIdSchema.optional().describe('canonical role id'),
  level: LevelSchema.optional(),
  country: CountrySchema.optional(),
  city: z.string().min(1).max(80).optional().describe('city name, any case'),
  source: z.string().min(1).max(120).optional().describe('source id (see /api/sources)'),
  year: YearSchema.optional().describe('one year (same as yearFrom = yearTo)'),
  yearFrom: YearSchema.optional(),
  yearTo: YearSchema.optional(),
  basis: MarketBasisSchema.optional(),
});
export type MarketQuery = z.infer<typeof MarketQuerySchema>;

const share = z.number().min(0).max(1).nullable();
const shareOf = (what: string) =>
  share.describe(`share 0–1 of ${what}; null below the minimum group size`);

export const PayQuartilesSchema = z
  .object({
    count: z.number().int().describe('items stating a pay'),
    p25: z.number().nullable(),
    p50: z.number().nullable(),
    p75: z.number().nullable(),
  })
  .describe(
    'posted pay, yearly EUR gross (range midpoints); percentiles null below the minimum group size',
  );

const PlaceSchema = z.object({
  place: z.string().describe('the city, or the country when no city is known'),
  country: z.string().nullable(),
  city: z.string().nullable(),
  postings: z.number().int(),
  pay: PayQuartilesSchema,
});

export const MarketResponseSchema = z.object({
  basis: MarketBasisSchema,
  filter: z.record(z.string(), z.union([z.string(), z.number()])),
  minGroupSize: z.number().int(),
  postings: z.number().int().describe('postings (or records) matching the filter, each once'),
  sources: z.array(z.object({ id: z.string(), postings: z.number().int() })),
  dateRange: z.object({ from: z.string(), to: z.string() }).nullable(),
  withPay: shareOf('postings stating a pay'),
  withPayCount: z.number().int(),
  remoteShare: shareOf('postings offering full remote work'),
  remoteCount: z.number().int(),
  hybridShare: shareOf('postings offering hybrid work'),
  hybridCount: z.number().int(),
  aiShare: shareOf('postings mentioning AI (postings only)'),
  aiCount: z.number().int(),
  pay: PayQuartilesSchema,
  months: z.array(
    z.object({
      month: z.string().describe('YYYY-MM'),
      postings: z.number().int(),
      withPay: z.number().int(),
    }),
  ),
  years: z.array(
    z.object({
      year: z.number().int(),
      postings: z.number().int(),
      remoteShare: share,
      hybridShare: share,
      pay: PayQuartilesSchema,
    }),
  ),
  remoteByCountry: z.array(
    z.object({
      year: z.number().int(),
      country: z.string().nullable(),
      postings: z.number().int(),
      remoteShare: share,
      hybridShare: share,
    }),
  ),
  aiByRole: z.array(
    z.object({
      role: z.string().nullable(),
      postings: z.number().int(),
      mentionsAi: z.number().int(),
      share,
    }),
  ),
  payByQuarter: z.array(PayQuartilesSchema.extend({ quarter: z.string().describe('YYYY-Qn') })),
  payChange: z
    .array(
      z.object({
        year: z.number().int(),
        previousYear: z.number().int(),
        change: z
          .number()
          .nullable()
          .describe(
            'like-for-like: cells (role × place) in both years, weighted by the earlier year',
          ),
        cells: z.number().int(),
        postings: z.number().int(),
        rawChange: z
          .number()
          .nullable()
          .describe('change of the overall median, mix effects included'),
      }),
    )
    .describe('year-on-year change of posted pay'),
  contracts: z.array(
    z.object({
      contract: z
        .string()
        .nullable()
        .describe(
          'permanent (CDI), fixed-term (CDD), freelance, apprenticeship, internship, other; records: employee, freelance, internship; null: not stated',
        ),
      postings: z.number().int(),
      share,
    }),
  ),
  sectors: z.array(z.object({ sector: z.string().nullable(), postings: z.number().int() })),
  companySizes: z.array(
    z.object({ companySize: z.string().nullable(), postings: z.number().int() }),
  ),
  places: z.array(PlaceSchema).describe('hubs by postings, most first'),
  placesByPay: z.array(PlaceSchema).describe('hubs by median posted pay, highest first'),
  notes: z.array(z.object({ step: z.string(), detail: z.string() })),
});
export type MarketResponse = z.infer<typeof MarketResponseSchema>;

export const MarketFactSchema = z.object({
  kind: z.enum(['share', 'count', 'hubs']),
  subject: z.string().describe('what the figure is about: remote, postings, hubs'),
  value: z.number().nullable().describe('share 0–1 or count; null for hubs'),
  approximate: z.boolean().describe('stated as "close to", "about", …'),
  places: z.array(z.string()).describe('hubs named, in order'),
  role: z.string().nullable().describe('the job the figure is about, when the text names one'),
  period: z.string().nullable().describe('YYYY-MM or YYYY the figure describes, when stated'),
  sourceId: z.string(),
  sourceTitle: z.string(),
  evidence: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
});
export type MarketFact = z.infer<typeof MarketFactSchema>;

export const MarketFactsResponseSchema = z.object({ items: z.array(MarketFactSchema) });
export type MarketFactsResponse = z.infer<typeof MarketFactsResponseSchema>;
