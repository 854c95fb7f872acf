/**
 * Uncached /api/stats over HTTP on 10 million synthetic observations, against the raw DuckDB
 * queries for the same statistic in the same run. Targets (2 cores, issue 15): p50 ≤ 3 ms,
 * p95 ≤ 15 ms. "Uncached": the answer cache is off (cache: false), so every filter runs its
 * queries; facts about the whole store that are not about the filter (whether any contribution
 * is published) are still kept until the next write, as they are in every server.
 * The store answers from its statistics index (src/store/stats-index.ts), built before the
 * requests; the raw line is the SQL path without it (BENCH_STATS_INDEX=0 serves that over HTTP).
 * BENCH_ROWS overrides the row count; BENCH_DIR keeps the generated store between runs.
 */
import http from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { readConfig } from '../src/config.ts';
import { LEVELS, ROLE_IDS, type StatsFilter } from '../src/domain/index.ts';
import { planQuantiles } from '../src/store/quantiles-plan.ts';
import { GROUP_BOUNDS, groupBounds } from '../src/store/queries/group-bounds.ts';
import { ReadConnection } from '../src/store/duckdb/read-connection.ts';
import { loadPppTable } from '../src/reference/ppp.ts';
import { runServer } from '../src/server-main.ts';
import { openDuckDbStore } from '../src/store/index.ts';
import type { Benchmark } from './main.ts';
import {
  COUNTRIES,
  EMPLOYMENTS,
  PAY_CURRENCY_SQL,
  REMOTES,
  getJson,
  percentile,
  randomFilters,
  toQuery,
} from './filters.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
/** Synthetic observations written straight by SQL, stored sorted by the filter columns (as the
 * store inserts them: role, country, level, year). Each is
 * paid in its country's currency (statistics read value_year_eur, already in EUR). */
async function generate(path: string): Promise<number> {
  const started = performance.now();
  await (await openDuckDbStore(path)).close();
  const instance = await DuckDBInstance.create(path);
  const c = await instance.connect();
  const list = (xs: readonly string[]) => `[${xs.map((x) => `'${x}'`).join(',')}]`;
  await c.run(
    `INSERT INTO sources VALUES ('bench', 'Synthetic', 'bench', 'CC0-1.0', DATE '2026-01-01', NULL, 'dataset', true)`,
  );
  // Skewed picks: squaring a uniform number favours the first entries of each list.
  await c.run(`INSERT INTO observations
    SELECT md5(CAST(i AS VARCHAR)), 'bench', 'dataset', 'row ' || i, v * 0.9, v * 1.1, ${PAY_CURRENCY_SQL}, 'year', 'gross', 'base', employment,
      role_id, NULL, level, NULL, country, NULL, remote, 'medium', NULL,
      DATE '2020-07-01' + INTERVAL (year - 2020) YEAR, year, 'range', '[]', TIMESTAMP '2026-01-01', v
    FROM (
      SELECT i,
        ${list(ROLE_IDS)}[1 + floor(pow(random(), 2) * ${ROLE_IDS.length})::INT] AS role_id,
        ${list(COUNTRIES)}[1 + floor(pow(random(), 2) * ${COUNTRIES.length})::INT] AS country,
        ${list(LEVELS)}[1 + floor(random() * ${LEVELS.length})::INT] AS level,
        ${list(REMOTES)}[1 + floor(random() * 3)::INT] AS remote,
        ${list(EMPLOYMENTS)}[1 + floor(pow(random(), 3) * 3)::INT] AS employment,
        2020 + floor(random() * 6)::INT AS year,
        exp(10.9 + 0.45 * sqrt(-2 * ln(greatest(random(), 1e-12))) * cos(2 * pi() * random())) AS v
      FROM range(${ROWS}) t(i)
    ) ORDER BY role_id, country, level, year`);
  await c.run('CHECKPOINT');
  c.closeSync();
  instance.closeSync();
  return performance.now() - started;
}

