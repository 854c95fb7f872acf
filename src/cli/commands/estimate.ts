/**
 * `fourchette estimate`: the twin of GET /api/estimate. With --train (the evaluation's
 * contract, aijobs.net format) it fits on TRAIN.csv alone: --batch TEST.csv prints one
 * `{p10,p25,p50,p75,p90}` line per row, a profile prints one explained estimate.
 */
import { estimateRoute } from '../../api/index.ts';
import { EstimateQuerySchema, type EstimateResponse } from '../../contract/index.ts';
import { profileOfQuery, trainEstimatorOnFile } from '../../service/index.ts';
import { numberOption, UsageError, writeJsonLine, type CliIO, type Command } from '../command.ts';
import { formatAmount } from '../format.ts';
import { parseQueryOptions, queryOptionsHelp } from '../query-options.ts';
import { askRoute } from '../route-client.ts';

type Trained = ReturnType<ReturnType<typeof trainEstimatorOnFile>['estimate']>;

const money = (n: number) => Math.round(n).toLocaleString('en');

function explain(result: Trained): string {
  const lines = [
    `p10 ${money(result.p10)}   p25 ${money(result.p25)}   p50 ${money(result.p50)}   p75 ${money(result.p75)}   p90 ${money(result.p90)}`,
    `backed by ${result.observations} rows (${result.fallback}), confidence ${result.confidence}`,
    'how p50 is built:',
  ];
  for (const c of result.contributions)
    lines.push(
      `  ${(c.value >= 0 && c.factor !== 'base' ? '+' : '') + money(c.value)}`.padEnd(14) +
        `  ${c.label}`,
    );
  lines.push(`  = ${money(result.p50)}`);
  return lines.join('\n');
}

function describe(result: EstimateResponse): string {
  const money = (v: number) => formatAmount(v, result.currency);
  const p = result.percentiles;
  const lines = [
    `${result.profile.role ?? 'any role'} · ${result.profile.level ?? 'any level'} · ${result.profile.country ?? 'any country'}: gross base pay per ${result.period}`,
    p
      ? `p10 ${money(p.p10)}  p25 ${money(p.p25)}  p50 ${money(p.p50)}  p75 ${money(p.p75)}  p90 ${money(p.p90)}`
      : 'no estimate',
    `confidence ${result.confidence}; ${result.observations} observations behind "${result.fallback}"`,
    ...(result.profile.ignored.length > 0
      ? [`not used by the model: ${result.profile.ignored.join(', ')}`]
      : []),
    'how the median is built:',
    ...result.contributions.map(
      (c) => `  ${c.value >= 0 ? '+' : '−'} ${money(Math.abs(c.value)).padStart(14)}  ${c.label}`,
    ),
  ];
  if (result.net.percentiles)
    lines.push(
      `net before income tax: p50 ${money(result.net.percentiles.p50)} (${result.net.note})`,
    );
  for (const t of result.tjm)
    lines.push(
      `TJM ${t.status}: ${t.tjm === null ? t.note : `${Math.round(t.tjm)} € a day × ${t.days} days`}`,
    );
  return lines.join('\n');
}

const own = {
  train: { type: 'string' },
  batch: { type: 'string' },
  'pay-currency': { type: 'string' },
  year: { type: 'string' },
} as const;

const command: Command = {
  summary: 'estimate a salary range (p10–p90) with an explanation of each factor',
  help: `Usage: fourchette estimate [profile options] [--currency EUR] [--period year] [--json]
       fourchette estimate --train TRAIN.csv --batch TEST.csv [--json]
       fourchette estimate --train TRAIN.csv [profile options] [--json]

Without --train: the estimator fitted on the stored observations (as GET /api/estimate), in
--currency (default EUR) and --period (default year), with net pay and day rates for France.
With --train: fits on TRAIN.csv (aijobs.net salaries format, target salary_in_usd).
Profile (every option may be left out; the same parameters as GET /api/estimate):
${queryOptionsHelp(EstimateQuerySchema)}
With --train:
  --batch TEST.csv   one JSON line {p10,p25,p50,p75,p90} per row of TEST.csv, in order
  --pay-currency CUR the currency the pay is set in (e.g. EUR)
  --year YYYY        defaults to the last year of the training data
  --json             print the estimate (the route's payload without --train)
Bad input (unreadable file, missing column, non-numeric salary_in_usd) exits with code 2.`,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { query, raw, json, extra } = parseQueryOptions(argv, EstimateQuerySchema, {
      options: own,
    });
    const train = extra.train as string | undefined;
    const batch = extra.batch as string | undefined;
    if (!train) {
      if (batch)
        throw new UsageError('--batch needs --train TRAIN.csv (the model is fitted on it)');
      for (const name of ['pay-currency', 'year'] as const)
        if (extra[name] !== undefined)
          throw new UsageError(`--${name} goes with --train TRAIN.csv`);
      const result = (await askRoute(io, estimateRoute, { query: raw })) as EstimateResponse;
      if (json) writeJsonLine(io, result);
      else io.stdout.write(`${describe(result)}\n`);
      return 0;
    }
    const trained = trainEstimatorOnFile(train);
    if (batch) {
      const out = trained
        .estimateFile(batch)
        .map(({ p10, p25, p50, p75, p90 }) => JSON.stringify({ p10, p25, p50, p75, p90 }));
      io.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
      return 0;
    }
    const year = numberOption('year', extra.year as string | undefined, { integer: true });
    const profile = profileOfQuery(query, {
      payCurrency: extra['pay-currency'] as string | undefined,
      year,
    });
    const result = trained.estimate(profile);
    if (json) writeJsonLine(io, result);
    else io.stdout.write(`${explain(result)}\n`);
    return 0;
  },
};

export default command;
