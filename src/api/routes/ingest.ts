import { IngestRequestSchema, IngestResponseSchema } from '../../contract/index.ts';
import { ingestDocuments } from '../../service/index.ts';
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
