import { ExtractRequestSchema, ExtractResponseSchema } from '../../contract/index.ts';
import { readText } from '../../service/index.ts';
import { defineRoute } from '../route.ts';

export const extractRoute = defineRoute({
  method: 'post',
  path: '/api/extract',
  summary:
    'Read a text (job ad, article, HTML): every pay fact with its offsets and yearly EUR value',
  tags: ['extract'],
  body: ExtractRequestSchema.strict(),
  response: ExtractResponseSchema,
  handler: async ({ body }, ctx) => readText(ctx, body),
});
