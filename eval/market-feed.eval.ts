/**
 * The market view of a job-posting feed against counts made from the feed file itself: the
 * France Travail offers of ../shared written as a JobPosting JSON Lines feed with resends and
 * reposts (eval/france-travail-feed.ts, from the feeds work), ingested and read back through
 * the CLI as a user would (`fourchette ingest FILE --source ft-feed`, then `fourchette market
 * --json --source ft-feed`) on a fresh data folder. Resends must add nothing and injected
 * reposts must count once; the remaining gaps are reported with their cause (reposts already
 * in the offers, pay read from descriptions).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Evaluation, EvalTarget } from './evaluation.ts';
import { buildFranceTravailFeed } from './france-travail-feed.ts';

const pct = (v: number) => `${(v * 100).toFixed(2)} %`;

function cli(dataDir: string, ...args: string[]): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, FOURCHETTE_DATA_DIR: dataDir },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`fourchette ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

const evaluation: Evaluation = {
  name: 'market view of a France Travail JobPosting feed',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'fourchette-market-feed-'));
    try {
      const feed = buildFranceTravailFeed(dir);
      const c = feed.counts;
      const data = join(dir, 'data');
      const ingest = JSON.parse(
        cli(data, 'ingest', feed.path, '--source', 'ft-feed', '--json').trim().split('\n').at(-1) ??
          '{}',
      ) as { resent?: number; reposts?: number; stored?: number };
      const m = JSON.parse(cli(data, 'market', '--json', '--source', 'ft-feed')) as {
        basis: string;
        postings: number;
        withPay: number;
        remoteShare: number;
        months: { month: string; postings: number }[];
        places: { place: string; postings: number }[];
      };
      const fileMonths = new Map(c.months.map((x) => [x.month, x.postings]));
      const marketMonths = new Map(m.months.map((x) => [x.month, x.postings]));
      const gaps = [...new Set([...fileMonths.keys(), ...marketMonths.keys()])].map(
        (k) => (fileMonths.get(k) ?? 0) - (marketMonths.get(k) ?? 0),
      );
      const monthGap = gaps.reduce((a, b) => a + b, 0);
      const top = m.places[0];
      const merged = c.postings - m.postings;
      const report = [
        `feed: ${c.postings} offers, ${c.resent} sent twice, ${c.reposted} reposted under another identifier`,
        `ingest: ${ingest.stored} sightings stored, ${ingest.resent} resends skipped, ${ingest.reposts} reposts recognised`,
        `market (${m.basis}): ${m.postings} postings; file: ${c.postings} (${merged} more merged than injected: reposts already among the offers)`,
        `months: ${m.months.length} vs ${c.months.length}; per-month gaps ${gaps.filter((g) => g !== 0).join(', ') || 'none'} (sum ${monthGap})`,
        `top place: ${top?.place} ${top?.postings} vs ${c.topPlace.place} ${c.topPlace.postings}`,
        `remote share: ${pct(m.remoteShare)} vs ${pct(c.remoteShare)}; with pay: ${pct(m.withPay)} vs ${pct(c.withPay)} (the file counts a baseSalary or a € figure in the description)`,
      ];
      const targets: EvalTarget[] = [
        { name: 'resends add nothing', ok: ingest.resent === c.resent, measured: `${ingest.resent} of ${c.resent}` },
        { name: 'each posting counted once: no more postings than offers, within 2 % of them', ok: m.postings <= c.postings && merged <= 0.02 * c.postings, measured: `${m.postings} vs ${c.postings}` },
        { name: 'months agree: none above the file, the gaps are the extra merges', ok: gaps.every((g) => g >= 0) && monthGap === merged, measured: `gaps sum to ${monthGap}, extra merges ${merged}` },
        { name: 'same top place', ok: top?.place === c.topPlace.place, measured: `${top?.place} (${top?.postings}) vs ${c.topPlace.place} (${c.topPlace.postings})` },
        { name: 'remote share within 1 point', ok: Math.abs(m.remoteShare - c.remoteShare) <= 0.01, measured: `${pct(m.remoteShare)} vs ${pct(c.remoteShare)}` },
        { name: 'share with pay within 2 points', ok: Math.abs(m.withPay - c.withPay) <= 0.02, measured: `${pct(m.withPay)} vs ${pct(c.withPay)}` },
      ]; // prettier-ignore
      return { report, targets };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
export default evaluation;
