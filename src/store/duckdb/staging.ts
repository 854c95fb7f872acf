/** Bulk writes through DuckDB's appender: rows go into a temporary staging table first, from
 * which one INSERT … SELECT moves them (with ON CONFLICT and casts) into the real table. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { FxRateRow, StoredObservation } from '../port.ts';
import { observationToValues } from '../row-mapping.ts';

/** Fills temp table `staging_observations` (the observations table's columns) with `rows`. */
export async function stageObservations(
  writer: DuckDBConnection,
  rows: Iterable<StoredObservation>,
): Promise<void> {
  await writer.run(
    'CREATE OR REPLACE TEMP TABLE staging_observations AS SELECT * FROM observations LIMIT 0',
  );
  const appender = await writer.createAppender('staging_observations', 'main', 'temp');
  for (const o of rows) {
    for (const value of observationToValues(o)) {
      if (value === null) appender.appendNull();
      else if (typeof value === 'number') appender.appendDouble(value);
      else appender.appendVarchar(value);
    }
    appender.endRow();
  }
  appender.flushSync();
  appender.closeSync();
}

/** Fills temp table `staging_fx (currency, day as text, per_eur)` with `rows`. */
export async function stageFxRates(
  writer: DuckDBConnection,
  rows: readonly FxRateRow[],
): Promise<void> {
  await writer.run(
    'CREATE OR REPLACE TEMP TABLE staging_fx (currency VARCHAR, day VARCHAR, per_eur DOUBLE)',
  );
  const appender = await writer.createAppender('staging_fx', 'main', 'temp');
  for (const r of rows) {
    appender.appendVarchar(r.currency);
    appender.appendVarchar(r.day);
    appender.appendDouble(r.perEur);
    appender.endRow();
  }
  appender.flushSync();
  appender.closeSync();
}
