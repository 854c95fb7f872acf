/**
 * aijobs.net salaries (CC0): one CSV row per posted figure, where a posted range appears as two
 * adjacent rows identical but for the salary (high end first). Such a pair becomes ONE range
 * observation (docs/decisions/2026-11-21-aijobs-range-pairs.md).
 */
import {
  AIJOBS_COLUMNS,
  AIJOBS_EMPLOYMENTS,
  AIJOBS_LEVELS,
  AIJOBS_REMOTES,
  AIJOBS_SIZES,
  type Employment,
  type Source,
} from '../domain/index.ts';
import type { StoredObservation } from '../store/index.ts';
import { observationId } from './observation-id.ts';
import { yearlyEurValue, type ReferenceTables } from './yearly-eur.ts';

export const AIJOBS_SOURCE: Source = {
  id: 'aijobs-salaries',
  title: 'AI, ML & Data Salaries (final snapshot)',
  publisher: 'aijobs.net (foorilla)',
  licence: 'CC0-1.0',
  date: '2025-08-03',
  url: 'https://aijobs.net/salaries/',
  kind: 'dataset',
  evidenceShareable: true,
};

const COLUMNS = AIJOBS_COLUMNS;

const LEVELS = AIJOBS_LEVELS;
const REMOTE = AIJOBS_REMOTES;
const SIZES = AIJOBS_SIZES;

interface Row {
  readonly line: number;
  readonly text: string;
  readonly fields: string[];
  /** Every column but salary and salary_in_usd: rows with the same profile may pair. */
  readonly profile: string;
  readonly salary: number;
}

export class AijobsFormatError extends Error {
  readonly code = 'aijobs-format';
}

function employmentOf(type: string, title: string): Employment {
  if (/\b(intern|internship|stage|stagiaire|trainee)\b/i.test(title)) return 'intern';
  return AIJOBS_EMPLOYMENTS[type]?.[0] ?? 'employee';
}

export function parseAijobsCsv(csv: string): Row[] {
  const lines = csv.split(/\r?\n/);
  const header = (lines[0] ?? '').split(',');
  if (COLUMNS.some((c, i) => header[i] !== c)) {
    throw new AijobsFormatError(
      `unexpected aijobs.net header "${lines[0]}" (expected ${COLUMNS.join(',')})`,
    );
  }
  const rows: Row[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const text = lines[i] as string;
    if (text === '') continue;
    const fields = text.split(',');
    const salary = Number(fields[4]);
    if (fields.length !== COLUMNS.length || !Number.isFinite(salary) || salary <= 0) {
      throw new AijobsFormatError(`aijobs.net line ${i + 1} is malformed: "${text}"`);
    }
    const profile = [...fields.slice(0, 4), ...fields.slice(5, 6), ...fields.slice(7)].join(',');
    rows.push({ line: i + 1, text, fields, profile, salary });
  }
  return rows;
}

/** Adjacent rows with the same profile, the first not below the second, are one range. */
export function pairRanges(rows: readonly Row[]): { rows: Row[]; low: number; high: number }[] {
  const out: { rows: Row[]; low: number; high: number }[] = [];
  for (let i = 0; i < rows.length;) {
    const a = rows[i] as Row;
    const b = rows[i + 1];
    if (b && b.profile === a.profile && a.salary >= b.salary) {
      out.push({ rows: [a, b], low: b.salary, high: a.salary });
      i += 2;
    } else {
      out.push({ rows: [a], low: a.salary, high: a.salary });
      i += 1;
    }
  }
  return out;
}

/** For currencies the ECB does not publish (TWD, CLP), the dataset's own salary_in_usd is the
 * documented conversion: its USD midpoint, then USD → EUR at the ECB rate of the date. */
function viaStatedUsd(
  rows: readonly Row[],
  observedOn: string,
  tables: ReferenceTables,
): number | null {
  const usd = rows.map((r) => Number(r.fields[6]));
  if (usd.some((v) => !Number.isFinite(v) || v <= 0)) return null;
  const mid = (Math.min(...usd) + Math.max(...usd)) / 2;
  return yearlyEurValue(
    {
      low: mid,
      high: mid,
      currency: 'USD',
      period: 'year',
      basis: 'gross',
      country: null,
      observedOn,
    },
    tables,
  );
}

export function aijobsObservations(
  csv: string,
  options: { mapTitle: (title: string) => string; tables: ReferenceTables; ingestedAt: string },
): StoredObservation[] {
  return pairRanges(parseAijobsCsv(csv)).map(({ rows, low, high }) => {
    const f = (rows[0] as Row).fields;
    const title = f[3] as string;
    const location = `salaries.csv line ${rows.map((r) => r.line).join('-')}`;
    const base = {
      low,
      high,
      currency: f[5] as string,
      period: 'year' as const,
      basis: 'gross' as const,
      country: (f[9] as string) || null,
      observedOn: `${f[0]}-07-01`,
    };
    return {
      id: observationId(AIJOBS_SOURCE.id, location, [low, high, base.currency]),
      ...base,
      component: 'base',
      employment: employmentOf(f[2] as string, title),
      roleId: options.mapTitle(title),
      rawTitle: title,
      level: LEVELS[f[1] as string] ?? null,
      yearsOfExperience: null,
      city: null,
      remote: REMOTE[f[8] as string] ?? null,
      companySize: SIZES[f[10] as string] ?? null,
      sector: null,
      statistic: low === high ? 'single' : 'range',
      provenance: {
        sourceId: AIJOBS_SOURCE.id,
        kind: 'dataset',
        location,
        evidence: rows.map((r) => ({ start: 0, end: r.text.length, text: r.text })),
        ingestedAt: options.ingestedAt,
      },
      valueYearEur:
        yearlyEurValue(base, options.tables) ?? viaStatedUsd(rows, base.observedOn, options.tables),
    } satisfies StoredObservation;
  });
}
