/** The admin API answers only with `Authorization: Bearer $FOURCHETTE_ADMIN_TOKEN`; with no
 * token configured it is off. */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function bearerToken(authorization: string | null): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return m?.[1] ?? null;
}

export function requireAdmin(ctx: AppContext, authorization: string | null): void {
  const expected = ctx.config.adminToken;
  if (!expected)
    throw new AppError(
      'admin-off',
      404,
      'the admin API is off (set FOURCHETTE_ADMIN_TOKEN on the server to turn it on)',
    );
  const given = bearerToken(authorization);
  if (!given || !timingSafeEqual(digest(given), digest(expected)))
    throw new AppError(
      'unauthorized',
      401,
      'admin routes need Authorization: Bearer <FOURCHETTE_ADMIN_TOKEN>',
    );
}
