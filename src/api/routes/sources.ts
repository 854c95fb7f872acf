import { SourcesResponseSchema } from '../../contract/index.ts';
import { listSources } from '../../service/index.ts';
import { defineRoute } from '../route.ts';

export const sourcesRoute = defineRoute({
  method: 'get',
  path: '/api/sources',
  summary: 'Every source with its licence, observation count and dates',
  tags: ['sources'],
  response: SourcesResponseSchema,
  cached: true,
  handler: (_input, ctx) => listSources(ctx),
});
