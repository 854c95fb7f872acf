/** Where a feed's ingestion stopped (`feed_cursors`, migration 002). */
export const feedCursorQuery = 'SELECT cursor_value FROM feed_cursors WHERE feed = $1';

export const saveFeedCursorQuery = `INSERT INTO feed_cursors (feed, cursor_value, updated_at)
VALUES ($1, $2, CAST($3 AS TIMESTAMP))
ON CONFLICT (feed) DO UPDATE SET cursor_value = excluded.cursor_value, updated_at = excluded.updated_at`;
