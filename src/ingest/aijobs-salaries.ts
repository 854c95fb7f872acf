/**
 * aijobs.net salaries (CC0): one CSV row per posted figure, where a posted range appears as two
 * adjacent rows identical but for the salary (high end first). Such a pair becomes ONE range
 * observation (docs/decisions/2026-11-21-aijobs-range-pairs.md).
 */
import type { Employment, Source } from '../domain/index.ts';
import {
  AIJOBS_EMPLOYMENTS,
  AIJOBS_LEVELS,
  AIJOBS_REMOTES,
  AIJOBS_SIZES,
  parseAijobsCsv,
  type AijobsLine as Row,
} from '../formats/index.ts';
import type { StoredObservation } from '../store/index.ts';
import { observationId } from './observation-id.ts';
import { yearlyEurValue, type ReferenceTables } from './yearly-eur.ts';

export const AIJOBS_SOURCE: Source = {
  id: 'aijobs-salaries',
  title: 'AI, ML & Data Salaries (final snapshot)',
  titleFr: 'Salaires IA, ML et data (dernier instantané)',
  publisher: 'aijobs.net (foorilla)',
  licence: 'CC0-1.0',
  date: '2025-08-03',
  url: 'https://aijobs.net/salaries/',
  kind: 'dataset',
  evidenceShareable: true,
};

const LEVELS = AIJOBS_LEVELS;
const REMOTE = AIJOBS_REMOTES;
const SIZES = AIJOBS_SIZES;

function employmentOf(type: string, title: string): Employment {
  if (/\b(intern|internship|stage|stagiaire|trainee)\b/i.test(title)) return 'intern';
  return AIJOBS_EMPLOYMENTS[type]?.[0] ?? 'employee';
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
