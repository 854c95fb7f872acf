import { HealthResponseSchema } from '../../contract/index.ts';
import { defineRoute } from '../route.ts';

export const healthRoute = defineRoute({
  method: 'get',
  path: '/health',
  summary: 'Liveness and store status',
  tags: ['meta'],
  response: HealthResponseSchema,
  handler: async (_input, ctx) => ({
    status: 'ok' as const,
    store: ctx.store.kind,
    observations: await ctx.store.countObservations(),
  }),
});
