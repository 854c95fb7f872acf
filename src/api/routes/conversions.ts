import {
  CompareQuerySchema,
  CompareResponseSchema,
  ConvertQuerySchema,
  ConvertResponseSchema,
  FreelanceQuerySchema,
  FreelanceResponseSchema,
} from '../../contract/index.ts';
import { compare, convert, freelance } from '../../service/index.ts';
import { defineRoute } from '../route.ts';

export const convertRoute = defineRoute({
  method: 'get',
  path: '/api/convert',
  summary:
    'Convert an amount: currency at the dated ECB rate, period, gross ↔ net (France), with its trace',
  tags: ['normalize'],
  query: ConvertQuerySchema.strict(),
  response: ConvertResponseSchema,
  handler: async ({ query }, ctx) => convert(ctx, query),
});

export const freelanceRoute = defineRoute({
  method: 'get',
  path: '/api/freelance',
  summary:
    'Freelance ↔ employee: a TJM → revenue, net and equivalent gross salary; or a salary → the TJM',
  tags: ['normalize'],
  query: FreelanceQuerySchema.strict(),
  response: FreelanceResponseSchema,
  handler: async ({ query }, ctx) => freelance(ctx, query),
});

export const compareRoute = defineRoute({
  method: 'get',
  path: '/api/compare',
  summary: "One role's median pay across countries: nominal, purchasing-power adjusted and net",
  tags: ['normalize'],
  query: CompareQuerySchema.strict(),
  response: CompareResponseSchema,
  handler: ({ query }, ctx) => compare(ctx, query),
});
