/** /api/admin/contributions/…: only with Authorization: Bearer $FOURCHETTE_ADMIN_TOKEN (off
 * when unset). The same service functions as `fourchette contributions …`. */
import { z } from 'zod';
import {
  AdminDecisionSchema,
  AdminListQuerySchema,
  AdminListResponseSchema,
  ContributionIdParamsSchema,
  ImportBodySchema,
  ImportResponseSchema,
  PublishResponseSchema,
} from '../../contract/index.ts';
import {
  approveContribution,
  importContributions,
  listForModeration,
  publishContributions,
  rejectContribution,
  requireAdmin,
} from '../../service/index.ts';
import { defineRoute } from '../route.ts';

const tags = ['admin'];

export const adminListRoute = defineRoute({
  method: 'get',
  path: '/api/admin/contributions',
  summary: 'The moderation queue (held and pending by default)',
  tags,
  query: AdminListQuerySchema,
  response: AdminListResponseSchema,
  handler: ({ query, request }, ctx) => {
    requireAdmin(ctx, request.authorization);
    return listForModeration(ctx, query);
  },
});

export const adminApproveRoute = defineRoute({
  method: 'post',
  path: '/api/admin/contributions/:id/approve',
  summary: 'Approve a held contribution (it waits for the next publication)',
  tags,
  params: ContributionIdParamsSchema,
  response: AdminDecisionSchema,
  handler: ({ params, request }, ctx) => {
    requireAdmin(ctx, request.authorization);
    return approveContribution(ctx, params.id);
  },
});

export const adminRejectRoute = defineRoute({
  method: 'post',
  path: '/api/admin/contributions/:id/reject',
  summary: 'Reject a held or pending contribution (it is erased)',
  tags,
  params: ContributionIdParamsSchema,
  response: AdminDecisionSchema,
  handler: ({ params, request }, ctx) => {
    requireAdmin(ctx, request.authorization);
    return rejectContribution(ctx, params.id);
  },
});

export const adminPublishRoute = defineRoute({
  method: 'post',
  path: '/api/admin/contributions/publish',
  summary: 'Release the pending contributions into the statistics, in one batch',
  description:
    'Each cohort (role, level, country, employment, basis, currency) is released only with at least the minimum group size of pending contributions; smaller ones wait.',
  tags,
  body: z.object({}).strict(),
  response: PublishResponseSchema,
  handler: ({ request }, ctx) => {
    requireAdmin(ctx, request.authorization);
    return publishContributions(ctx);
  },
});

export const adminImportRoute = defineRoute({
  method: 'post',
  path: '/api/admin/contributions/import',
  summary: "Store an operator's CSV of contributions (a survey, say)",
  description:
    'Each row is checked and stored as if sent through POST /api/contributions; rows with errors are reported, the others kept. Each row counts as a sender of its own.',
  tags,
  body: ImportBodySchema,
  response: ImportResponseSchema,
  handler: ({ body, request }, ctx) => {
    requireAdmin(ctx, request.authorization);
    return importContributions(ctx, body.csv, body.name);
  },
});
