import {
  FranceTravailIngestSchema,
  FranceTravailReportSchema,
  IngestRequestSchema,
  IngestResponseSchema,
  PostingFeedPartSchema,
  PostingFeedReportSchema,
} from '../../contract/index.ts';
import { ingestDocuments, ingestFranceTravail, ingestPostingPart } from '../../service/index.ts';
import { defineRoute } from '../route.ts';

export const ingestRoute = defineRoute({
  method: 'post',
  path: '/api/ingest',
  summary:
    'Store the pay facts of texts (loopback callers only: `fourchette ingest` beside a server)',
  description:
    'The route `fourchette ingest` hands its files to while a server holds the store. Answers 403 to any caller that is not on this machine (127.0.0.1 or ::1).',
  tags: ['ingest'],
  loopbackOnly: true,
  body: IngestRequestSchema.strict(),
  response: IngestResponseSchema,
  handler: ({ body }, ctx) => ingestDocuments(ctx, body),
});

export const ingestPostingsRoute = defineRoute({
  method: 'post',
  path: '/api/ingest/postings',
  summary:
    'Store a part of a job-posting feed file (loopback callers only: `fourchette ingest FILE.jsonl` beside a server)',
  description:
    "Whole lines of a JSON Lines feed (or a whole CSV or HTML feed), in order, each part after the records of the earlier ones (`firstRecord`: the sum of their `records`); the feed's resume cursor is the one `fourchette ingest` keeps in process. The body is limited to 4 MB like every API body. Answers 403 to any caller that is not on this machine (127.0.0.1 or ::1), 400 to a part sent out of order.",
  tags: ['ingest'],
  loopbackOnly: true,
  body: PostingFeedPartSchema.strict(),
  response: PostingFeedReportSchema,
  handler: ({ body }, ctx) => ingestPostingPart(ctx, body),
});

export const ingestFranceTravailRoute = defineRoute({
  method: 'post',
  path: '/api/ingest/france-travail',
  summary:
    'Read the France Travail offers API into the store (loopback callers only: `fourchette ingest --france-travail` beside a server)',
  description:
    "The offers of the given ROME codes created in the window, each code a resumable feed, with the caller's francetravail.io credentials (used for this ingest, never stored). The API's addresses are the server's (FRANCE_TRAVAIL_TOKEN_URL, FRANCE_TRAVAIL_API_URL). Answers 403 to any caller that is not on this machine.",
  tags: ['ingest'],
  loopbackOnly: true,
  body: FranceTravailIngestSchema.strict(),
  response: FranceTravailReportSchema,
  handler: async ({ body }, ctx) => {
    const report = await ingestFranceTravail(ctx, {
      ...(body.since ? { since: body.since } : {}),
      ...(body.until ? { until: body.until } : {}),
      ...(body.rome ? { romeCodes: body.rome } : {}),
      credentials: { clientId: body.clientId, clientSecret: body.clientSecret },
    });
    return {
      feeds: report.feeds.map((f) => ({
        ...f,
        bad: f.bad.map((b) => ({ line: b.line, message: b.message })),
      })),
      retries: report.retries,
      truncated: [...report.truncated],
    };
  },
});
