/** The PostgreSQL queue of posting jobs (chunks of JSON Lines) that ingest workers share: a
 * job is claimed with FOR UPDATE SKIP LOCKED inside a transaction that deletes it once done,
 * so a worker that dies gives its job back, and two workers never take the same one. */
export const CREATE_POSTING_QUEUE = `CREATE TABLE IF NOT EXISTS posting_queue (
  id bigserial PRIMARY KEY,
  feed text NOT NULL,
  source_id text NOT NULL,
  lines text NOT NULL,
  enqueued_at timestamp NOT NULL DEFAULT now()
)`;

export const ENQUEUE_POSTING_JOBS = `INSERT INTO posting_queue (feed, source_id, lines)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`;

export const CLAIM_POSTING_JOB = `DELETE FROM posting_queue
WHERE id = (SELECT id FROM posting_queue ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1)
RETURNING id, feed, source_id, lines`;

export const COUNT_POSTING_JOBS = 'SELECT count(*) AS n FROM posting_queue';
