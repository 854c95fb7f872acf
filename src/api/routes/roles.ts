import {
  ClassifyQuerySchema,
  ClassifyResponseSchema,
  RoleGuideQuerySchema,
  RoleGuideResponseSchema,
  RoleParamsSchema,
  RolesResponseSchema,
} from '../../contract/index.ts';
import { classify, listRoleSummaries, roleGuide } from '../../service/index.ts';
import { defineRoute } from '../route.ts';

export const rolesRoute = defineRoute({
  method: 'get',
  path: '/api/roles',
  summary: 'Every canonical role with its names, missions and observation count',
  tags: ['roles'],
  response: RolesResponseSchema,
  handler: (_input, ctx) => listRoleSummaries(ctx),
});

export const roleGuideRoute = defineRoute({
  method: 'get',
  path: '/api/roles/:id',
  summary: 'A role guide (fiche métier) with live pay figures by level and country',
  tags: ['roles'],
  params: RoleParamsSchema,
  query: RoleGuideQuerySchema.strict(),
  response: RoleGuideResponseSchema,
  handler: ({ params, query }, ctx) => roleGuide(ctx, params.id, query),
});

export const classifyRoute = defineRoute({
  method: 'get',
  path: '/api/classify',
  summary:
    'A job title (and optionally its text) → canonical role, confidence, level and deciding missions',
  tags: ['roles'],
  query: ClassifyQuerySchema.strict(),
  response: ClassifyResponseSchema,
  handler: async ({ query }) => classify(query.title, query.text),
});
