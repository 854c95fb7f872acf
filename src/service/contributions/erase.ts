/** DELETE /api/contributions/{id} with the delete token: erased everywhere (right to erasure).
 * A wrong or missing token gets 403 and changes nothing; an unknown id 404. */
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { tokenMatches } from './tokens.ts';

export async function eraseContribution(
  ctx: AppContext,
  id: string,
  token: string | null,
): Promise<{ id: string; erased: true }> {
  const hash = await ctx.store.contributionTokenHash(id);
  if (hash === null)
    throw new AppError('not-found', 404, `no contribution ${id} (erased already, or never stored)`);
  if (!token || !tokenMatches(token, hash))
    throw new AppError(
      'forbidden',
      403,
      'the delete token does not match (send the token given at submission as Authorization: Bearer <token>)',
    );
  await ctx.store.deleteContribution(
    id,
    ['pending', 'held', 'published'],
    new Date().toISOString().slice(0, 10),
  );
  return { id, erased: true };
}
