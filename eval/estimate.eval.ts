/**
 * The estimator on the fixed protocol (issue 6): aijobs.net salaries, train on work_year ≤
 * 2024, test on 2025, every row as it comes, target salary_in_usd; figures for all rows and
 * for company_location FR, for our model and the ridge baseline, computed in this run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { estimate, fitEstimator } from '../src/domain/estimate/index.ts';
import { readAijobsRows } from '../src/formats/index.ts';
import { parseCsv } from '../src/formats/index.ts';
import {
  pinball,
  protocolFigures,
  type ProtocolFigures,
  type QuantilePrediction,
} from '../src/domain/estimate/metrics.ts';
import { fitRidge, predictRidge } from '../src/domain/estimate/baselines/ridge.ts';
import type { Evaluation } from './evaluation.ts';
import type { EstimatorRow } from '../src/domain/estimate/index.ts';
import { SHARED_DIR } from './evaluation.ts';
import { aijobsTitleToRole } from '../src/reference/index.ts';

/** Not a model: the empirical quantiles of the TEST rows of each full profile, fitted on the
 * test rows themselves. No function of the profile can score better on these rows, so it
 * bounds what any estimator (fitted on past years) can reach. */
function profileOracle(test: readonly EstimatorRow[]): QuantilePrediction[] {
  const key = (r: EstimatorRow) =>
    JSON.stringify([
      r.rawTitle,
      r.level,
      r.country,
      r.companyCountry,
      r.remote,
      r.companySize,
      r.employment,
      r.partTime,
      r.payCurrency,
    ]);
  const groups = new Map<string, number[]>();
  for (const r of test) groups.set(key(r), [...(groups.get(key(r)) ?? []), r.value]);
  const at = (sorted: number[], q: number) => {
    const pos = q * (sorted.length - 1);
    const lo = Math.floor(pos);
    return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (pos - lo);
  };
  for (const values of groups.values()) values.sort((a, b) => a - b);
  return test.map((r) => {
    const s = groups.get(key(r))!;
    return {
      p10: at(s, 0.1),
      p25: at(s, 0.25),
      p50: at(s, 0.5),
      p75: at(s, 0.75),
      p90: at(s, 0.9),
    };
  });
}

/** Where the distance to the oracle comes from: test rows whose job title the training file
 * never had, had fewer than 20 times, or had often. Each line gives its rows, both mean losses
 * and its share of the gap in pinball points of the all-rows mean. */
function gapByTitle(
  train: readonly EstimatorRow[],
  test: readonly EstimatorRow[],
  ours: readonly QuantilePrediction[],
  oracle: readonly QuantilePrediction[],
): string[] {
  const norm = (t: string | null) => (t ?? '').toLowerCase();
  const seen = new Map<string, number>();
  for (const r of train) seen.set(norm(r.rawTitle), (seen.get(norm(r.rawTitle)) ?? 0) + 1);
  const loss = (y: number, p: QuantilePrediction) =>
    (pinball(y, p.p10, 0.1) + pinball(y, p.p50, 0.5) + pinball(y, p.p90, 0.9)) / 3;
  const groups = new Map<string, { rows: number; ours: number; oracle: number }>();
  test.forEach((r, i) => {
    const n = seen.get(norm(r.rawTitle)) ?? 0;
    const name =
      n === 0
        ? 'title unseen in training'
        : n < 20
          ? 'title seen < 20 times'
          : 'title seen ≥ 20 times';
    const g = groups.get(name) ?? { rows: 0, ours: 0, oracle: 0 };
    g.rows += 1;
    g.ours += loss(r.value, ours[i]!);
    g.oracle += loss(r.value, oracle[i]!);
    groups.set(name, g);
  });
  const int = (x: number) => Math.round(x).toLocaleString('en');
  return [...groups].map(
    ([name, g]) =>
      `gap to oracle, ${name.padEnd(22)} ${String(g.rows).padStart(6)} rows: ours ${int(g.ours / g.rows)}, oracle ${int(g.oracle / g.rows)} per row; ${int((g.ours - g.oracle) / test.length)} of the all-rows gap`,
  );
}

