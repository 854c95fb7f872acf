/**
 * Must-show of issue 12 (posting side): a JobPosting JSON Lines feed built from the France
 * Travail offers of ../shared (france-travail-feed.ts: some postings sent twice, some reposted
 * under another identifier) is ingested with `fourchette ingest` into a fresh data folder, and
 * `fourchette market --json --source postings-ft-feed` must agree with the counts made from
 * the file: postings (each once), months, top place, remote share, share with pay. Where the
 * market command is not there yet, the same figures are read from the store's tables.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { runCli } from '../src/cli/main.ts';
import type { Evaluation, EvalTarget } from './evaluation.ts';
import { buildFranceTravailFeed, FT_CSV, type FeedCounts } from './france-travail-feed.ts';

const SOURCE = 'postings-ft-feed';

interface MarketFigures {
  postings: number;
  withPay: number | null;
  remoteShare: number | null;
  months: { month: string; postings: number }[];
  places: { place: string; postings: number }[];
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = {
    stdout: { write: (s: string) => ((out += s), true), isTTY: false },
    stderr: { write: (s: string) => ((err += s), true), isTTY: false },
  };
  const code = await runCli(args, io as never);
  return { code, out, err };
}

/** The market figures straight from posting_sightings (one row per posting: its earliest sighting). */
async function storeFigures(dbPath: string): Promise<MarketFigures> {
  const instance = await DuckDBInstance.create(dbPath, { access_mode: 'READ_ONLY' });
  const conn = await instance.connect();
  const rows = async (sql: string) =>
    (await conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  const items = `(SELECT DISTINCT ON (posting_id) * FROM posting_sightings WHERE source_id = '${SOURCE}' ORDER BY posting_id, posted_on, id)`;
  const [t] =
    await rows(`SELECT count(*) AS n, avg(CASE WHEN pay_year_eur > 0 THEN 1 ELSE 0 END) AS pay,
    avg(CASE WHEN remote = 'remote' THEN 1 ELSE 0 END) AS remote FROM ${items}`);
  const months = await rows(
    `SELECT strftime(posted_on, '%Y-%m') AS month, count(*) AS n FROM ${items} GROUP BY 1 ORDER BY 1`,
  );
  const places = await rows(
    `SELECT coalesce(city, country) AS place, count(*) AS n FROM ${items} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
  );
  conn.closeSync();
  instance.closeSync();
  return {
    postings: Number(t?.n),
    withPay: Number(t?.pay),
    remoteShare: Number(t?.remote),
    months: months.map((m) => ({ month: String(m.month), postings: Number(m.n) })),
    places: places.map((p) => ({ place: String(p.place), postings: Number(p.n) })),
  };
}

function compare(
  expected: FeedCounts,
  got: MarketFigures,
  via: string,
): { report: string[]; targets: EvalTarget[] } {
  const byMonth = new Map(got.months.map((m) => [m.month, m.postings]));
  const monthGap = expected.months.reduce(
    (n, m) => n + Math.abs((byMonth.get(m.month) ?? 0) - m.postings),
    0,
  );
  const top = got.places[0];
  const pts = (x: number | null) => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);
  const report = [
    `from the file: ${expected.lines} lines, ${expected.resent} resent, ${expected.reposted} reposted → ${expected.postings} postings; top place ${expected.topPlace.place} (${expected.topPlace.postings}); remote ${pts(expected.remoteShare)}; with pay ${pts(expected.withPay)} (a baseSalary, or a € figure in the description); ${expected.months.length} months`,
    `${via}: ${got.postings} postings; top place ${top?.place} (${top?.postings}); remote ${pts(got.remoteShare)}; with pay ${pts(got.withPay)}; ${got.months.length} months, ${monthGap} postings placed in another month than the file's`,
  ];
  const gap = Math.abs(got.postings - expected.postings) / expected.postings;
  return {
    report,
    targets: [
      {
        name: `${via}: postings within 2% of the file's (natural reposts of the data may merge a few)`,
        ok: gap <= 0.02,
        measured: `${got.postings} vs ${expected.postings} (${(100 * gap).toFixed(1)}%)`,
      },
      {
        name: `${via}: months agree (≤ 2% of postings elsewhere)`,
        ok: monthGap <= 0.02 * expected.postings,
        measured: `${monthGap} postings off`,
      },
      {
        name: `${via}: same top place`,
        ok: top?.place === expected.topPlace.place,
        measured: `${top?.place} ${top?.postings} vs ${expected.topPlace.place} ${expected.topPlace.postings}`,
      },
      {
        name: `${via}: remote share within 1 point`,
        ok: Math.abs((got.remoteShare ?? -1) - expected.remoteShare) <= 0.01,
        measured: `${pts(got.remoteShare)} vs ${pts(expected.remoteShare)}`,
      },
      {
        name: `${via}: share with pay within 2 points`,
        ok: Math.abs((got.withPay ?? -1) - expected.withPay) <= 0.02,
        measured: `${pts(got.withPay)} vs ${pts(expected.withPay)}`,
      },
    ],
  };
}

const evaluation: Evaluation = {
  name: 'postings: France Travail feed in, market figures out (issue 12 must-show)',
  async run() {
    if (!existsSync(FT_CSV)) return { report: [`${FT_CSV} not found, skipped`], targets: [] };
    const dir = mkdtempSync(join(tmpdir(), 'fourchette-market-feed-'));
    const before = process.env.FOURCHETTE_DATA_DIR;
    process.env.FOURCHETTE_DATA_DIR = join(dir, 'data');
    try {
      const feed = buildFranceTravailFeed(dir);
      const ingest = await cli(['ingest', feed.path, '--source', SOURCE, '--json']);
      if (ingest.code !== 0) throw new Error(`ingest failed: ${ingest.err}`);
      const report = [`ingest: ${ingest.out.trim()}`];
      const targets: EvalTarget[] = [];
      const fromStore = compare(
        feed.counts,
        await storeFigures(join(dir, 'data', 'fourchette.duckdb')),
        'store tables',
      );
      report.push(...fromStore.report);
      targets.push(...fromStore.targets);
      const market = await cli(['market', '--json', '--source', SOURCE]);
      if (market.code === 0) {
        const m = compare(
          feed.counts,
          JSON.parse(market.out) as MarketFigures,
          'fourchette market --json',
        );
        report.push(...m.report);
        targets.push(...m.targets);
      } else report.push(`fourchette market: not available here (${market.err.trim()})`);
      return { report, targets };
    } finally {
      if (before === undefined) delete process.env.FOURCHETTE_DATA_DIR;
      else process.env.FOURCHETTE_DATA_DIR = before;
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default evaluation;
