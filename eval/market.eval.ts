/**
 * The market view on the bundled aijobs.net records against the raw file in ../shared: the
 * remote share (full remote) per country and year that `fourchette market --source
 * aijobs-salaries --country C --year Y` gives must be within 2 points of the share of rows of
 * salaries.csv, counted here independently (a plain split of the CSV, no app code). The app
 * counts records (a posted range written as two rows is one record); both counts are reported.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readConfig } from '../src/config.ts';
import { dataPath } from '../src/reference/paths.ts';
import { computeMarket, openAppContext } from '../src/service/index.ts';
import { openDuckDbStore } from '../src/store/index.ts';
import { SHARED_DIR, type Evaluation, type EvalTarget } from './evaluation.ts';

const CASES: ReadonlyArray<[string, number]> = [
  ['US', 2025], ['US', 2024], ['US', 2023], ['GB', 2025], ['CA', 2025], ['FR', 2024], ['DE', 2025],
]; // prettier-ignore
const TOLERANCE = 0.02;

interface RawCount {
  rows: number;
  remote: number;
}

/** Rows of the raw file per "country year" (company_location, work_year), full remote apart. */
function rawCounts(csv: string): Map<string, RawCount> {
  const counts = new Map<string, RawCount>();
  for (const line of csv.split('\n').slice(1)) {
    const f = line.trim().split(',');
    if (f.length < 11) continue;
    const key = `${f[9]} ${f[0]}`;
    const c = counts.get(key) ?? { rows: 0, remote: 0 };
    c.rows += 1;
    if (f[8] === '100') c.remote += 1;
    counts.set(key, c);
  }
  return counts;
}

const pct = (v: number) => `${(v * 100).toFixed(2)} %`;

const evaluation: Evaluation = {
  name: 'market view on the aijobs.net records',
  async run() {
    const raw = readFileSync(join(SHARED_DIR, 'data/aijobs-salaries/salaries.csv'), 'utf8');
    const bundled = gunzipSync(readFileSync(dataPath('observations', 'aijobs-salaries.csv.gz')));
    const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');
    const same = sha(raw) === sha(bundled);
    const counts = rawCounts(raw);
    const store = await openDuckDbStore(':memory:');
    const ctx = await openAppContext(readConfig({ FOURCHETTE_DATA_DIR: '/nonexistent' }), {
      store,
    });
    const report = [
      `bundled file ${same ? 'is' : 'is NOT'} byte-identical to the raw file`,
      'country year | raw rows, full-remote share | app records, full-remote share | gap (points)',
    ];
    const targets: EvalTarget[] = [];
    try {
      for (const [country, year] of CASES) {
        const r = counts.get(`${country} ${year}`) ?? { rows: 0, remote: 0 };
        const m = await computeMarket(ctx, { source: 'aijobs-salaries', country, year });
        const rawShare = r.rows ? r.remote / r.rows : 0;
        const gap = Math.abs((m.remoteShare ?? Number.NaN) - rawShare);
        report.push(
          `${country} ${year} | ${r.rows}, ${pct(rawShare)} | ${m.postings}, ${m.remoteShare === null ? '—' : pct(m.remoteShare)} | ${(gap * 100).toFixed(2)}`,
        );
        targets.push({
          name: `remote share ${country} ${year} within 2 points of the raw file`,
          ok: gap <= TOLERANCE,
          measured: `${pct(m.remoteShare ?? Number.NaN)} (${m.postings} records) vs ${pct(rawShare)} (${r.rows} rows)`,
        });
      }
    } finally {
      await store.close();
    }
    targets.push({ name: 'bundled aijobs file is the raw file', ok: same, measured: String(same) });
    return { report, targets };
  },
};
export default evaluation;
