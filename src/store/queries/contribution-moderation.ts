/** A moderator's decision on one contribution: approve (held → pending) or reject (erased). */
export const APPROVE_CONTRIBUTION = `UPDATE contributions SET status = 'pending', held_reason = NULL
WHERE id = $1 AND status = 'held'`;

export const CONTRIBUTION_STATUS = 'SELECT status, atom_id FROM contributions WHERE id = $1';
