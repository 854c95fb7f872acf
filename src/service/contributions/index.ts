export { submitContribution } from './submit.ts';
export { eraseContribution } from './erase.ts';
export {
  CONTRIBUTIONS_SOURCE,
  approveContribution,
  listForModeration,
  publishContributions,
  rejectContribution,
} from './moderate.ts';
export {
  bearerToken,
  MODERATOR_KEY_FILE,
  readModeratorKey,
  removeModeratorKey,
  requireAdmin,
  writeModeratorKey,
} from './admin-access.ts';
export { importContributions } from './import-csv.ts';
