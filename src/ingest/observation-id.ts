/** Deterministic observation ids: the same fact from the same place of the same source always
 * gets the same id, so re-ingesting adds nothing. */
import { createHash } from 'node:crypto';

export function observationId(
  sourceId: string,
  location: string,
  figures: readonly unknown[],
): string {
  const hash = createHash('sha256');
  hash.update(`${sourceId}\u0000${location}\u0000${JSON.stringify(figures)}`);
  return hash.digest('base64url').slice(0, 22);
}
