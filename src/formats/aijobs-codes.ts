/** The aijobs.net salaries format (CC0): its columns and what its codes mean in our terms. One
 * table for the bundled-data ingest and the estimator's CSV contract, so both read it alike
 * (file-format knowledge: it lives here, outside domain/). */
import type { CompanySize, Employment, Level, Remote } from '../domain/index.ts';
import { CodedError } from '../domain/index.ts';

export const AIJOBS_COLUMNS = [
  'work_year',
  'experience_level',
  'employment_type',
  'job_title',
  'salary',
  'salary_currency',
  'salary_in_usd',
  'employee_residence',
  'remote_ratio',
  'company_location',
  'company_size',
] as const;

/** EN entry, MI mid, SE senior, EX executive or director (lead in our levels). */
export const AIJOBS_LEVELS: Readonly<Record<string, Level>> = {
  EN: 'junior',
  MI: 'mid',
  SE: 'senior',
  EX: 'lead',
};

/** FT full time, PT part time (true: fewer hours), CT contractor, FL freelance. */
export const AIJOBS_EMPLOYMENTS: Readonly<Record<string, readonly [Employment, boolean]>> = {
  FT: ['employee', false],
  PT: ['employee', true],
  CT: ['freelance', false],
  FL: ['freelance', false],
};

export const AIJOBS_REMOTES: Readonly<Record<string, Remote>> = {
  '0': 'onsite',
  '50': 'hybrid',
  '100': 'remote',
};
export const AIJOBS_SIZES: Readonly<Record<string, CompanySize>> = {
  S: 'small',
  M: 'medium',
  L: 'large',
};

/** A file that does not follow the aijobs.net format; the message names file, line, column. */
export class AijobsFormatError extends CodedError {
  constructor(message: string) {
    super('aijobs-format', message);
  }
}