const bench: Benchmark = {
  name: `/api/stats at ${ROWS.toLocaleString('en')} observations`,
  async run() {
    // BENCH_DIR keeps the generated store between runs (it is generated when absent).
    const keep = process.env.BENCH_DIR;
    const dir = keep ?? mkdtempSync(join(tmpdir(), 'fourchette-bench-'));
    const lines: string[] = [];
    try {
      const path = join(dir, 'fourchette.duckdb');
      if (!keep || !existsSync(path)) {
        mkdirSync(dir, { recursive: true });
        lines.push(`generated ${ROWS} rows in ${((await generate(path)) / 1000).toFixed(1)} s`);
      } else lines.push(`reusing the store in ${dir}`);
      const filters = randomFilters(REQUESTS);

      // One DuckDB instance serves both the API and the raw queries, which alternate request by
      // request, so that both see the same caches and the same machine load.
      const instance = await DuckDBInstance.create(path);
      // BENCH_STATS_INDEX=0: the SQL path only (the figures before the index).
      const statsIndex = process.env.BENCH_STATS_INDEX !== '0';
      const store = await openDuckDbStore(path, { instance, cache: false, statsIndex });
      const config = readConfig({ FOURCHETTE_DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1' });
      const server = await runServer(config, () => undefined, { warmEstimator: false, store });
      // The statistics index (src/store/stats-index.ts) is built before measuring, as a server
      // builds it on its first statistics request after a quiet spell.
      const memoryBefore = process.memoryUsage();
      const cpuBefore = process.cpuUsage();
      const buildStarted = performance.now();
      const ready = (await store.warmStatistics?.()) ?? false;
      const cpu = process.cpuUsage(cpuBefore);
      // Run with --expose-gc for what the index keeps; otherwise it includes the build's garbage.
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      const memoryAfter = process.memoryUsage();
      const mb = (b: number) => `${b < 0 ? '' : '+'}${(b / 2 ** 20).toFixed(0)} MB`;
      lines.push(
        ready
          ? `statistics index built in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s), array buffers ${mb(memoryAfter.arrayBuffers - memoryBefore.arrayBuffers)}, heap ${mb(memoryAfter.heapUsed - memoryBefore.heapUsed)}, RSS ${mb(memoryAfter.rss - memoryBefore.rss)}${gc ? ' after GC' : ' (garbage included)'}`
          : 'statistics index not built: the HTTP figures are the SQL path',
      );
      // Prepared statements kept per SQL text, and two connections (queries asked together
      // run side by side), as the store does.
      const rawReaders = [
        new ReadConnection(await instance.connect()),
        new ReadConnection(await instance.connect()),
      ];
      let turn = 0;
      const rawRun = (sql: string, params: (string | number)[]) =>
        (rawReaders[turn++ % 2] as ReadConnection).query(sql, params);
      const bounds = groupBounds(await rawRun(GROUP_BOUNDS, []));
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const base = { component: 'base', basis: 'gross' } as const;
      // As the API asks by default (pay=local): a named country's jobs paid in its currency.
      const localCurrencies = Object.fromEntries(loadPppTable().currencyOf);
      const viaHttp = async (f: StatsFilter) => {
        const t = performance.now();
        const body = await getJson(`${server.url}/api/stats?${toQuery(f)}`, agent);
        const ms = performance.now() - t;
        if (typeof body.count !== 'number')
          throw new Error(`unexpected answer for ${toQuery(f)}: ${JSON.stringify(body)}`);
        return ms;
      };
      const viaRaw = async (f: StatsFilter) => {
        // The same SQL, in the same order, as the store: no HTTP, no validation, no service.
        const t = performance.now();
        await planQuantiles(
          rawRun,
          { ...base, ...f, ...(f.country ? { localCurrencies } : {}) },
          { currency: 'EUR', periodsPerYear: 1, minGroupSize: 5 },
          { dialect: 'duckdb', bound: () => Promise.resolve(bounds) },
        );
        return performance.now() - t;
      };
      for (const f of filters.slice(0, 20)) {
        await viaHttp(f);
        await viaRaw(f);
      }
      const httpTimes: number[] = [];
      const raw: number[] = [];
      for (const [i, f] of filters.entries()) {
        if (i % 2 === 0) {
          httpTimes.push(await viaHttp(f));
          raw.push(await viaRaw(f));
        } else {
          raw.push(await viaRaw(f));
          httpTimes.push(await viaHttp(f));
        }
      }
      agent.destroy();
      for (const r of rawReaders) r.close();
      await server.close();
      instance.closeSync();
      const http_ = httpTimes;

      http_.sort((a, b) => a - b);
      raw.sort((a, b) => a - b);
      const fmt = (v: number) => `${v.toFixed(2)} ms`;
      lines.push(
        `requests: ${REQUESTS} random filters (seeded), sequential, keep-alive, HTTP and raw alternating on one DuckDB instance`,
      );
      lines.push(
        `HTTP /api/stats  p50 ${fmt(percentile(http_, 0.5))}  p95 ${fmt(percentile(http_, 0.95))}  max ${fmt(http_.at(-1) ?? 0)}`,
      );
      lines.push(
        `raw DuckDB query p50 ${fmt(percentile(raw, 0.5))}  p95 ${fmt(percentile(raw, 0.95))}  max ${fmt(raw.at(-1) ?? 0)}`,
      );
      const overhead = percentile(http_, 0.5) - percentile(raw, 0.5);
      const ratio = (percentile(http_, 0.5) / percentile(raw, 0.5)).toFixed(2);
      lines.push(
        ready
          ? `ratio HTTP (statistics index) / raw SQL at p50: ${ratio}`
          : `API overhead at p50: ${fmt(overhead)}; ratio HTTP/raw at p50: ${ratio}`,
      );
      return lines;
    } finally {
      if (!keep) rmSync(dir, { recursive: true, force: true });
    }
  },
};
export default bench;
