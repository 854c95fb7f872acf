/** Which pending contributions a publication releases: per cohort, only a batch of at least
 * `minBatch` (the privacy threshold k), so that figures never change by fewer than k
 * contributions from one publication to the next. */
import { cohortKey, type StoredContribution } from './contribution.ts';

export interface PublicationPlan {
  /** Each released batch: its cohort and the ids it publishes. */
  readonly batches: readonly { readonly cohort: string; readonly ids: readonly string[] }[];
  /** Cohorts still waiting for enough contributions, with how many they hold. */
  readonly waiting: readonly { readonly cohort: string; readonly count: number }[];
}

export function planPublication(
  pending: readonly StoredContribution[],
  minBatch: number,
): PublicationPlan {
  const byCohort = new Map<string, string[]>();
  for (const c of pending) {
    if (c.status !== 'pending') continue;
    const key = cohortKey(c);
    byCohort.set(key, [...(byCohort.get(key) ?? []), c.id]);
  }
  const batches: { cohort: string; ids: string[] }[] = [];
  const waiting: { cohort: string; count: number }[] = [];
  for (const [cohort, ids] of [...byCohort].sort(([a], [b]) => a.localeCompare(b))) {
    if (ids.length >= minBatch) batches.push({ cohort, ids: [...ids].sort() });
    else waiting.push({ cohort, count: ids.length });
  }
  return { batches, waiting };
}
