/** Ids, delete tokens and fingerprints of contributions. Only a SHA-256 of the token is stored;
 * tokens are compared in constant time. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newContributionId(): string {
  return `c_${randomBytes(12).toString('base64url')}`;
}

/** 32 random bytes, base64url (43 characters). */
export function newDeleteToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** True when `token` hashes to `storedHash` (both compared as fixed-length digests). */
export function tokenMatches(token: string, storedHash: string): boolean {
  const a = Buffer.from(sha256Hex(token), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The sender of a contribution as an opaque key: a publication counts the different senders
 * of a batch, so that one client cannot make a cohort of k on its own. */
export function contributionSubmitter(client: string): string {
  return sha256Hex(`submitter\n${client}`);
}

/** Same client, same figures: the same fingerprint (a resubmission is stored once). */
export function contributionFingerprint(client: string, fields: object): string {
  return sha256Hex(`${client}\n${JSON.stringify(fields)}`);
}
