import { StatsQuerySchema, StatsResponseSchema } from '../../contract/index.ts';
import { computeStats } from '../../service/index.ts';
import { defineRoute } from '../route.ts';

export const statsRoute = defineRoute({
  method: 'get',
  path: '/api/stats',
  summary: 'Salary distribution for a filter',
  description:
    'Count, distinct sources, p10–p90, min and max of yearly gross base pay (by default) for any combination of filters, in the requested currency and period. Groups below the minimum group size show only their count.',
  tags: ['statistics'],
  query: StatsQuerySchema.strict(),
  response: StatsResponseSchema,
  handler: ({ query }, ctx) => computeStats(ctx, query),
});
