import { PanoramaQuerySchema, PanoramaResponseSchema } from '../../contract/index.ts';
import { computePanorama } from '../../service/index.ts';
import { defineRoute } from '../route.ts';

export const panoramaRoute = defineRoute({
  method: 'get',
  path: '/api/panorama',
  summary: 'Pay of every role by seniority level, in one call',
  tags: ['statistics'],
  query: PanoramaQuerySchema.strict(),
  response: PanoramaResponseSchema,
  cached: true,
  handler: ({ query }, ctx) => computePanorama(ctx, query),
});
