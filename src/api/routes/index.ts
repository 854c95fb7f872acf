/** Every route of the API, in the order of the OpenAPI document. */
import type { AnyRoute } from '../route.ts';
import { compareAmountsRoute } from './compare-amounts.ts';
import { compareRoute, convertRoute, freelanceRoute } from './conversions.ts';
import { estimateRoute } from './estimate.ts';
import { extractRoute } from './extract.ts';
import { healthRoute } from './health.ts';
import { marketFactsRoute, marketRoute } from './market.ts';
import { ingestFranceTravailRoute, ingestPostingsRoute, ingestRoute } from './ingest.ts';
import { observationsRoute } from './observations.ts';
import { panoramaRoute } from './panorama.ts';
import { classifyRoute, roleGuideRoute, rolesRoute } from './roles.ts';
import { sourcesRoute } from './sources.ts';
import { distributionRoute, statsRoute } from './stats.ts';
import { eraseContributionRoute, submitContributionRoute } from './contributions.ts';
import {
  adminApproveRoute,
  adminImportRoute,
  adminListRoute,
  adminPublishRoute,
  adminRejectRoute,
} from './admin-contributions.ts';

export const routes: readonly AnyRoute[] = [
  healthRoute,
  statsRoute,
  distributionRoute,
  panoramaRoute,
  marketRoute,
  marketFactsRoute,
  observationsRoute,
  sourcesRoute,
  rolesRoute,
  roleGuideRoute,
  classifyRoute,
  estimateRoute,
  convertRoute,
  freelanceRoute,
  compareRoute,
  compareAmountsRoute,
  extractRoute,
  ingestRoute,
  ingestPostingsRoute,
  ingestFranceTravailRoute,
  submitContributionRoute,
  eraseContributionRoute,
  adminListRoute,
  adminApproveRoute,
  adminRejectRoute,
  adminPublishRoute,
  adminImportRoute,
];

export {
  adminApproveRoute,
  adminImportRoute,
  adminListRoute,
  adminPublishRoute,
  adminRejectRoute,
  classifyRoute,
  compareAmountsRoute,
  compareRoute,
  convertRoute,
  distributionRoute,
  estimateRoute,
  extractRoute,
  freelanceRoute,
  healthRoute,
  ingestFranceTravailRoute,
  ingestPostingsRoute,
  ingestRoute,
  marketFactsRoute,
  marketRoute,
  observationsRoute,
  panoramaRoute,
  roleGuideRoute,
  rolesRoute,
  sourcesRoute,
  statsRoute,
};
