/** Loads data/gross-net/fr-<date>.json: the curves written by scripts/build-gross-net-curves.ts. */
import { readdirSync, readFileSync } from 'node:fs';
import type { FreelanceCurves } from '../domain/index.ts';
import type { GrossNetCurves } from '../domain/index.ts';
import { dataPath } from './paths.ts';

interface Columns {
  readonly [column: string]: number[];
}

interface CurvesFile {
  readonly rules: string;
  readonly rulesDate: string;
  readonly taxAssumption: string;
  readonly employee: { readonly cadre: Columns; readonly 'non-cadre': Columns };
  readonly freelance: {
    readonly microCeiling: number;
    readonly micro: Columns;
    readonly ei: Columns;
    readonly sasu: Columns;
  };
}

function col(columns: Columns, name: string, file: string): Float64Array {
  const values = columns[name];
  if (!Array.isArray(values))
    throw Object.assign(new Error(`${file} has no "${name}" column`), {
      code: 'bad-reference-data',
    });
  return Float64Array.from(values);
}

export function parseCurvesFile(
  raw: CurvesFile,
  file: string,
): { grossNet: GrossNetCurves; freelance: FreelanceCurves } {
  const employee = (c: Columns) => ({
    gross: col(c, 'gross', file),
    net: col(c, 'net', file),
    netAfterTax: col(c, 'netAfterTax', file),
  });
  const freelance = (c: Columns) => ({
    revenue: col(c, 'revenue', file),
    net: col(c, 'net', file),
    netAfterTax: col(c, 'netAfterTax', file),
  });
  return {
    grossNet: {
      country: 'FR',
      rules: raw.rules,
      rulesDate: raw.rulesDate,
      taxAssumption: raw.taxAssumption,
      byStatus: {
        cadre: employee(raw.employee.cadre),
        'non-cadre': employee(raw.employee['non-cadre']),
      },
    },
    freelance: {
      rules: raw.rules,
      rulesDate: raw.rulesDate,
      microCeiling: raw.freelance.microCeiling,
      byStatus: {
        micro: freelance(raw.freelance.micro),
        ei: freelance(raw.freelance.ei),
        sasu: freelance(raw.freelance.sasu),
      },
    },
  };
}

let cached: { grossNet: GrossNetCurves; freelance: FreelanceCurves } | undefined;

/** The curves of the latest rules date bundled in data/gross-net. */
export function loadGrossNetCurves(): { grossNet: GrossNetCurves; freelance: FreelanceCurves } {
  if (cached) return cached;
  const files = readdirSync(dataPath('gross-net'))
    .filter((f) => /^fr-\d{4}-\d{2}-\d{2}\.json$/.test(f))
    .sort();
  const latest = files[files.length - 1];
  if (!latest)
    throw Object.assign(
      new Error('no data/gross-net/fr-<date>.json: run scripts/build-gross-net-curves.ts'),
      { code: 'missing-reference-data' },
    );
  cached = parseCurvesFile(
    JSON.parse(readFileSync(dataPath('gross-net', latest), 'utf8')) as CurvesFile,
    latest,
  );
  return cached;
}
