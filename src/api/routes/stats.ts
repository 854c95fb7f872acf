import {
  DistributionQuerySchema,
  DistributionResponseSchema,
  StatsQuerySchema,
  StatsResponseSchema,
} from '../../contract/index.ts';
import { computeDistribution, computeStats } from '../../service/index.ts';
import { defineRoute } from '../route.ts';

export const statsRoute = defineRoute({
  method: 'get',
  path: '/api/stats',
  summary: 'Salary distribution for a filter',
  description:
    'Count, distinct sources, p10–p90, min and max of yearly gross base pay (by default) for any combination of filters, in the requested currency and period. Groups below the minimum group size show only their count. Percentiles are exact for groups up to 50 000 observations, within 0.25% up to 200 000, and estimated from a fixed 1-in-16 sample above; `conversions` says which.',
  tags: ['statistics'],
  query: StatsQuerySchema.strict(),
  response: StatsResponseSchema,
  cached: true,
  handler: ({ query }, ctx) => computeStats(ctx, query),
});

export const distributionRoute = defineRoute({
  method: 'get',
  path: '/api/distribution',
  summary: 'Distribution of pay for a filter, as bars for a chart',
  description: 'The same filters as /api/stats; no bars for groups below the minimum group size.',
  tags: ['statistics'],
  query: DistributionQuerySchema.strict(),
  response: DistributionResponseSchema,
  cached: true,
  handler: ({ query }, ctx) => computeDistribution(ctx, query),
});
