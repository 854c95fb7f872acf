/** Contributions of the given statuses, oldest first: the moderator's queue. */
import { CONTRIBUTION_SELECT } from './contribution-columns.ts';

export function contributionListQuery(statuses: readonly string[]): string {
  const placeholders = statuses.map((_, i) => `$${i + 1}`).join(', ');
  return `SELECT ${CONTRIBUTION_SELECT} FROM contributions
WHERE status IN (${placeholders})
ORDER BY submitted_on, id
LIMIT $${statuses.length + 1}`;
}

export const CONTRIBUTION_TOKEN_HASH = 'SELECT delete_token_hash FROM contributions WHERE id = $1';
