/** Which pending contributions a publication releases: per cohort, only a batch of at least
 * `minBatch` (the privacy threshold k) new ones, so that figures never change by fewer than k
 * contributions from one publication to the next. Contributions whose batch an erasure
 * withdrew go out again only with k new ones (else the erased one would show as the
 * difference between before the erasure and after the re-release). */
import { cohortKey, type StoredContribution } from './contribution.ts';

export interface PublicationPlan {
  /** Each released batch: its cohort and the ids it publishes. */
  readonly batches: readonly { readonly cohort: string; readonly ids: readonly string[] }[];
  /** Cohorts still waiting for k new contributions: how many new ones they hold, and how many
   * an erasure withdrew (these wait for k new ones). */
  readonly waiting: readonly {
    readonly cohort: string;
    readonly count: number;
    readonly withdrawn: number;
  }[];
}

export function planPublication(
  pending: readonly StoredContribution[],
  minBatch: number,
): PublicationPlan {
  const byCohort = new Map<string, { fresh: string[]; withdrawn: string[] }>();
  for (const c of pending) {
    if (c.status !== 'pending') continue;
    const key = cohortKey(c);
    const group = byCohort.get(key) ?? { fresh: [], withdrawn: [] };
    (c.withdrawnOn ? group.withdrawn : group.fresh).push(c.id);
    byCohort.set(key, group);
  }
  const batches: { cohort: string; ids: string[] }[] = [];
  const waiting: { cohort: string; count: number; withdrawn: number }[] = [];
  for (const [cohort, g] of [...byCohort].sort(([a], [b]) => a.localeCompare(b))) {
    if (g.fresh.length >= minBatch)
      batches.push({ cohort, ids: [...g.fresh, ...g.withdrawn].sort() });
    else waiting.push({ cohort, count: g.fresh.length, withdrawn: g.withdrawn.length });
  }
  return { batches, waiting };
}