const FILE = join(SHARED_DIR, 'data/aijobs-salaries/salaries.csv');

function row(name: string, f: ProtocolFigures): string {
  return `${name.padEnd(28)} ${String(f.rows).padStart(6)}  MdAPE ${f.mdape.toFixed(3)}  pinball ${Math.round(f.pinball).toLocaleString('en').padStart(7)}  in [p10,p90] ${f.coverage80.toFixed(3)}`;
}

const evaluation: Evaluation = {
  name: 'salary estimator on aijobs.net (train ≤ 2024, test 2025)',
  async run() {
    if (!existsSync(FILE)) return { report: [`${FILE} not found: skipped`], targets: [] };
    const records = parseCsv(readFileSync(FILE, 'utf8'), FILE);
    const header = records[0]!;
    const yearAt = header.indexOf('work_year');
    const trainRecords = [header, ...records.slice(1).filter((r) => Number(r[yearAt]) <= 2024)];
    const testRecords = [header, ...records.slice(1).filter((r) => Number(r[yearAt]) === 2025)];
    const titleToRole = aijobsTitleToRole();
    const train = readAijobsRows(trainRecords, 'train', titleToRole);
    const test = readAijobsRows(testRecords, 'test', titleToRole);
    const actual = test.map((r) => r.value);
    const fr = test.map((r, i) => (r.companyCountry === 'FR' ? i : -1)).filter((i) => i >= 0);

    const t0 = performance.now();
    const model = fitEstimator(train);
    const t1 = performance.now();
    const ours: QuantilePrediction[] = test.map((r) => estimate(model, r));
    const t2 = performance.now();
    const ridgeModel = fitRidge(train);
    const ridge = test.map((r) => predictRidge(ridgeModel, r));

    const figures = (preds: QuantilePrediction[], subset?: number[]) =>
      subset
        ? protocolFigures(
            subset.map((i) => actual[i]!),
            subset.map((i) => preds[i]!),
          )
        : protocolFigures(actual, preds);
    const oursAll = figures(ours);
    const oursFr = figures(ours, fr);
    const ridgeAll = figures(ridge);
    const ridgeFr = figures(ridge, fr);
    const report = [
      `train ${train.length} rows, test ${test.length} rows (FR ${fr.length}); roles table: used`,
      `fit ${(t1 - t0).toFixed(0)} ms, predict ${(((t2 - t1) / test.length) * 1000).toFixed(1)} µs per row`,
      row('ours, all rows', oursAll),
      row('ridge baseline, all rows', ridgeAll),
      row('ours, FR', oursFr),
      row('ridge baseline, FR', ridgeFr),
      row('(oracle on test, all rows)', figures(profileOracle(test))),
      ...gapByTitle(train, test, ours, profileOracle(test)),
    ];
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    return {
      report,
      targets: [
        {
          name: 'all rows: pinball ≤ 13 900',
          ok: oursAll.pinball <= 13_900,
          measured: `${Math.round(oursAll.pinball)} (ridge ${Math.round(ridgeAll.pinball)})`,
        },
        {
          name: 'all rows: 78–82% in [p10, p90]',
          ok: oursAll.coverage80 >= 0.78 && oursAll.coverage80 <= 0.82,
          measured: pct(oursAll.coverage80),
        },
        {
          name: 'FR rows: pinball ≤ 8 400',
          ok: oursFr.pinball <= 8_400,
          measured: `${Math.round(oursFr.pinball)} (ridge ${Math.round(ridgeFr.pinball)})`,
        },
        {
          name: 'FR rows: ≥ 72% in [p10, p90]',
          ok: oursFr.coverage80 >= 0.72,
          measured: pct(oursFr.coverage80),
        },
      ],
    };
  },
};

export default evaluation;
