/** A resubmission is found by its fingerprint among the contributions not yet published. */
export const FIND_UNPUBLISHED_BY_FINGERPRINT = `SELECT id, status FROM contributions
WHERE fingerprint = $1 AND status IN ('pending', 'held')`;

export { INSERT_CONTRIBUTION, contributionValues } from './contribution-columns.ts';
