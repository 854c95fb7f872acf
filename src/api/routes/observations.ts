import { ObservationsQuerySchema, ObservationsResponseSchema } from '../../contract/index.ts';
import { listObservations } from '../../service/index.ts';
import { defineRoute } from '../route.ts';

export const observationsRoute = defineRoute({
  method: 'get',
  path: '/api/observations',
  summary: 'Observations behind the figures, paged, with provenance',
  tags: ['observations'],
  query: ObservationsQuerySchema.strict(),
  response: ObservationsResponseSchema,
  handler: ({ query }, ctx) => listObservations(ctx, query),
});
