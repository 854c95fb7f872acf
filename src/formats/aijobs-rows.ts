/**
 * The aijobs.net salaries format (CC0, ai-jobs.net) as the estimator's CSV contract reads it:
 * the records of aijobs-records.ts decoded strictly (experience EN/MI/SE/EX, employment
 * FT/PT/CT/FL, remote 0/50/100, size S/M/L; an unknown code names file, line and column).
 * Training rows need salary_in_usd; batch rows leave it empty.
 */
import type { Employment, EstimateProfile, EstimatorRow } from '../domain/index.ts';
import {
  AIJOBS_COLUMNS,
  AIJOBS_EMPLOYMENTS,
  AIJOBS_LEVELS,
  AIJOBS_REMOTES,
  AIJOBS_SIZES,
  AijobsFormatError,
} from './aijobs-codes.ts';
import {
  AIJOBS_COLUMN_INDEX as AT,
  readAijobsRecords,
  type AijobsColumn,
  type AijobsRecord,
} from './aijobs-records.ts';

export { AIJOBS_COLUMNS };

const LEVELS = AIJOBS_LEVELS;
const EMPLOYMENTS = AIJOBS_EMPLOYMENTS;
const REMOTES = AIJOBS_REMOTES;
const SIZES = AIJOBS_SIZES;

/** Maps a title to a role id (e.g. from data/roles); null when unknown. */
export type TitleToRole = (title: string) => string | null;

export interface AijobsProfile extends EstimateProfile {
  readonly year: number;
  readonly employment: Employment;
}

function pick<T>(
  table: Readonly<Record<string, T>>,
  raw: string,
  where: string,
  expected: string,
): T {
  const value = Object.hasOwn(table, raw) ? table[raw] : undefined;
  if (value === undefined)
    throw new AijobsFormatError(`${where}: "${raw}" is not valid (expected ${expected})`);
  return value;
}

function profileOf(record: AijobsRecord, file: string, titleToRole: TitleToRole): AijobsProfile {
  const cell = (column: AijobsColumn) => (record.fields[AT[column]] ?? '').trim();
  const where = (column: string) => `${file} line ${record.line} column ${column}`;
  const year = Number(cell('work_year'));
  if (!Number.isInteger(year) || cell('work_year') === '')
    throw new AijobsFormatError(
      `${where('work_year')}: "${cell('work_year')}" is not a year (expected e.g. 2024)`,
    );
  const [employment, partTime] = pick(
    EMPLOYMENTS,
    cell('employment_type'),
    where('employment_type'),
    'FT, PT, CT or FL',
  );
  const title = cell('job_title');
  return {
    roleId: title ? titleToRole(title) : null,
    rawTitle: title || null,
    level: pick(LEVELS, cell('experience_level'), where('experience_level'), 'EN, MI, SE or EX'),
    country: cell('employee_residence') || null,
    companyCountry: cell('company_location') || null,
    remote: pick(REMOTES, cell('remote_ratio'), where('remote_ratio'), '0, 50 or 100'),
    companySize: pick(SIZES, cell('company_size'), where('company_size'), 'S, M or L'),
    employment,
    partTime,
    payCurrency: cell('salary_currency') || null,
    year,
  };
}

/** Reads the data records (after the header) as profiles; `records[0]` must be the header. */
export function readAijobsProfiles(
  records: readonly string[][],
  file: string,
  titleToRole: TitleToRole = () => null,
): AijobsProfile[] {
  return readAijobsRecords(records, file).map((r) => profileOf(r, file, titleToRole));
}

/** Reads training rows: every row needs a positive salary_in_usd. */
export function readAijobsRows(
  records: readonly string[][],
  file: string,
  titleToRole: TitleToRole = () => null,
): EstimatorRow[] {
  return readAijobsRecords(records, file).map((record) => {
    const profile = profileOf(record, file, titleToRole);
    const raw = (record.fields[AT.salary_in_usd] ?? '').trim();
    const value = Number(raw);
    if (raw === '' || !Number.isFinite(value) || value <= 0) {
      throw new AijobsFormatError(
        `${file} line ${record.line} column salary_in_usd: "${raw}" is not a positive number (training rows need the pay in USD)`,
      );
    }
    return {
      ...profile,
      roleId: profile.roleId ?? null,
      rawTitle: profile.rawTitle ?? null,
      level: profile.level ?? null,
      country: profile.country ?? null,
      remote: profile.remote ?? null,
      companySize: profile.companySize ?? null,
      value,
    };
  });
}
