/** The admin API answers only with `Authorization: Bearer $FOURCHETTE_ADMIN_TOKEN`, or with the
 * data folder's moderator key: a random key the running server writes in `<dataDir>/moderator.key`,
 * readable by the folder's owner alone, so that `fourchette contributions …` on that folder can
 * moderate through the server that holds the store. With neither, it is off. */
import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

export const MODERATOR_KEY_FILE = 'moderator.key';

/** Writes a new moderator key for the folder (owner-only), or null when the folder is not
 * writable (a read-only store is not moderated). */
export function writeModeratorKey(dataDir: string): string | null {
  const key = randomBytes(32).toString('base64url');
  const path = join(dataDir, MODERATOR_KEY_FILE);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(temporary, `${key}\n`, { mode: 0o600 });
    chmodSync(temporary, 0o600);
    renameSync(temporary, path);
    return key;
  } catch {
    rmSync(temporary, { force: true });
    return null;
  }
}

/** The folder's moderator key, if a server wrote one and this process may read it. */
export function readModeratorKey(dataDir: string): string | null {
  try {
    return readFileSync(join(dataDir, MODERATOR_KEY_FILE), 'utf8').trim() || null;
  } catch {
    return null;
  }
}

/** Removes the key if it is still `key` (another server may have written its own since). */
export function removeModeratorKey(dataDir: string, key: string): void {
  if (readModeratorKey(dataDir) === key) rmSync(join(dataDir, MODERATOR_KEY_FILE), { force: true });
}

const same = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

export function bearerToken(authorization: string | null): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return m?.[1] ?? null;
}

export function requireAdmin(ctx: AppContext, authorization: string | null): void {
  const token = ctx.config.adminToken;
  // Read at each call: it changes when a server starts on the folder (admin calls are rare).
  const key = readModeratorKey(ctx.config.dataDir);
  if (!token && !key)
    throw new AppError(
      'admin-off',
      404,
      'the admin API is off (set FOURCHETTE_ADMIN_TOKEN on the server to turn it on)',
    );
  const given = bearerToken(authorization);
  if (!given || !((token && same(given, token)) || (key && same(given, key))))
    throw new AppError(
      'unauthorized',
      401,
      'admin routes need Authorization: Bearer <FOURCHETTE_ADMIN_TOKEN>',
    );
}
