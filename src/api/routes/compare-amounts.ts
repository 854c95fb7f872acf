import { CompareAmountsQuerySchema, CompareAmountsResponseSchema } from '../../contract/index.ts';
import { compareAmounts } from '../../service/index.ts';
import { defineRoute } from '../route.ts';

export const compareAmountsRoute = defineRoute({
  method: 'get',
  path: '/api/compare/amounts',
  summary:
    'Stated amounts of several countries side by side: nominal at the ECB rate of the date and purchasing-power adjusted',
  tags: ['normalize'],
  query: CompareAmountsQuerySchema.strict(),
  response: CompareAmountsResponseSchema,
  handler: async ({ query }, ctx) => compareAmounts(ctx, query),
});
