import {
  MarketFactsResponseSchema,
  MarketQuerySchema,
  MarketResponseSchema,
} from '../../contract/index.ts';
import { computeMarket, listMarketFacts } from '../../service/index.ts';
import { defineRoute } from '../route.ts';

export const marketRoute = defineRoute({
  method: 'get',
  path: '/api/market',
  summary: 'The job market for a filter: postings, remote share, contracts, hubs, posted pay',
  description:
    'Counts each job posting once (reposts share one id): postings per month, share with a posted pay, remote share (full remote; hybrid apart), AI-mention share per role, contract mix, sectors and company sizes, hubs by postings and by posted pay, posted pay by quarter and its like-for-like year-on-year change. With no posting feed for the filter, the figures come from the bundled dataset records (`basis: records`). Shares and pay of groups below the minimum group size are null; their counts are shown.',
  tags: ['market'],
  query: MarketQuerySchema.strict(),
  response: MarketResponseSchema,
  cached: true,
  handler: ({ query }, ctx) => computeMarket(ctx, query),
});

export const marketFactsRoute = defineRoute({
  method: 'get',
  path: '/api/market/facts',
  summary: 'Market figures published by articles (shares, counts, hubs), with their source',
  description:
    'Stated shares ("close to a quarter of postings offer remote work"), counts ("about 250 job offers in October 2025") and hubs named in a list, read from the bundled articles: figures and character offsets only, each naming its source.',
  tags: ['market'],
  response: MarketFactsResponseSchema,
  cached: true,
  handler: (_input, ctx) => listMarketFacts(ctx),
});
