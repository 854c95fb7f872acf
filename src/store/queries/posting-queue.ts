/** The PostgreSQL queue of posting jobs (chunks of JSON Lines) that ingest workers share: a
 * job is claimed with FOR UPDATE SKIP LOCKED inside a transaction that deletes it once done,
 * so a worker that dies gives its job back, and two workers never take the same one. A job's
 * `meta` (JSON) carries what its worker needs to report like an ingest in one process: the
 * source as the user named it, the feed's file name and the lines' numbers in that file. */
export const CREATE_POSTING_QUEUE = [
  `CREATE TABLE IF NOT EXISTS posting_queue (
  id bigserial PRIMARY KEY,
  feed text NOT NULL,
  source_id text NOT NULL,
  lines text NOT NULL,
  enqueued_at timestamp NOT NULL DEFAULT now()
)`,
  // Added after the first queues were made (2026-12-01); null for jobs without it.
  'ALTER TABLE posting_queue ADD COLUMN IF NOT EXISTS meta text',
  // A job's lines live for minutes: stored out of line but not compressed (pglz took more CPU
  // at enqueue and claim than the rest of the queue's statements).
  'ALTER TABLE posting_queue ALTER COLUMN lines SET STORAGE EXTERNAL',
];

/** True when the table is as CREATE_POSTING_QUEUE leaves it: its statements then run no more
 * (each ALTER TABLE would wait for every job a worker holds, and stall the others' claims). */
export const POSTING_QUEUE_READY = `SELECT count(*) = 2 AS ready FROM pg_attribute
WHERE attrelid = to_regclass('posting_queue')
  AND ((attname = 'meta') OR (attname = 'lines' AND attstorage = 'e'))`;

/** One job; several go in one transaction (a feed is queued whole or not at all). */
export const ENQUEUE_POSTING_JOB = `INSERT INTO posting_queue (feed, source_id, lines, meta)
VALUES ($1, $2, $3, $4)`;

/** The next job, of the feed $1 or (null) of any feed. */
export const CLAIM_POSTING_JOB = `DELETE FROM posting_queue
WHERE id = (
  SELECT id FROM posting_queue WHERE $1::text IS NULL OR feed = $1::text
  ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1
)
RETURNING id, feed, source_id, lines, meta`;

export const COUNT_POSTING_JOBS = `SELECT count(*) AS n FROM posting_queue
WHERE $1::text IS NULL OR feed = $1::text`;

/** The jobs of one feed, but those a worker holds (they are deleted when it commits). */
export const DROP_FEED_JOBS = `DELETE FROM posting_queue
WHERE id IN (SELECT id FROM posting_queue WHERE feed = $1 FOR UPDATE SKIP LOCKED)`;
