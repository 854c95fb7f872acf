import { EstimateQuerySchema, EstimateResponseSchema } from '../../contract/index.ts';
import { computeEstimate } from '../../service/index.ts';
import { defineRoute } from '../route.ts';

export const estimateRoute = defineRoute({
  method: 'get',
  path: '/api/estimate',
  summary:
    'Personal salary estimate: p10–p90 with a factor waterfall, net and day-rate equivalents for France',
  description:
    'Gross base pay for a profile from the estimator fitted on the stored observations (refitted after an ingest). The contributions add up to p50.',
  tags: ['estimate'],
  query: EstimateQuerySchema.strict(),
  response: EstimateResponseSchema,
  handler: ({ query }, ctx) => computeEstimate(ctx, query),
});
