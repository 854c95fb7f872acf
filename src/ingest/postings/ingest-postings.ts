/**
 * read → normalize → dedupe (same source and identifier; reposts) → save, for a feed of job
 * postings, in batches. Resumable: after each batch the feed's cursor (records consumed) is
 * saved, and a rerun skips what it covers. Idempotent: ids are deterministic and every write
 * skips what is stored, and each batch writes observations, then sightings, then the cursor,
 * so a run killed anywhere loses nothing and a rerun duplicates nothing. Batches hold
 * `batchSize` records: a write costs what its own rows cost, whatever is stored
 * (docs/decisions/2026-12-01-ingest-scale.md), so memory stays bounded on any feed.
 */
import type { Source } from '../../domain/index.ts';
import type { SalaryStore, StoredObservation, StoredSighting } from '../../store/index.ts';
import type { BadRecord, ReadItem } from './posting-record.ts';
import { postingObservation } from './posting-observation.ts';
import { memoClassifier } from './memo-classifier.ts';
import { RepostIndex } from './repost-index.ts';
import { normalizePosting, type SightingContext } from './to-sighting.ts';

export interface PostingIngestOptions {
  readonly source: Source;
  /** Cursor key of the feed (one per source and file, or per connector query). */
  readonly feed: string;
  readonly context: Omit<SightingContext, 'sourceId' | 'ingestedAt'>;
  readonly shareEvidence?: boolean;
  readonly batchSize?: number;
  /** Ignore the saved cursor and read the feed from its start. */
  readonly fromStart?: boolean;
  readonly now?: () => Date;
  /** A repost index kept across calls (a queue worker's); loaded from the store otherwise. */
  readonly index?: RepostIndex;
  /** Save the feed's cursor after each batch (default true; a queue job is its own cursor). */
  readonly cursor?: boolean;
  readonly onProgress?: (p: { done: number; stored: number; current: string }) => void;
}

export interface PostingIngestReport {
  readonly feed: string;
  readonly sourceId: string;
  /** Records skipped at the start, covered by the saved cursor. */
  readonly resumedAfter: number;
  readonly read: number;
  /** New sightings stored. */
  readonly stored: number;
  /** Sent again (same source and identifier): not stored twice. */
  readonly resent: number;
  /** New sightings recognised as a repost of an earlier posting. */
  readonly reposts: number;
  readonly observations: number;
  readonly bad: readonly BadRecord[];
}

interface Cursor {
  readonly records: number;
}

/** A feed's records; a function is given how many records the cursor covers and starts after
 * them itself (a paged API fetches only the pages it needs). */
export type PostingItems =
  AsyncIterable<ReadItem> | Iterable<ReadItem> | ((resumeAfter: number) => AsyncIterable<ReadItem>);

export async function ingestPostings(
  store: SalaryStore,
  feedItems: PostingItems,
  options: PostingIngestOptions,
): Promise<PostingIngestReport> {
  const batchSize = options.batchSize ?? 2000;
  const now = options.now ?? (() => new Date());
  const cursor = options.cursor ?? true;
  const saved = options.fromStart || !cursor ? null : await store.feedCursor(options.feed);
  const skip = saved ? (JSON.parse(saved) as Cursor).records : 0;
  await store.upsertSources([options.source]);
  const index = options.index ?? new RepostIndex(await store.postingSightingKeys());
  const ctx: SightingContext = {
    ...options.context,
    classify: memoClassifier(options.context.classify),
    sourceId: options.source.id,
    ingestedAt: now().toISOString(),
  };
  const counts = { read: 0, stored: 0, resent: 0, reposts: 0, observations: 0 };
  const bad: BadRecord[] = [];
  const seeks = typeof feedItems === 'function';
  const items = seeks ? feedItems(skip) : feedItems;
  let consumed = seeks ? skip : 0;
  let sightings: StoredSighting[] = [];
  let observations: StoredObservation[] = [];
  let last = '';
  let nextFlush = consumed + batchSize;

  const flush = async () => {
    if (observations.length > 0)
      counts.observations += (await store.insertObservations(observations)).inserted;
    if (sightings.length > 0)
      counts.stored += (await store.insertPostingSightings(sightings)).inserted;
    if (cursor)
      await store.saveFeedCursor(
        options.feed,
        JSON.stringify({ records: consumed } satisfies Cursor),
      );
    options.onProgress?.({ done: consumed, stored: counts.stored, current: last });
    sightings = [];
    observations = [];
  };

  for await (const item of items) {
    consumed += 1;
    if (!seeks && consumed <= skip) continue;
    if ('bad' in item) bad.push(item.bad);
    else {
      counts.read += 1;
      last = item.record.location;
      const p = normalizePosting(item.record, ctx);
      if ('error' in p) bad.push({ line: consumed, message: p.error });
      else if (index.postingOf(p.sighting.id) !== undefined) counts.resent += 1;
      else {
        const postingId = index.assign(p.key);
        const head = postingId === p.sighting.id;
        if (!head) counts.reposts += 1;
        sightings.push({ ...p.sighting, postingId });
        const o = head ? postingObservation(p, options.shareEvidence ?? false) : null;
        if (o) observations.push(o);
      }
    }
    if (consumed >= nextFlush) {
      await flush();
      nextFlush = consumed + batchSize;
    } else if (consumed % batchSize === 0)
      options.onProgress?.({ done: consumed, stored: counts.stored, current: last });
  }
  await flush();
  return { feed: options.feed, sourceId: options.source.id, resumedAfter: skip, ...counts, bad };
}
