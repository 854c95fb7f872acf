/**
 * /api/stats over HTTP on the PostgreSQL server store, with synthetic observations generated
 * in a database of its own (`fourchette_bench`, made anew and dropped after each run; with
 * BENCH_PG_KEEP=1 it is kept, and reused when it holds enough rows). BENCH_PG_ROWS sets the row count (default 1 000 000),
 * BENCH_REQUESTS the number of seeded random filters (default 400), BENCH_PG_ADMIN_URL the
 * server (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { readConfig } from '../src/config.ts';
import { ROLE_IDS, LEVELS } from '../src/domain/index.ts';
import { runServer } from '../src/server-main.ts';
import { openPostgresStore } from '../src/store/postgres/postgres-store.ts';
import type { Benchmark } from './main.ts';
import * as synthetic from './filters.ts';

const ROWS = Number(process.env.BENCH_PG_ROWS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = 'fourchette_bench';

function databaseUrl(): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DB}`;
  return url.toString();
}

async function dropBenchDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.end();
}

/** Same shape as the DuckDB bench's rows: skewed picks, log-normal pay, stored sorted. */
async function generate(client: pg.Client): Promise<number> {
  const started = performance.now();
  const list = (xs: readonly string[]) => `ARRAY[${xs.map((x) => `'${x}'`).join(',')}]`;
  await client.query(
    `INSERT INTO sources VALUES ('bench', 'Synthetic', 'bench', 'CC0-1.0', DATE '2026-01-01', NULL, 'dataset', true)
     ON CONFLICT DO NOTHING`,
  );
  await client.query('SELECT setseed(0.42)');
  await client.query(`INSERT INTO observations
    SELECT md5(i::text), 'bench', 'dataset', 'row ' || i, v * 0.9, v * 1.1, ${synthetic.PAY_CURRENCY_SQL}, 'year', 'gross', 'base', employment,
      role_id, NULL, level, NULL, country, NULL, remote, 'medium', NULL,
      make_date(year, 7, 1), year, 'range', '[]', TIMESTAMP '2026-01-01', v
    FROM (
      SELECT i,
        (${list(ROLE_IDS)})[1 + floor(power(random(), 2) * ${ROLE_IDS.length})::int] AS role_id,
        (${list(synthetic.COUNTRIES)})[1 + floor(power(random(), 2) * ${synthetic.COUNTRIES.length})::int] AS country,
        (${list(LEVELS)})[1 + floor(random() * ${LEVELS.length})::int] AS level,
        (${list(synthetic.REMOTES)})[1 + floor(random() * 3)::int] AS remote,
        (${list(synthetic.EMPLOYMENTS)})[1 + floor(power(random(), 3) * 3)::int] AS employment,
        2020 + floor(random() * 6)::int AS year,
        exp(10.9 + 0.45 * sqrt(-2 * ln(greatest(random(), 1e-12))) * cos(2 * pi() * random())) AS v
      FROM generate_series(1, ${ROWS}) AS t(i)
    ) g ORDER BY role_id, country, level`);
  await client.query('ANALYZE observations');
  return performance.now() - started;
}

const bench: Benchmark = {
  name: `/api/stats on PostgreSQL at ${ROWS.toLocaleString('en')} observations`,
  async run() {
    const lines: string[] = [];
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    try {
      await admin.connect();
    } catch (error) {
      return [`PostgreSQL not reachable at ${ADMIN_URL} (${(error as Error).message}): skipped`];
    }
    const keep = process.env.BENCH_PG_KEEP === '1';
    const exists =
      (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB])).rowCount === 1;
    await admin.end();
    if (!keep || !exists) {
      await dropBenchDatabase();
      const creator = new pg.Client({ connectionString: ADMIN_URL });
      await creator.connect();
      await creator.query(`CREATE DATABASE ${DB}`);
      await creator.end();
    }

    const url = databaseUrl();
    // Opened once to create the schema; opened again after the rows are written by SQL, which
    // builds the derived statistics tables the way a restart after a bulk load does.
    await (await openPostgresStore(url)).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const stored = Number((await client.query('SELECT count(*) AS n FROM observations')).rows[0].n);
    if (stored < ROWS)
      lines.push(`generated ${ROWS} rows in ${((await generate(client)) / 1000).toFixed(1)} s`);
    else lines.push(`reusing ${stored} rows in ${DB}`);
    await client.end();
    const opening = performance.now();
    const store = await openPostgresStore(url);
    lines.push(`store opened in ${((performance.now() - opening) / 1000).toFixed(1)} s`);

    const dir = mkdtempSync(join(tmpdir(), 'fourchette-pg-bench-'));
    const config = readConfig({
      FOURCHETTE_DATA_DIR: dir,
      FOURCHETTE_STORE: 'postgres',
      DATABASE_URL: url,
      PORT: '0',
      HOST: '127.0.0.1',
    });
    const server = await runServer(config, () => undefined, { warmEstimator: false, store });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const filters = synthetic.randomFilters(REQUESTS).map(synthetic.toQuery);
      const ask = async (query: string) => {
        const t = performance.now();
        const body = await synthetic.getJson(`${server.url}/api/stats?${query}`, agent);
        if (typeof body.count !== 'number')
          throw new Error(`unexpected answer for ${query}: ${JSON.stringify(body)}`);
        return performance.now() - t;
      };
      for (const q of filters.slice(0, 20)) await ask(q);
      const times: number[] = [];
      for (const q of filters) times.push(await ask(q));
      times.sort((a, b) => a - b);
      const fmt = (v: number) => `${v.toFixed(2)} ms`;
      lines.push(`requests: ${REQUESTS} random filters (seeded), sequential, keep-alive`);
      lines.push(
        `HTTP /api/stats  p50 ${fmt(synthetic.percentile(times, 0.5))}  p95 ${fmt(synthetic.percentile(times, 0.95))}  max ${fmt(times.at(-1) ?? 0)}`,
      );
      return lines;
    } finally {
      agent.destroy();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
      if (!keep) await dropBenchDatabase();
    }
  },
};
export default bench;
