/**
 * Reads the aijobs.net salaries format (CC0, ai-jobs.net) into estimator rows: the columns
 * named below, experience EN/MI/SE/EX, employment FT/PT/CT/FL, remote 0/50/100, size S/M/L.
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

/** Reads the data records (after the header) as profiles; `records[0]` must be the header. */
export function readAijobsProfiles(
  records: readonly string[][],
  file: string,
  titleToRole: TitleToRole = () => null,
): AijobsProfile[] {
  const header = records[0];
  if (!header)
    throw new AijobsFormatError(
      `${file}: the file is empty (expected a header line: ${AIJOBS_COLUMNS.join(',')})`,
    );
  const index: Record<string, number> = {};
  for (const column of AIJOBS_COLUMNS) {
    const at = header.findIndex((h) => h.trim() === column);
    if (at < 0)
      throw new AijobsFormatError(
        `${file}: missing column "${column}" (expected the aijobs.net header: ${AIJOBS_COLUMNS.join(',')})`,
      );
    index[column] = at;
  }
  const profiles: AijobsProfile[] = [];
  for (let r = 1; r < records.length; r += 1) {
    const record = records[r]!;
    if (record.length === 1 && record[0] === '') continue; // blank line
    const line = r + 1;
    const cell = (column: (typeof AIJOBS_COLUMNS)[number]) => (record[index[column]!] ?? '').trim();
    const where = (column: string) => `${file} line ${line} column ${column}`;
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
    profiles.push({
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
    });
  }
  return profiles;
}

/** Reads training rows: every row needs a positive salary_in_usd. */
export function readAijobsRows(
  records: readonly string[][],
  file: string,
  titleToRole?: TitleToRole,
): EstimatorRow[] {
  const profiles = readAijobsProfiles(records, file, titleToRole);
  const column = records[0]!.findIndex((h) => h.trim() === 'salary_in_usd');
  let p = 0;
  const rows: EstimatorRow[] = [];
  for (let r = 1; r < records.length; r += 1) {
    const record = records[r]!;
    if (record.length === 1 && record[0] === '') continue;
    const raw = (record[column] ?? '').trim();
    const value = Number(raw);
    if (raw === '' || !Number.isFinite(value) || value <= 0) {
      throw new AijobsFormatError(
        `${file} line ${r + 1} column salary_in_usd: "${raw}" is not a positive number (training rows need the pay in USD)`,
      );
    }
    const profile = profiles[p]!;
    p += 1;
    rows.push({
      ...profile,
      roleId: profile.roleId ?? null,
      rawTitle: profile.rawTitle ?? null,
      level: profile.level ?? null,
      country: profile.country ?? null,
      remote: profile.remote ?? null,
      companySize: profile.companySize ?? null,
      value,
    });
  }
  return rows;
}
