/** Which pending contributions a publication releases: per cohort, only a batch of at least
 * `minBatch` (the privacy threshold k) new ones from at least k different senders, so that
 * figures never change by fewer than k contributions from one publication to the next, and one
 * sender cannot make up a batch around somebody else's value. Contributions whose batch an erasure
 * withdrew go out again only with k new ones (else the erased one would show as the
 * difference between before the erasure and after the re-release). */
import { cohortKey, type StoredContribution } from './contribution.ts';

export interface PublicationPlan {
  /** Each released batch: its cohort and the ids it publishes. */
  readonly batches: readonly { readonly cohort: string; readonly ids: readonly string[] }[];
  /** Cohorts still waiting for k new contributions from k senders: how many new ones they
   * hold, from how many senders, and how many an erasure withdrew (these wait for k new ones). */
  readonly waiting: readonly {
    readonly cohort: string;
    readonly count: number;
    readonly senders: number;
    readonly withdrawn: number;
  }[];
}

/** Different senders among contributions; one of unknown sender (null) counts as its own. */
function sendersOf(ids: readonly string[], submitterOf: (id: string) => string | null): number {
  const keys = new Set<string>();
  let unknown = 0;
  for (const id of ids) {
    const key = submitterOf(id);
    if (key === null) unknown += 1;
    else keys.add(key);
  }
  return keys.size + unknown;
}

export function planPublication(
  pending: readonly StoredContribution[],
  minBatch: number,
  submitterOf: (id: string) => string | null = () => null,
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
  const waiting: { cohort: string; count: number; senders: number; withdrawn: number }[] = [];
  for (const [cohort, g] of [...byCohort].sort(([a], [b]) => a.localeCompare(b))) {
    const senders = sendersOf(g.fresh, submitterOf);
    if (g.fresh.length >= minBatch && senders >= minBatch)
      batches.push({ cohort, ids: [...g.fresh, ...g.withdrawn].sort() });
    else waiting.push({ cohort, count: g.fresh.length, senders, withdrawn: g.withdrawn.length });
  }
  return { batches, waiting };
}
