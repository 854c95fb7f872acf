/**
 * `fourchette estimate`: the salary estimator. With --train and --batch (the aijobs.net
 * contract) it fits on TRAIN.csv alone and prints one `{p10,p25,p50,p75,p90}` line per row of
 * TEST.csv; with a profile (--role, --level, --country, …) it explains one estimate.
 */
import { EstimateQuerySchema } from '../../contract/index.ts';
import { computeEstimate } from '../../service/estimate.ts';
import { parseInput } from '../../service/index.ts';
import { withContext } from '../context.ts';
import { existsSync, readFileSync } from 'node:fs';
import {
  UsageError,
  numberOption,
  parseCommandArgs,
  writeJsonLine,
  type CliIO,
  type Command,
} from '../command.ts';
import {
  estimate,
  fitEstimator,
  type Estimate,
  type EstimateProfile,
} from '../../domain/estimate/index.ts';
import {
  readAijobsProfiles,
  readAijobsRows,
  type TitleToRole,
} from '../../domain/estimate/aijobs-rows.ts';
import { parseCsv } from '../../domain/estimate/csv.ts';
import {
  COMPANY_SIZES,
  EMPLOYMENTS,
  LEVELS,
  REMOTES,
  type CompanySize,
  type Employment,
  type Level,
  type Remote,
} from '../../domain/index.ts';

/** Title → role table written by the roles work; optional (titles fall back to families). */
export const AIJOBS_ROLES_FILE = 'data/roles/aijobs-titles.json';

export function loadTitleToRole(file = AIJOBS_ROLES_FILE): TitleToRole | undefined {
  if (!existsSync(file)) return undefined;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { role?: unknown } | null>;
  const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  const table = new Map<string, string>();
  for (const [title, entry] of Object.entries(raw))
    if (entry && typeof entry.role === 'string') table.set(norm(title), entry.role);
  return table.size > 0 ? (title) => table.get(norm(title)) ?? null : undefined;
}

function readCsvFile(file: string, what: string): string[][] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `${what} file "${file}" cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): check the path`,
    );
  }
  return parseCsv(text, file);
}

/** Years of experience → level, on the aijobs.net bands (EN < 2, MI 2–4, SE 5–9, EX ≥ 10). */
function levelFromYears(years: number): Level {
  if (years < 2) return 'junior';
  if (years < 5) return 'mid';
  if (years < 10) return 'senior';
  return 'expert';
}

function oneOf<T extends string>(
  name: string,
  raw: string | undefined,
  allowed: readonly T[],
): T | null {
  if (raw === undefined) return null;
  if (!(allowed as readonly string[]).includes(raw))
    throw new UsageError(`--${name} "${raw}" is invalid (expected one of: ${allowed.join(', ')})`);
  return raw as T;
}

const money = (n: number) => Math.round(n).toLocaleString('en');

function explain(result: Estimate): string {
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

const options = {
  train: { type: 'string' },
  batch: { type: 'string' },
  json: { type: 'boolean' },
  role: { type: 'string' },
  title: { type: 'string' },
  level: { type: 'string' },
  years: { type: 'string' },
  country: { type: 'string' },
  remote: { type: 'string' },
  'company-size': { type: 'string' },
  employment: { type: 'string' },
  currency: { type: 'string' },
  'pay-currency': { type: 'string' },
  period: { type: 'string' },
  city: { type: 'string' },
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
  --batch TEST.csv   one JSON line {p10,p25,p50,p75,p90} per row of TEST.csv, in order
Profile (every option may be left out):
  --title TEXT       job title as written (e.g. "Data Engineer")
  --role ID          role id (e.g. data-engineer)
  --level L          ${LEVELS.join(', ')}    or  --years N (years of experience)
  --country CC       ISO 3166-1 alpha-2 (e.g. FR)
  --remote R         ${REMOTES.join(', ')}
  --company-size S   ${COMPANY_SIZES.join(', ')}
  --employment E     ${EMPLOYMENTS.join(', ')}
  --city NAME        shown; the model works at country level
  --currency CUR     from the store: currency of the result (default EUR)
  --period P         from the store: hour, day, week, month or year (default year)
  --pay-currency CUR with --train: the currency the pay is set in (e.g. EUR)
  --year YYYY        with --train: defaults to the last year of the training data
  --json             print the estimate as JSON (with its contributions)
Bad input (unreadable file, missing column, non-numeric salary_in_usd) exits with code 2.`,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values } = parseCommandArgs(argv, options);
    if (!values.train) {
      if (values.batch)
        throw new UsageError('--batch needs --train TRAIN.csv (the model is fitted on it)');
      return estimateFromStore(values, io);
    }
    const titleToRole = loadTitleToRole();
    const model = fitEstimator(
      readAijobsRows(readCsvFile(values.train, 'training'), values.train, titleToRole),
    );

    if (values.batch) {
      const profiles = readAijobsProfiles(
        readCsvFile(values.batch, 'batch'),
        values.batch,
        titleToRole,
      );
      const out: string[] = [];
      for (const profile of profiles) {
        const { p10, p25, p50, p75, p90 } = estimate(model, profile);
        out.push(JSON.stringify({ p10, p25, p50, p75, p90 }));
      }
      io.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
      return 0;
    }

    const years = numberOption('years', values.years, { min: 0 });
    const profile: EstimateProfile = {
      roleId: values.role ?? null,
      rawTitle: values.title ?? null,
      level:
        oneOf<Level>('level', values.level, LEVELS) ??
        (years !== undefined ? levelFromYears(years) : null),
      country: values.country?.toUpperCase() ?? null,
      remote: oneOf<Remote>('remote', values.remote, REMOTES),
      companySize: oneOf<CompanySize>('company-size', values['company-size'], COMPANY_SIZES),
      employment: oneOf<Employment>('employment', values.employment, EMPLOYMENTS),
      payCurrency: values['pay-currency']?.toUpperCase() ?? null,
      year: numberOption('year', values.year, { integer: true }) ?? null,
    };
    const result = estimate(model, profile);
    if (values.json) writeJsonLine(io, result);
    else io.stdout.write(`${explain(result)}\n`);
    return 0;
  },
};

/** The same estimate as GET /api/estimate, validated by the same schema. */
async function estimateFromStore(
  values: Record<string, string | boolean | undefined>,
  io: CliIO,
): Promise<number> {
  const raw: Record<string, unknown> = {};
  const names: Record<string, string> = {
    role: 'role',
    title: 'title',
    level: 'level',
    years: 'years',
    country: 'country',
    city: 'city',
    remote: 'remote',
    'company-size': 'companySize',
    employment: 'employment',
    currency: 'currency',
    period: 'period',
  };
  for (const [option, name] of Object.entries(names))
    if (values[option] !== undefined) raw[name] = values[option];
  let query;
  try {
    query = parseInput(EstimateQuerySchema.strict(), raw, 'query');
  } catch (error) {
    const e = error as Error;
    const option = Object.entries(names).find(([, n]) => e.message.includes(`"${n}"`))?.[0];
    throw new UsageError(
      option ? e.message.replace(/query parameter "\w+"/, `option --${option}`) : e.message,
    );
  }
  const result = await withContext((ctx) => computeEstimate(ctx, query));
  if (values.json) {
    writeJsonLine(io, result);
    return 0;
  }
  const p = result.percentiles;
  const money = (v: number) =>
    `${Math.round(v)
      .toLocaleString('fr-FR')
      .replace(/\u202f/g, ' ')} ${result.currency}`;
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
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export default command;
