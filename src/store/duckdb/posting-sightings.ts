/** Posting sightings into DuckDB: appended to a temporary staging table, then moved with one
 * INSERT … SELECT … ON CONFLICT DO NOTHING (a sighting stored already is skipped). */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { InsertResult, StoredSighting } from '../port.ts';
import {
  INSERT_SIGHTINGS_INTO,
  ON_SIGHTING_CONFLICT,
  SIGHTING_COLUMNS,
  sightingToValues,
} from '../queries/posting-sightings-insert.ts';

async function count(writer: DuckDBConnection): Promise<number> {
  const reader = await writer.runAndReadAll('SELECT count(*) AS n FROM posting_sightings');
  return Number(reader.getRowObjectsJS()[0]?.n ?? 0);
}

export async function insertSightingsDuckDb(
  writer: DuckDBConnection,
  sightings: readonly StoredSighting[],
): Promise<InsertResult> {
  const unique = new Map(sightings.map((s) => [s.id, s]));
  if (unique.size === 0) return { inserted: 0, skipped: sightings.length };
  const before = await count(writer);
  await writer.run(
    'CREATE OR REPLACE TEMP TABLE staging_sightings AS SELECT * FROM posting_sightings LIMIT 0',
  );
  const appender = await writer.createAppender('staging_sightings', 'main', 'temp');
  for (const s of unique.values()) {
    for (const value of sightingToValues(s)) {
      if (value === null) appender.appendNull();
      else if (typeof value === 'number') appender.appendDouble(value);
      else if (typeof value === 'boolean') appender.appendBoolean(value);
      else appender.appendVarchar(value);
    }
    appender.endRow();
  }
  appender.flushSync();
  appender.closeSync();
  const columns = SIGHTING_COLUMNS.map(([c]) => c).join(', ');
  await writer.run(
    `${INSERT_SIGHTINGS_INTO} SELECT ${columns} FROM staging_sightings ${ON_SIGHTING_CONFLICT}`,
  );
  await writer.run('DROP TABLE staging_sightings');
  const inserted = (await count(writer)) - before;
  return { inserted, skipped: sightings.length - inserted };
}
