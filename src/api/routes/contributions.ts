import {
  ContributionBodySchema,
  ContributionCreatedSchema,
  ContributionErasedSchema,
  ContributionIdParamsSchema,
} from '../../contract/index.ts';
import { bearerToken, eraseContribution, submitContribution } from '../../service/index.ts';
import { defineRoute } from '../route.ts';

export const submitContributionRoute = defineRoute({
  method: 'post',
  path: '/api/contributions',
  summary: 'Contribute your salary, anonymously',
  description:
    'No name, e-mail, employer or free text is stored (a job title is classified to a role and dropped). Answers 201 with the id, a delete token (keep it: only its hash is stored) and the status: pending (counted at the next publication, in batches of at least the minimum group size per cohort) or held (unusual for the profile: a moderator looks first). Every wrong field is named in one 400. The same client sending the same figures again gets 200 and the first id. At most FOURCHETTE_CONTRIBUTIONS_PER_HOUR a client an hour (429 with Retry-After).',
  tags: ['contributions'],
  body: ContributionBodySchema,
  // The service checks the body itself, to name every wrong field at once.
  checksBody: true,
  response: ContributionCreatedSchema,
  status: (r) => (r.duplicate ? 200 : 201),
  rateLimited: true,
  handler: ({ body, request }, ctx) => submitContribution(ctx, body, { client: request.client }),
});

export const eraseContributionRoute = defineRoute({
  method: 'delete',
  path: '/api/contributions/:id',
  summary: 'Erase your contribution (right to erasure)',
  description:
    'With Authorization: Bearer <deleteToken>: removes it and its part in every published figure. A wrong token gets 403 and changes nothing.',
  tags: ['contributions'],
  params: ContributionIdParamsSchema,
  response: ContributionErasedSchema,
  handler: ({ params, request }, ctx) =>
    eraseContribution(ctx, params.id, bearerToken(request.authorization)),
});
